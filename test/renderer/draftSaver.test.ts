import { afterEach, describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import type { BlockChanges } from '../../shared/draft/draftBlocks.ts';
import type { SavedDraft } from '../../shared/ipc/contract.ts';
import { createHandlers } from '../../electron/services/api/handlers.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { ApiFailure } from '../../renderer/src/api/workbench.ts';
import { $draftSections } from '../../renderer/src/editor/draftSections.ts';
import { createDraftSaver } from '../../renderer/src/editor/draftSaver.ts';
import { createDraftSerializer } from '../../renderer/src/editor/draftSerializer.ts';
import { cleanUp, open, openSample, RESOURCES_DIR } from '../services/helpers.ts';
import { draftEditor, json } from './testDraft.ts';

afterEach(cleanUp);

type Sent = { base: string | null; shell: string; blocks: BlockChanges };

/** Autosave's path to the project, as in the app but without IPC: serialiser, saver, the typed API, the real services. */
function autosave(editor: LexicalEditor, project: { current: ProjectServices }) {
  const sent: Sent[] = [];
  const serialize = createDraftSerializer();
  const saver = createDraftSaver(async (input) => {
    sent.push(input);
    const result = await dispatch(
      createHandlers(project.current, {
        templates: templatesIn(RESOURCES_DIR),
        deliverFile: async () => ({ status: 'cancelled' }),
      }),
      'saveDraftChanges',
      { ...input, project: project.current.path },
    );
    if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
    return result.value as SavedDraft;
  }, serialize(editor.getEditorState()));
  return { sent, save: () => saver.save(serialize(editor.getEditorState())) };
}

function type(editor: LexicalEditor, section: number, words: string) {
  editor.update(
    () => $draftSections()[section]!.body[0]!.replace($createParagraphNode().append($createTextNode(words))),
    { discrete: true },
  );
}

/** Stores the editor's draft whole, as autosave's first save does, and gives its revision. */
function storeWhole(project: ProjectServices, editor: LexicalEditor) {
  const { shell, blocks } = createDraftSerializer()(editor.getEditorState());
  return project.drafts.saveChanges(null, shell, blocks);
}

async function setUp() {
  const { project, path } = await openSample();
  const editor = draftEditor(initialDraftState(await project.consultation.getConsultation()));
  return { project: { current: project }, path, editor };
}

describe('autosave sends only what changed', () => {
  it('stores exactly the draft after each save, while sending every block once and then only the changed ones', async () => {
    const { project, editor } = await setUp();
    const { sent, save } = autosave(editor, project);
    type(editor, 0, 'Families wait too long.');
    await save();
    expect(sent[0]!.base).toBeNull();
    expect(sent[0]!.blocks.every((b) => typeof b === 'string')).toBe(true);
    expect((await project.current.drafts.get()).content).toBe(json(editor));

    type(editor, 3, 'Schools need funding that follows the child.');
    editor.update(() => $getRoot().getChildren().at(-1)!.remove(), { discrete: true });
    await save();
    const second = sent[1]!;
    expect(second.base).not.toBeNull();
    // One changed answer: one block sent, everything else kept as runs of the blocks already stored.
    expect(second.blocks.filter((b) => typeof b === 'string')).toEqual([expect.stringContaining('follows the child')]);
    expect((await project.current.drafts.get()).content).toBe(json(editor));
  });

  it('sends the whole draft again when the project no longer holds the revision the changes were made to', async () => {
    const { project, path, editor } = await setUp();
    const { sent, save } = autosave(editor, project);
    type(editor, 0, 'Before the project was reopened.');
    await save();
    // The app restarted its services (the project reopened): they hold no blocks to apply changes to.
    project.current.close();
    project.current = open(path);
    type(editor, 1, 'After it was reopened.');
    await save();
    expect(sent.map((s) => s.base === null)).toEqual([true, false, true]);
    expect((await project.current.drafts.get()).content).toBe(json(editor));
  });

  it('after going back to a kept version, changes made to the draft before it are refused and change nothing', async () => {
    const { project, editor } = await setUp();
    type(editor, 0, 'First version.');
    await storeWhole(project.current, editor);
    const kept = await project.current.drafts.createVersion('Kept');
    type(editor, 0, 'Second version.');
    const { revision } = await storeWhole(project.current, editor);
    await project.current.drafts.restoreVersion(kept.id);
    const restored = await project.current.drafts.get();
    const { shell, blocks } = createDraftSerializer()(editor.getEditorState());
    await expect(project.current.drafts.saveChanges(revision, shell, [[0, blocks.length]])).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await project.current.drafts.get()).toEqual(restored);
  });

  it.each([
    ['a run past the end of the stored draft', [[0, 10_000]]],
    ['a block that is not JSON', ['{"type":']],
    ['a block that is not a node', ['{"hello":"world"}']],
    ['two blocks passed off as one', ['{"type":"paragraph","children":[]},{"type":"paragraph","children":[]}']],
  ])('refuses %s and keeps the stored draft', async (_label, changes) => {
    const { project, editor } = await setUp();
    type(editor, 0, 'The answer we must not lose.');
    const { revision } = await storeWhole(project.current, editor);
    const before = await project.current.drafts.get();
    const { shell, blocks } = createDraftSerializer()(editor.getEditorState());
    await expect(project.current.drafts.saveChanges(revision, shell, changes as BlockChanges)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await project.current.drafts.get()).toEqual(before);
    // The refused changes left the revision as it was: the next good ones still apply to it.
    await project.current.drafts.saveChanges(revision, shell, [[0, blocks.length]]);
    expect((await project.current.drafts.get()).content).toBe(before.content);
  });
});
