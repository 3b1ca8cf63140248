// Generated sources for the scale measurement, with a vocabulary shaped like real documents' so that search is
// measured honestly: a few words are in nearly every source, most are in few. Words follow the sample sources'
// and consultation templates' real word pairs half the time (so phrases such as "young people" recur as they do
// in real text) and otherwise a Zipf-like draw over those words followed by a long tail of rarer made-up words,
// plus names, places, figures and dates. Each source also leans on a few topic words of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { rng } from './corpus.ts';

const RESOURCES = new URL('../../resources/', import.meta.url);
const FIRST_NAMES =
  'Aisha Amir Ben Chloe Daniel Deborah Emma Fatima Grace Hannah Imran Jack James Joanne Kate Kwame Laura Liam Mark ' +
  'Mary Mohammed Nadia Neil Olivia Omar Paul Priya Rachel Rebecca Ruth Sam Sarah Simon Sophie Tom Usha Wei Zara';
const SURNAMES =
  'Adeyemi Ahmed Atkinson Bennett Brennan Chaudhry Clarke Davies Evans Fairclough Fletcher Gallagher Goldberg ' +
  'Hughes Iqbal Jenkins Kaur Kowalski Lawson Macdonald Mensah Morgan Nguyen Novak Okafor Osei Patel Pearson ' +
  'Quinn Rahman Reynolds Singh Thornton Walsh Whitfield Wright Yildiz';
const PLACES =
  'Barnsley Birmingham Bradford Bristol Camden Cornwall Cumbria Derbyshire Devon Dorset Essex Gateshead ' +
  'Hackney Hampshire Hertfordshire Kent Kirklees Lancashire Leeds Lewisham Liverpool Manchester Newcastle ' +
  'Norfolk Nottinghamshire Oldham Oxfordshire Plymouth Sheffield Shropshire Somerset Southwark Stockport ' +
  'Suffolk Sunderland Surrey Swindon Tameside Wakefield Wigan Wiltshire Wolverhampton Worcestershire York';
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
// Syllables for the long tail of rarer words (technical terms, names of schemes and organisations in real text).
const ONSETS = 'b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sl st t th tr v w'.split(' ');
const VOWELS = 'a e i o u ai ea ee oa ou'.split(' ');
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'nd', 'rk', 'll', 'm', 'st'];
const ENDINGS = ['', '', '', 's', 'ing', 'ed', 'ation', 'ity', 'al', 'er', 'ment'];
const TAIL_WORDS = 60_000;
// Slightly steeper than 1, as English's rank-frequency curve is past its first few thousand words.
const ZIPF_EXPONENT = 1.1;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The real text we ship: the sample sources and the templates' question wording, one string per sentence. */
function realSentences(): string[] {
  const texts = readdirSync(new URL('sample/', RESOURCES))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(`sample/${f}`, RESOURCES), 'utf8'));
  for (const f of readdirSync(new URL('templates/', RESOURCES))) {
    const json = readFileSync(new URL(`templates/${f}`, RESOURCES), 'utf8');
    // String values only, not the JSON's keys.
    // String values that are prose, not the JSON's keys, ids or addresses.
    for (const m of json.matchAll(/:\s*"((?:[^"\\]|\\.)*)"/g))
      if (/ /.test(m[1]!) && !/[/\\]/.test(m[1]!)) texts.push(m[1]!);
  }
  return texts.flatMap((t) => t.split(/[.?!•\n]+/)).filter((s) => words(s).length > 1);
}

function tailWords(taken: Set<string>): string[] {
  const random = rng(404);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const tail: string[] = [];
  while (tail.length < TAIL_WORDS) {
    const syllables = random() < 0.7 ? 2 : 3;
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    word += pick(ENDINGS);
    if (!taken.has(word)) {
      taken.add(word);
      tail.push(word);
    }
  }
  return tail;
}

