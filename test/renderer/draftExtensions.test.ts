import { describe, expect, it } from 'vitest';
import { buildEditorFromExtensions } from '@lexical/extension';
import { $getRoot, defineExtension } from 'lexical';
import { DraftEditorExtension } from '../../renderer/src/editor/draftExtensions.ts';
import { $isDraftSectionNode } from '../../renderer/src/editor/nodes/DraftSectionNode.ts';
import { draftEditor, json, outline, sectionsWellFormed, writeAnswer } from './testDraft.ts';

/** The app's editor as its extensions declare it, opened on `content`, with no React and no page. */
const appEditor = (content: string) =>
  buildEditorFromExtensions(
    defineExtension({ name: 'test-app-draft', dependencies: [DraftEditorExtension], $initialEditorState: content }),
  );

describe('the draft editor built from its extensions', () => {
  it('opens a draft saved as loose blocks in sections, with no plugin mounted', () => {
    const loose = draftEditor();
    writeAnswer(loose, 11, ['Families wait too long.']);
    const editor = appEditor(json(loose));
    expect(editor.getEditorState().read(() => $getRoot().getChildren().every($isDraftSectionNode))).toBe(true);
    expect(sectionsWellFormed(editor)).toBe(true);
    expect(outline(editor)).toEqual(outline(loose));
  });

  it('declares its capabilities in the order they are registered', () => {
    const names = (DraftEditorExtension.dependencies ?? []).map((d) => ('name' in d ? d.name : d[0].name));
    expect(names).toEqual([
      '@lexical/rich-text',
      '@lexical/history/History',
      '@lexical/list/List',
      '@lexical/link/Link',
      'draft/sections',
      'draft/question-heading-keys',
      'draft/quote-selection',
      'draft/list-shortcuts',
      'draft/key-events-kept-in-editor',
    ]);
  });
});
