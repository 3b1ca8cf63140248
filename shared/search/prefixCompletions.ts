// English endings the Porter stemmer strips or rewrites (its steps 1-5, alone and in the chains real words use).
const ENDINGS = `
  e s es ed ing ings y ies ied er ers ly al ally ity ities ance ances ence ences ant ants ent ently ic
  ical ically able ably ible ibly ment ments ement ements ion ions ional ionally ation ations ational
  ative atively ator ators ate ates ated ating ism isms ist ists ous ously ousness ive ives ively iveness
  ise ised ises ising isation isations ize ized izes izing ization izations ful fully fulness ness bility
  bilities logy logical
`
  .trim()
  .split(/\s+/);

/** Below this length a prefix already matches a great many indexed words; completing it would add little. */
const SHORTEST_PREFIX = 3;

/**
 * Whole words that begin with `prefix` and end in an ending the stemmer strips, the prefix perhaps already holding
 * the ending's start ("educat" gives "education", "educate", "educated"...). The search index holds stems, so a
 * prefix longer than its words' stem ("educat" of "educ") matches nothing by itself; these words' stems are those
 * of words that begin with what a person typed (though a stem can be shared: "educe" is indexed as "educ" too).
 */
export function prefixCompletions(prefix: string): string[] {
  if (prefix.length < SHORTEST_PREFIX) return [];
  const lower = prefix.toLowerCase();
  const words = new Set<string>();
  for (const ending of ENDINGS)
    for (let typed = 0; typed < ending.length; typed++) {
      const start = ending.slice(0, typed);
      if (lower.endsWith(start) && mayStartInPrefix(start, ending)) words.add(prefix + ending.slice(typed));
    }
  return [...words];
}

/**
 * Whether the prefix's last letters may be where `ending` begins. Not a lone consonant, save the m of -ment: read
 * as the start of -ness or -ful, the last letter of "tribun" or "okaf" gives the stems "tribu" and "oka", which
 * no real word beginning so has and which match fragments (a "tribu-nal" broken at a line end). Porter strips
 * -ment only after a long stem, so "assessm" still finds "assessment".
 */
function mayStartInPrefix(start: string, ending: string): boolean {
  return start.length !== 1 || 'aeiouy'.includes(start) || ending.startsWith('ment');
}
