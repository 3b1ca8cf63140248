// Prints only the even-indexed (tuning) passages of the labelled set, so the rules are written without ever seeing
// the held-out odd half. Run: node scripts/evidence/studyEven.ts
import { readFileSync } from 'node:fs';

type Passage = { text: string; figures: boolean; examples: boolean; experience: boolean; solutions: boolean };
const passages = JSON.parse(
  readFileSync(new URL('../../test/fixtures/evidence/passages.json', import.meta.url), 'utf8'),
) as Passage[];

passages.forEach((p, i) => {
  if (i % 2 !== 0) return;
  const labels = (['figures', 'examples', 'experience', 'solutions'] as const).filter((k) => p[k]);
  console.log(`#${i} [${labels.join(', ')}]\n${p.text}\n`);
});

// Where the rules and the tuning labels disagree, with the words that triggered each signal.
const { SIGNALS, evidenceSignals } = await import('../../shared/evidence/signals.ts');
console.log('--- disagreements on the tuning half ---');
passages.forEach((p, i) => {
  if (i % 2 !== 0) return;
  const found = evidenceSignals(p.text);
  for (const s of SIGNALS) {
    if (found[s].found !== p[s])
      console.log(`#${i} ${s}: labelled ${p[s]}, found ${found[s].found} [${found[s].triggers.join(' | ')}]`);
  }
});
