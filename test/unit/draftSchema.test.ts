import { describe, expect, it } from 'vitest';
import { parseEditorState, parseQuestionPosition, parseSourceQuote } from '../../shared/draft/draftSchema.ts';
import { SerializedEditorStateSchema } from '../../shared/draft/editorStateSchema.ts';

const quote = { type: 'source-quote', version: 1, quoteId: 4, sourceId: 2, text: 'We will', citation: 'DfE 2025' };
const position = { type: 'question-position', version: 1, themeId: 7, answerType: 'yes-no', value: 'Yes' };

describe('the draft read by hand (no zod on the first screen)', () => {
  it('reads a quotation block, keeping only its own fields', () => {
    expect(parseSourceQuote({ ...quote, $: { x: 1 }, format: '' })).toEqual(quote);
  });

  it('refuses a quotation block with a bad id, no text or no citation', () => {
    for (const bad of [
      { ...quote, quoteId: -1 },
      { ...quote, sourceId: 2.5 },
      { ...quote, quoteId: '4' },
      { ...quote, text: undefined },
      { ...quote, citation: null },
      { ...quote, version: 2 },
      { ...quote, type: 'quote' },
      null,
    ])
      expect(() => parseSourceQuote(bad), JSON.stringify(bad)).toThrow(/quotation block/i);
  });

  it('reads a question position, chosen or not, and refuses a bad one', () => {
    expect(parseQuestionPosition({ ...position, $: {} })).toEqual(position);
    expect(parseQuestionPosition({ ...position, answerType: 'agree-scale', value: null }).value).toBeNull();
    for (const bad of [
      { ...position, themeId: 0 },
      { ...position, answerType: 'open' },
      { ...position, value: undefined },
      { ...position, value: 3 },
    ])
      expect(() => parseQuestionPosition(bad), JSON.stringify(bad)).toThrow(/question position block/);
  });

  it('accepts the same editor states as the drafts service does', () => {
    const states: unknown[] = [
      { root: { type: 'root', children: [] } },
      { root: { type: 'root', children: [{ type: 'paragraph', children: [] }], direction: null } },
      { root: { type: 'root', children: [{ type: 3 }] } },
      { root: { type: 'root', children: [null] } },
      { root: { type: 'root' } },
      { root: { type: 'paragraph', children: [] } },
      { root: [] },
      { hello: 'world' },
      [],
      null,
    ];
    for (const state of states) {
      const checked = SerializedEditorStateSchema.safeParse(state);
      const read = () => parseEditorState(JSON.stringify(state));
      if (checked.success) expect(read().root, JSON.stringify(state)).toEqual(checked.data.root);
      else expect(read, JSON.stringify(state)).toThrow('The saved draft is not an editor document');
    }
  });
});
