/**
 * Ways SEND policy documents name the same thing: abbreviations and their spellings-out, and the older or
 * informal names for what the Green Paper calls something else. A passage that uses one name is also matched
 * on the others, so "ECH plans" finds the EHCP question and "off-rolling" the pupil-movements one.
 * Each group is a list of equivalent words or phrases, compared after a light plural-stripping.
 */
const GROUPS: readonly string[][] = [
  ['ehcp', 'ehc plan', 'ech plan', 'education health and care plan', 'ehc needs assessment'],
  ['ap', 'alternative provision', 'pupil referral unit', 'pru'],
  ['senco', 'special educational needs coordinator', 'special educational needs co ordinator', 'nasenco'],
  ['npq', 'national professional qualification'],
  ['mat', 'multi academy trust', 'academy trust', 'trust led'],
  ['fe', 'further education'],
  ['post 16', 'post 19', 'preparation for adulthood', 'preparing for adulthood'],
  ['apprenticeship', 'supported internship', 'traineeship', 'employment'],
  ['off rolling', 'exclusion', 'managed move', 'pupil movements'],
  ['tribunal', 'redress', 'mediation', 'appeal'],
  ['inspection', 'ofsted', 'accountability', 'dashboard', 'metrics'],
  ['tariff', 'funding bands', 'high needs funding', 'value for money'],
  ['early years', 'nursery', 'two year old progress check', 'early identification'],
  ['local offer', 'local inclusion plan'],
  ['placement', 'tailored list', 'parental preference', 'school choice'],
  ['code of practice', 'national standards'],
  ['joint commissioning', 'commission', 'clinical commissioning group', 'ccg', 'integrated care board', 'icb'],
  ['implementation board', 'delivery board'],
  ['change programme', 'pathfinder', 'implementation'],
];

/** Light plural-stripping so "plans" finds "plan"; the index stems properly, this only has to spot group members. */
function norm(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const NORMALISED = GROUPS.map((group) => group.map((member) => member.split(' ').map(norm)));

function occursIn(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** The other names (as word lists) for everything a passage's words name, for matching alongside its own words. */
export function synonymsFor(words: readonly string[]): string[][] {
  const normalised = words.map(norm);
  const found: string[][] = [];
  for (const group of NORMALISED) {
    if (!group.some((member) => occursIn(normalised, member))) continue;
    for (const member of group) if (!occursIn(normalised, member)) found.push(member);
  }
  return found;
}
