/** What a page's schema.org linked data (GOV.UK's, most news sites') says about the page. */
export type LinkedData = { title?: string; author?: string; publisher?: string; published?: string };

// The kinds of thing a page's own description is; a breadcrumb list or a site's search box is not one.
const PAGE_TYPES =
  /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|blogposting|report|webpage|governmentservice|creativework|legislation|scholarlyarticle|medicalwebpage|faqpage|aboutpage)$/i;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** "Jane Smith" from a name, a Person or Organization, or a list of them ("Jane Smith, Ravi Patel"). */
function names(value: Json): string {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (isObject(item) ? text(item['name']) : text(item)))
    .filter((name) => name && !/^https?:\/\//i.test(name))
    .join(', ');
}

function types(node: Record<string, Json>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in the blocks, through @graph and lists, without recursion (a page's JSON can be deep). */
function* nodes(blocks: Json[]): Generator<Record<string, Json>> {
  const stack = [...blocks].reverse();
  while (stack.length) {
    const next = stack.pop();
    if (Array.isArray(next)) stack.push(...[...next].reverse());
    else if (isObject(next)) {
      yield next;
      if (Array.isArray(next['@graph'])) stack.push(...[...next['@graph']].reverse());
    }
  }
}

/** The first page-like thing in the page's ld+json blocks; blocks that are not JSON are ignored. */
export function readLinkedData(scripts: readonly string[]): LinkedData {
  const blocks: Json[] = [];
  for (const script of scripts) {
    try {
      blocks.push(JSON.parse(script));
    } catch {
      // A broken block says nothing; the page's other metadata still counts.
    }
  }
  const page = [...nodes(blocks)].find((node) => types(node).some((type) => PAGE_TYPES.test(type)));
  if (!page) return {};
  const title = text(page['headline']) || text(page['name']);
  const author = names(page['author']) || names(page['creator']);
  const publisher = names(page['publisher']);
  const published = text(page['datePublished']) || text(page['dateCreated']);
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
  };
}