export type Vocabulary = {
  /** Every word, most frequent first: the sample's words by their count there, then the made-up tail. */
  ranked: string[];
  /** How many of `ranked` are real words from the sample. */
  real: number;
  /** Cumulative Zipf-Mandelbrot weights over `ranked`, for drawing a word by binary search. */
  cumulative: Float64Array;
  /** For each real word (lower case), the words that follow it in the sample, as often as they do there. */
  next: Map<string, string[]>;
};

export function vocabulary(): Vocabulary {
  const counts = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const sentence of realSentences()) {
    const ws = words(sentence);
    ws.forEach((w, i) => {
      const key = w.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (i + 1 < ws.length) next.set(key, [...(next.get(key) ?? []), ws[i + 1]!]);
    });
  }
  const real = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const ranked = [...real, ...tailWords(new Set(real))];
  const cumulative = new Float64Array(ranked.length);
  let total = 0;
  ranked.forEach((_, r) => (cumulative[r] = total += (r + 2.7) ** -ZIPF_EXPONENT));
  return { ranked, real: real.length, cumulative, next };
}

function zipfWord(v: Vocabulary, random: () => number, from = 0, to = v.ranked.length): string {
  const lo0 = from === 0 ? 0 : v.cumulative[from - 1]!;
  const x = lo0 + random() * (v.cumulative[to - 1]! - lo0);
  let [lo, hi] = [from, to - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.ranked[lo]!;
}

const list = (s: string) => s.split(' ');
const [firstNames, surnames, places] = [list(FIRST_NAMES), list(SURNAMES), list(PLACES)];

/** What a source is about: a few of the sample's less common words, which it uses far more than other sources
 * do, and the people and places it names (each source its own few, as real evidence does). */
export type Topic = { words: string[]; people: string[]; places: string[] };

export function topic(v: Vocabulary, random: () => number): Topic {
  const pick = (l: readonly string[]) => l[Math.floor(random() * l.length)]!;
  return {
    words: Array.from({ length: 6 }, () => zipfWord(v, random, 100, v.real)),
    people: Array.from({ length: 3 }, () => `${pick(firstNames)} ${pick(surnames)}`),
    places: Array.from({ length: 2 }, () => pick(places)),
  };
}

/** A name, a place, a figure or a date, as real evidence is full of them. */
function particular(random: () => number, t: Topic): string {
  const pick = (l: readonly string[]) => l[Math.floor(random() * l.length)]!;
  const kind = random();
  if (kind < 0.3) return pick(t.people);
  if (kind < 0.5) return pick(t.places);
  if (kind < 0.65) return `£${(1 + random() * 900).toFixed(1)} million`;
  if (kind < 0.8) return `${Math.floor(random() * 100)}%`;
  if (kind < 0.9) return String(Math.floor(random() * 20_000));
  return `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${2010 + Math.floor(random() * 16)}`;
}

export function sentence(v: Vocabulary, random: () => number, t: Topic): string {
  const n = 8 + Math.floor(random() * 18);
  const out: string[] = [];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const r = random();
    const followers = v.next.get(previous.toLowerCase());
    let word: string;
    if (followers && r < 0.5) word = followers[Math.floor(random() * followers.length)]!;
    else if (r < 0.52) word = t.words[Math.floor(random() * t.words.length)]!;
    else if (r < 0.54) word = particular(random, t);
    else word = zipfWord(v, random);
    out.push(word);
    previous = word;
  }
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export function paragraph(v: Vocabulary, random: () => number, t: Topic): string {
  const n = 2 + Math.floor(random() * 6);
  return Array.from({ length: n }, () => sentence(v, random, t)).join(' ');
}

/** About `chars` characters: a title line from its topic, then paragraphs separated by blank lines. */
export function document(v: Vocabulary, random: () => number, chars: number, id: number): string {
  const t = topic(v, random);
  const parts = [`${sentence(v, random, t).slice(0, 90).replace(/\.$/, '')} (${id})`];
  let length = parts[0]!.length;
  while (length < chars) {
    const p = paragraph(v, random, t);
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}
