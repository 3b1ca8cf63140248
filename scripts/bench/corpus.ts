// Deterministic generated text for benchmarks: SEND-policy-flavoured prose of any length.
export { rng } from '../../test/support/seededRandom.ts';
const WORDS = (
  'the a of and to in for with on by local authority authorities school schools children young people families parents carers ' +
  'special educational needs disabilities SEND support provision plan plans EHCP assessment tribunal mediation health care ' +
  'commissioning joint integrated partnership partnerships inclusion mainstream specialist alternative workforce training funding ' +
  'national standards outcomes evidence review green paper consultation response government department education social ' +
  'therapy speech language occupational educational psychologist delay delays budget deficit high needs transport transition ' +
  'adulthood employment apprenticeship college early years setting settings accountability ofsted inspection framework data'
).split(' ');

export function sentence(random: () => number): string {
  const n = 8 + Math.floor(random() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export function paragraph(random: () => number): string {
  const n = 2 + Math.floor(random() * 6);
  return Array.from({ length: n }, () => sentence(random)).join(' ');
}

/** About `chars` characters of paragraphs separated by blank lines; each document unique by its seed line. */
export function document(random: () => number, chars: number, id: number): string {
  const parts = [`Generated document ${id}: evidence on special educational needs`];
  let length = parts[0]!.length;
  while (length < chars) {
    const p = paragraph(random);
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}
