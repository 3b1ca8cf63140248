import { describe, expect, it } from 'vitest';
import { applyChanges, composeDraft, describeChanges, SHELL_START } from '../../shared/draft/draftBlocks.ts';

const block = (text: string) => JSON.stringify({ type: 'paragraph', children: [{ type: 'text', text }] });

/** A seeded generator, so a failure names the edits that caused it. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe('a draft as blocks', () => {
  it('composes to the same JSON as serialising the whole state', () => {
    const state = {
      root: {
        children: [JSON.parse(block('One')), JSON.parse(block('Two $& "three"'))],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    };
    const shell = JSON.stringify({ root: { ...state.root, children: [] } });
    expect(shell.startsWith(SHELL_START)).toBe(true);
    expect(composeDraft({ shell, blocks: state.root.children.map((b) => JSON.stringify(b)) })).toBe(
      JSON.stringify(state),
    );
    expect(() => composeDraft({ shell: '{"root":{"type":"root","children":[]}}', blocks: [] })).toThrow(/root/);
  });

  it('describes typing in one answer as that block alone, with the rest kept as two runs', () => {
    const saved = Array.from({ length: 1500 }, (_, i) => block(`Paragraph ${i}`));
    const next = [...saved];
    next[700] = block('Paragraph 700, with a word typed');
    expect(describeChanges(saved, next)).toEqual([[0, 700], next[700], [701, 1500]]);
    expect(describeChanges(saved, saved)).toEqual([[0, 1500]]);
  });

  it('rebuilds exactly the next blocks through inserts, deletions, moves and repeated blocks', () => {
    const next = random(3);
    let saved = Array.from({ length: 40 }, (_, i) => block(`Block ${i}`));
    for (let round = 0; round < 300; round++) {
      const blocks = [...saved];
      const at = () => Math.floor(next() * (blocks.length + 1));
      const op = Math.floor(next() * 5);
      if (op === 0) blocks.splice(at(), 0, block(`New ${round}`));
      else if (op === 1 && blocks.length > 1) blocks.splice(Math.min(at(), blocks.length - 1), 1);
      else if (op === 2 && blocks.length > 1)
        blocks.splice(at(), 0, ...blocks.splice(Math.min(at(), blocks.length - 1), 1));
      else if (op === 3)
        blocks.splice(at(), 0, block(''), block('')); // empty paragraphs are identical strings
      else blocks[Math.min(at(), blocks.length - 1)] = block(`Edited ${round}`);
      const changes = describeChanges(saved, blocks);
      expect(applyChanges(saved, changes), `round ${round}`).toEqual(blocks);
      saved = blocks;
    }
  });

  it('refuses a run that is not in the saved blocks', () => {
    const saved = [block('a'), block('b')];
    for (const run of [
      [0, 3],
      [-1, 1],
      [1, 1],
      [2, 1],
      [0.5, 1],
    ] as [number, number][]) {
      expect(() => applyChanges(saved, [run]), JSON.stringify(run)).toThrow(/not in the saved draft/);
    }
  });
});
