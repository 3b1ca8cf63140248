/** What the page says its site is called: og:site_name, application-name, its publisher; and its address. */
export type SiteHints = { names: readonly string[]; url?: string };

// Browsers' tab titles join a page's title and its site's name with one of these.
const SEPARATOR = / (?:\||-|–|—|::|·|•) /g;
// The last word of a newspaper's, council's or parliament's name ("Anytown News", "Kent County Council").
const SITE_WORD =
  /^(council|news|online|times|post|guardian|telegraph|independent|mirror|gazette|herald|echo|chronicle|express|observer|standard|hansard|parliament)$/i;
const SMALL_WORD = /^(of|and|the|for|on|upon|in|&)$/i;
// Parts of an address that name no one: "www.kent.gov.uk" is Kent's.
const GENERIC_LABEL = /^(www\d*|gov|co|org|ac|nhs|net|com|uk|sch|police|ltd|plc|me|info)$/i;

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostLabels(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return new URL(url).hostname.split('.').filter((label) => label.length >= 3 && !GENERIC_LABEL.test(label));
  } catch {
    return [];
  }
}

/** Whether a part of a tab title is a site's name rather than part of the page's own title. */
function isSiteName(part: string, site: SiteHints): boolean {
  const squashed = squash(part);
  if (!squashed) return false;
  if (site.names.some((name) => squash(name) === squashed)) return true;
  // "GOV.UK", "bbc.co.uk": a domain name.
  if (part.length <= 40 && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(part)) return true;
  const words = part.split(/\s+/);
  if (words.length > 6 || part.length > 50) return false;
  // "Mumsnet" at www.mumsnet.com, "The Canary" at www.thecanary.co.
  const labels = hostLabels(site.url).map((label) => label.toLowerCase());
  const whole = part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (labels.some((label) => label === squashed || label === whole) || labels.join('') === squashed) return true;
  // "Anytown News", "Kent County Council": every word capitalised, ending in a word such names end in.
  return (
    words.length >= 2 &&
    SITE_WORD.test(words.at(-1)!) &&
    words.every((word) => SMALL_WORD.test(word) || /^[\p{Lu}\p{N}]/u.test(word))
  );
}

/**
 * A page's title without the site name a browser's tab shows after it ("SEND review - GOV.UK" is "SEND review"), as a
 * reference manager takes it. Only a trailing part that is a site's name goes, and only once: a title is never cut to
 * nothing, and a real subtitle ("Part 2 - Funding") stays.
 */
export function withoutSiteName(title: string, site: SiteHints): string {
  const separators = [...title.matchAll(SEPARATOR)];
  const last = separators.at(-1);
  if (!last || last.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  if (/[\p{L}\p{N}]/u.test(head) && isSiteName(tail, site)) return head;
  // A few sites put their name first ("BBC News - Title"): only a name the page itself declares goes.
  const first = separators[0]!;
  const lead = title.slice(0, first.index).trim();
  const rest = title.slice(first.index! + first[0].length).trim();
  if (/[\p{L}\p{N}]/u.test(rest) && site.names.some((name) => squash(name) === squash(lead) && squash(lead)))
    return rest;
  return title;
}
