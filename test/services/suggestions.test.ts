import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openSample } from './helpers.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';

// Measured 23% top-1 and 54% top-3 (plain BM25 over question wording, topic and chapter summary).
const FLOOR_TOP1 = 0.15;
const FLOOR_TOP3 = 0.45;

type Labelled = { file: string; questions: number[]; passage: string };
const { passages } = JSON.parse(readFileSync('test/fixtures/suggestions/labelled-passages.json', 'utf8')) as { passages: Labelled[] };

afterEach(cleanUp);

async function sample() {
  const { project } = await openSample();
  const consultation = await project.themes.getConsultation();
  const numberOf = new Map(consultation.chapters.flatMap((c) => c.questions).map((q) => [q.id as number, q.number]));
  return { project, numberOf };
}

/** Top-1 and top-3 accuracy of question suggestions over the labelled passages. */
async function measureAccuracy(project: ProjectServices, numberOf: Map<number, number | null>) {
  let top1 = 0;
  let top3 = 0;
  for (const item of passages) {
    const suggested = (await project.suggestions.forText(item.passage, 3)).map((s) => numberOf.get(s.themeId));
    if (suggested[0] !== undefined && item.questions.includes(suggested[0]!)) top1++;
    if (suggested.some((n) => n !== undefined && n !== null && item.questions.includes(n))) top3++;
  }
  return { top1: top1 / passages.length, top3: top3 / passages.length };
}

describe('question suggestions', () => {
  it('uses a labelled set of at least 20 verbatim passages from the sample sources', () => {
    expect(passages.length).toBeGreaterThanOrEqual(20);
    for (const item of passages) {
      expect(readFileSync(`resources/sample/${item.file}`, 'utf8').replace(/\r\n?/g, '\n')).toContain(item.passage);
    }
  });

  it('files most passages under a question a policy officer would choose', async () => {
    const { project, numberOf } = await sample();
    const { top1, top3 } = await measureAccuracy(project, numberOf);
    console.log(`suggestions: top-1 ${(top1 * 100).toFixed(0)}%, top-3 ${(top3 * 100).toFixed(0)}% over ${passages.length} passages`);
    // Floors a little under the measured figures, so a regression in ranking fails here.
    expect(top3).toBeGreaterThanOrEqual(FLOOR_TOP3);
    expect(top1).toBeGreaterThanOrEqual(FLOOR_TOP1);
  });

  it('gives the same suggestions every time, best first, and none for words that say nothing', async () => {
    const { project } = await sample();
    const text = 'Streamlining and modernising the EHCP process';
    const first = await project.suggestions.forText(text);
    expect(first).toEqual(await project.suggestions.forText(text));
    expect(first.map((s) => s.score)).toEqual([...first.map((s) => s.score)].sort((a, b) => b - a));
    expect(await project.suggestions.forText('the and of it')).toEqual([]);
  });
});
