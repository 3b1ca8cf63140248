import { describe, expect, it } from 'vitest';
import { createReanchorer } from '../../shared/quotes/reanchor.ts';

const OLD = [
  'Written answer on joined-up services.',
  'The Government has committed £2.6 billion over three years to deliver new places for children with SEND.',
  'Local authorities will publish local inclusion plans setting out how needs are met in their area.',
  'We will consult on national standards for SEND and alternative provision in the spring.',
  'The local authority must publish its plan.',
].join('\n\n');

function fragmentOf(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length, text: words };
}

describe('createReanchorer', () => {
  it('moves a quote silently when a paragraph is inserted before it', () => {
    const newText = OLD.replace('Written answer on joined-up services.', 'Written answer.\n\nA new opening paragraph.');
    const words = 'Local authorities will publish local inclusion plans';
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, words)]);
    expect(anchor.outcome).toBe('unchanged');
    expect(newText.slice(anchor.fragments[0]!.start!, anchor.fragments[0]!.end!)).toBe(words);
  });

  it('treats line-break and spacing changes as the same words, with the new text at the new offsets', () => {
    const newText = OLD.replace('over three years to deliver', 'over three\nyears  to deliver');
    const anchor = createReanchorer(OLD, newText).reanchor([
      fragmentOf(OLD, '£2.6 billion over three years to deliver new places'),
    ]);
    expect(anchor.outcome).toBe('unchanged');
    expect(anchor.fragments[0]!.text).toBe('£2.6 billion over three\nyears  to deliver new places');
    expect(newText.slice(anchor.fragments[0]!.start!, anchor.fragments[0]!.end!)).toBe(anchor.fragments[0]!.text);
  });

  it('marks a corrected figure as changed, proposing the new words', () => {
    const newText = OLD.replace('£2.6 billion', '£2.8 billion');
    const anchor = createReanchorer(OLD, newText).reanchor([
      fragmentOf(OLD, 'The Government has committed £2.6 billion over three years'),
    ]);
    expect(anchor.outcome).toBe('changed');
    expect(anchor.fragments[0]!.text).toContain('£2.8 billion');
  });

  it('proposes the whole new wording when a word at the end of the quoted passage is rewritten', () => {
    const words = 'Local authorities will publish local inclusion plans';
    const newText = OLD.replace('inclusion plans setting', 'inclusion plan documents setting');
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, words)]);
    expect(anchor.outcome).toBe('changed');
    expect(anchor.fragments[0]!.text).toBe('Local authorities will publish local inclusion plan documents');
  });

  it('marks a quote from a deleted paragraph as gone', () => {
    const words = 'We will consult on national standards for SEND and alternative provision in the spring.';
    const newText = OLD.replace(`${words}\n\n`, '');
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, words)]);
    expect(anchor).toEqual({ outcome: 'gone', fragments: [{ outcome: 'gone', start: null, end: null, text: null }] });
  });

  it('never moves a short quote onto the same words elsewhere when its own passage has gone', () => {
    const words = 'local authority must publish';
    const paragraph = 'The local authority must publish its plan.';
    // The quoted paragraph goes; the same words now appear in a new, unrelated sentence.
    const newText = OLD.replace(paragraph, 'Guidance says a local authority must publish nothing else this year.');
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, words)]);
    expect(anchor.outcome).not.toBe('unchanged');
  });

  it('moves a short paragraph quoted whole when the paragraphs either side of it change', () => {
    const words = 'Question to the Department for Education:';
    const before = `Asked on 15 March.\n\n${words}\n\nTo ask the Secretary of State.`;
    const after = `Asked on 15 March 2024 by a member.\n\n${words}\n\nAnswered by the Minister on 25 March.`;
    expect(createReanchorer(before, after).reanchor([fragmentOf(before, words)])).toMatchObject({
      outcome: 'unchanged',
      fragments: [{ start: after.indexOf(words) }],
    });
  });

  it('follows a reordered section', () => {
    const [a, b, c, d, e] = OLD.split('\n\n');
    const newText = [a, d, b, c, e].join('\n\n');
    const words = 'Local authorities will publish local inclusion plans setting out how needs are met';
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, words)]);
    expect(anchor.outcome).toBe('unchanged');
    expect(newText.slice(anchor.fragments[0]!.start!, anchor.fragments[0]!.end!)).toBe(words);
  });

  it('asks when the same words now appear twice in the same surroundings', () => {
    // The document pasted twice: both copies of the quoted words sit in identical surroundings.
    const newText = `${OLD}\n\n${OLD}`;
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, 'will publish local inclusion plans')]);
    expect(anchor.outcome).toBe('changed');
  });

  it('prefers the copy whose surroundings are the original ones when a paragraph is repeated', () => {
    const paragraph =
      'Local authorities will publish local inclusion plans setting out how needs are met in their area.';
    const newText = OLD.replace(paragraph, `${paragraph}\n\n${paragraph}`);
    const anchor = createReanchorer(OLD, newText).reanchor([fragmentOf(OLD, 'will publish local inclusion plans')]);
    expect(anchor.outcome).toBe('unchanged');
    expect(anchor.fragments[0]!.start).toBe(OLD.indexOf('will publish local inclusion plans'));
  });

  it('re-anchors each passage of an elision and reports the worst', () => {
    const newText = OLD.replace('in the spring', 'in the autumn');
    const reanchorer = createReanchorer(OLD, newText);
    const both = reanchorer.reanchor([
      fragmentOf(OLD, 'The Government has committed £2.6 billion'),
      fragmentOf(OLD, 'We will consult on national standards for SEND and alternative provision in the spring'),
    ]);
    expect(both.fragments.map((f) => f.outcome)).toEqual(['unchanged', 'changed']);
    expect(both.outcome).toBe('changed');
  });

  it('says how much of the old text is still there', () => {
    expect(createReanchorer(OLD, OLD).similarity).toBe(1);
    expect(createReanchorer(OLD, 'Something else altogether, about farming subsidies.').similarity).toBeLessThan(0.2);
  });
});
