import { beforeEach, describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode } from 'lexical';
import type { ChapterId, QuestionId } from '../../shared/ids.ts';
import type { ChapterNode, Consultation } from '../../shared/domain/consultation.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { $draftInStep, $syncQuestionHeadings } from '../../renderer/src/editor/syncQuestionHeadings.ts';
import { $topBlocks } from '../../renderer/src/editor/draftGrouping.ts';
import { draftEditor, inSections, sectionsWellFormed } from './testDraft.ts';

function question(id: number, number: number, chapterId: number) {
  return {
    id: id as QuestionId,
    parentId: chapterId as ChapterId,
    kind: 'question' as const,
    number,
    title: `Text of ${id}`,
    verified: true,
    wordLimit: 250,
    position: number,
    answerType: 'open' as const,
    quoteCount: 0,
  };
}

function chapter(id: number, number: number, title: string, questionIds: number[]): ChapterNode {
  const base = {
    id: id as ChapterId,
    parentId: null,
    kind: 'chapter' as const,
    number,
    title,
    verified: true,
    wordLimit: null,
    position: number,
    answerType: 'open' as const,
    quoteCount: 0,
  };
  return { ...base, questions: questionIds.map((q) => question(q, 0, id)) };
}

/** Numbers questions 1, 2, 3… in reading order, as the service does. */
function consultation(chapters: ChapterNode[]): Consultation {
  let n = 0;
  return {
    title: 'T',
    department: null,
    deadline: null,
    chapters: chapters.map((c) => ({ ...c, questions: c.questions.map((q) => ({ ...q, number: ++n })) })),
  };
}

const original = consultation([chapter(1, 1, 'Early years', [11, 12]), chapter(2, 2, 'Schools', [21, 22])]);

// Every test runs on a draft of loose blocks (as saved before sections) and on one grouped in sections (as the app has).
let grouped = false;

function editorFor(c: Consultation, content = initialDraftState(c)) {
  return grouped ? inSections(draftEditor(content)) : draftEditor(content);
}

/** The draft as a user reads it: headings marked, other blocks as their text. */
function outline(editor: ReturnType<typeof editorFor>): string[] {
  return editor.getEditorState().read(() =>
    $topBlocks()
      .map((n) => (n.getType() === 'heading' ? `# ${n.getTextContent()}` : n.getTextContent()))
      .filter((t) => t !== ''),
  );
}

function write(editor: ReturnType<typeof editorFor>, questionId: number, text: string) {
  editor.update(
    () => {
      const section = $draftSections().find((s) => s.questionId === questionId)!;
      section.body[0]!.replace($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
}

function sync(editor: ReturnType<typeof editorFor>, c: Consultation) {
  editor.update(() => $syncQuestionHeadings(c), { discrete: true });
  expect(editor.getEditorState().read(() => $draftInStep(c))).toBe(true);
  if (grouped) expect(sectionsWellFormed(editor)).toBe(true);
}

describe.each([
  ['loose blocks', false],
  ['sections', true],
])('the draft follows the consultation (%s)', (_label, inSectionsNow) => {
  beforeEach(() => {
    grouped = inSectionsNow;
  });

  it('a new draft is already in step', () => {
    expect(
      editorFor(original)
        .getEditorState()
        .read(() => $draftInStep(original)),
    ).toBe(true);
  });

  it('moves a question into another chapter with its answer, and renumbers the headings', () => {
    const editor = editorFor(original);
    write(editor, 11, 'Answer about early years');
    write(editor, 21, 'Answer about schools');
    // Question 11 dragged to the top of "Schools".
    const moved = consultation([chapter(1, 1, 'Early years', [12]), chapter(2, 2, 'Schools', [11, 21, 22])]);
    sync(editor, moved);
    const text = outline(editor);
    expect(text.slice(text.indexOf('# Chapter 1: Early years'))).toEqual([
      '# Chapter 1: Early years',
      '# Question 1: Text of 12',
      '# Chapter 2: Schools',
      '# Question 2: Text of 11',
      'Answer about early years',
      '# Question 3: Text of 21',
      'Answer about schools',
      '# Question 4: Text of 22',
      '# Other comments',
      '# Recommendations',
      '# Annexes',
    ]);
    // and back again
    sync(editor, original);
    expect(
      outline(editor)
        .filter((t) => t.startsWith('#') || t.startsWith('Answer'))
        .slice(2, 10),
    ).toEqual([
      '# Chapter 1: Early years',
      '# Question 1: Text of 11',
      'Answer about early years',
      '# Question 2: Text of 12',
      '# Chapter 2: Schools',
      '# Question 3: Text of 21',
      'Answer about schools',
      '# Question 4: Text of 22',
    ]);
  });

  it('renames and renumbers chapter headings, and drops a chapter heading left empty', () => {
    const editor = editorFor(original);
    write(editor, 12, 'Kept answer');
    const renamed = consultation([
      chapter(1, 1, 'Early years', []),
      chapter(2, 2, 'Schools and colleges', [21, 22, 11, 12]),
    ]);
    sync(editor, renamed);
    const text = outline(editor);
    expect(text).not.toContain('# Chapter 1: Early years');
    expect(text).toContain('# Chapter 2: Schools and colleges');
    expect(text.indexOf('Kept answer')).toBe(text.indexOf('# Question 4: Text of 12') + 1);
  });

  it('leaves the answer of a removed question where it was, and gives a new chapter its heading before Other comments', () => {
    const editor = editorFor(original);
    write(editor, 12, 'Answer to a question later removed');
    const c = consultation([
      chapter(1, 1, 'Early years', [11]),
      chapter(2, 2, 'Schools', [21]),
      chapter(3, 3, 'Transport', [31]),
    ]);
    sync(editor, c);
    const text = outline(editor);
    expect(text).toContain('Answer to a question later removed');
    // Question 22's section had nothing in it, so it went with its question.
    expect(text.some((t) => t.includes('Text of 22'))).toBe(false);
    expect(text[text.indexOf('Answer to a question later removed') - 1]).toBe('# Removed question: Text of 12');
    expect(text.indexOf('Answer to a question later removed')).toBeLessThan(text.indexOf('# Chapter 2: Schools'));
    expect(text.indexOf('# Chapter 3: Transport')).toBe(text.indexOf('# Other comments') - 2);
  });

  it('adopts the unmarked chapter headings of a draft saved before they were marked', () => {
    const legacy = JSON.parse(initialDraftState(original)) as { root: { children: { $?: Record<string, number> }[] } };
    for (const node of legacy.root.children) if (node.$ && 'chapterId' in node.$) delete node.$;
    const editor = editorFor(original, JSON.stringify(legacy));
    // Opening it marks the headings (they match the chapters); a rename afterwards then finds them.
    sync(editor, original);
    const renamed = consultation([chapter(1, 1, 'The early years', [11, 12]), chapter(2, 2, 'Schools', [21, 22])]);
    sync(editor, renamed);
    expect(outline(editor).filter((t) => t.startsWith('# Chapter'))).toEqual([
      '# Chapter 1: The early years',
      '# Chapter 2: Schools',
    ]);
  });
});
