import { afterEach, describe, expect, it } from 'vitest';
import { ANNEXES, initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY } from '../../shared/draft/draftSchema.ts';
import { docxPart, styledParagraphs } from './docxPart.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const heading = (tag: string, value: string): Node => ({
  type: 'heading',
  version: 1,
  tag,
  direction: null,
  format: '',
  indent: 0,
  children: [text(value)],
});
const paragraph = (value: string): Node => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [text(value)],
});

/** Saves a new response with `edit` applied to its blocks, exports it, and reads back the paragraphs Word will show. */
async function exported(project: ProjectServices, edit: (children: Node[]) => void) {
  const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
    root: { children: Node[] };
  };
  edit(state.root.children);
  await project.drafts.save(JSON.stringify(state));
  const { bytes } = await project.export.buildDocx({ unanswered: 'mark' });
  return styledParagraphs(docxPart(bytes, 'word/document.xml')!);
}

describe('annexes and sub-headings in the Word export', () => {
  it('leaves out an empty Annexes part, and gives a filled one a part heading like the others', async () => {
    const { project } = await openSample();
    const empty = await exported(project, () => {});
    expect(empty.some((p) => p.text === ANNEXES)).toBe(false);

    const filled = await exported(project, (children) =>
      children.push(heading('h4', 'Annex A: parent survey'), paragraph('312 families replied.')),
    );
    const at = filled.findIndex((p) => p.text === ANNEXES);
    expect(filled.slice(at, at + 3)).toEqual([
      { style: 'Heading2', text: ANNEXES },
      { style: 'Heading4', text: 'Annex A: parent survey' },
      { style: null, text: '312 families replied.' },
    ]);
    expect(filled.find((p) => p.text === ANNEXES)?.style).toBe('Heading2');
  });

  it('exports a sub-heading in an answer as Heading 4 under the question, and does not call the answer missing', async () => {
    const { project } = await openSample();
    const q1 = await questionNumbered(project, 1);
    const paragraphs = await exported(project, (children) => {
      const at = children.findIndex((c) => c.$?.[QUESTION_STATE_KEY] === q1.id);
      children.splice(at + 1, 1, heading('h4', 'Our view'), paragraph('Standards must be national.'));
    });
    const at = paragraphs.findIndex((p) => p.style === 'Heading3' && p.text.startsWith('Question 1:'));
    expect(paragraphs.slice(at + 1, at + 3)).toEqual([
      { style: 'Heading4', text: 'Our view' },
      { style: null, text: 'Standards must be national.' },
    ]);
    // 22 questions in the sample: the sub-heading is not one of them.
    expect(paragraphs.filter((p) => p.style === 'Heading3')).toHaveLength(22);
  });
});
