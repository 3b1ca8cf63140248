import { lazy } from 'react';
import type { Quote } from '../../shared/domain/quote.ts';
import type { SourceSummary } from '../../shared/domain/source.ts';
import type { DraftVersion } from '../../shared/ipc/contract.ts';
import type { ResponseDetails } from '../../shared/domain/project.ts';
import { questionLabel } from '../../shared/domain/consultationLabels.ts';
import { call, messageOf } from './api/workbench.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { OnceOpened } from './OnceOpened.tsx';
import { ExportOptions } from './submit/ExportOptions.tsx';
import { ReadinessView } from './submit/ReadinessView.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { InsertQuoteDialog } from './InsertQuoteDialog.tsx';
import {
  useCitationOf,
  useLoadedQuotes,
  useProjectComplete,
  useProjectInfo,
  useSay,
  useSelectedQuestion,
} from './state/hooks.ts';
import { useQuoteActions } from './state/quoteActions.ts';
import { useSourceActions } from './state/sourceActions.ts';
import { useStore } from './state/useStore.ts';
import { useWorkbench } from './state/workbench.ts';
import { countOf } from '../../shared/text/plural.ts';

// Not needed for the first screen: each dialog's code loads the first time it opens. Dialogs opened by a shortcut
// (Ctrl+Shift+Q, F1, Ctrl+E, Ctrl+Shift+E) are not among them: the key typed next must find the dialog there.
const ResponseDetailsDialog = lazy(() =>
  import('./ResponseDetailsDialog.tsx').then((m) => ({ default: m.ResponseDetailsDialog })),
);
const VersionsDialog = lazy(() => import('./VersionsDialog.tsx').then((m) => ({ default: m.VersionsDialog })));
const FormView = lazy(() => import('./submit/FormView.tsx').then((m) => ({ default: m.FormView })));

/** The window's modal dialogs; the dialog store says which one is open. */
export function Dialogs() {
  const { dialogs, project, editor } = useWorkbench();
  const open = useStore(dialogs, (d) => d);
  // Always there (a shortcut opens the insert dialog): it shows what is read so far, and says so, while a large
  // project's quotes are still being read.
  const quotes = useLoadedQuotes();
  const complete = useProjectComplete();
  const info = useProjectInfo();
  const question = useSelectedQuestion();
  const citationOf = useCitationOf();
  const say = useSay();
  const quoteActions = useQuoteActions();
  const sourceActions = useSourceActions();
  const kind = open?.kind ?? null;
  const deleting = open?.kind === 'delete-source' ? open.source : null;

  const restoreVersion = async (version: DraftVersion) => {
    try {
      // Whatever was typed last is stored before the draft is swapped, so it is in the kept copy.
      await editor.current?.flushSave();
      const { content } = await call('restoreDraftVersion', { id: version.id });
      project.update({ draft: { content, generation: project.get().draft.generation + 1 } });
      dialogs.close();
      say('info', `Went back to “${version.name}”. The draft as it was is kept as a version too.`);
    } catch (error) {
      say('error', messageOf(error));
    }
  };

  return (
    <>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this source?"
        message={deleting ? deleteMessage(deleting, complete ? quotes : null) : ''}
        confirmLabel="Delete source"
        onConfirm={() => {
          dialogs.close();
          if (deleting) void sourceActions.remove(deleting);
        }}
        onCancel={dialogs.close}
      />
      <InsertQuoteDialog
        key={kind === 'insert-quote' ? 'open' : 'closed'}
        open={kind === 'insert-quote'}
        quotes={quotes}
        questionId={question?.id ?? null}
        questionName={question ? questionLabel(question) : null}
        citationOf={citationOf}
        stillReading={!complete}
        onClose={dialogs.close}
        onInsert={(q) => {
          dialogs.close();
          quoteActions.insertIntoDraft(q);
        }}
      />
      <OnceOpened open={kind === 'versions'}>
        <VersionsDialog open={kind === 'versions'} onClose={dialogs.close} onRestore={(s) => void restoreVersion(s)} />
      </OnceOpened>
      <ShortcutsDialog open={kind === 'shortcuts'} onClose={dialogs.close} />
      <OnceOpened open={kind === 'form'}>
        <FormView
          open={kind === 'form'}
          showQuestion={open?.kind === 'form' ? (open.questionId ?? null) : null}
          onClose={dialogs.close}
          beforeOpen={() => editor.current?.flushSave() ?? Promise.resolve()}
        />
      </OnceOpened>
      <ReadinessView
        open={kind === 'readiness'}
        focusFirstProblem={open?.kind === 'readiness' && open.focusFirstProblem === true}
        onClose={dialogs.close}
      />
      <ExportOptions open={kind === 'export-options'} onClose={dialogs.close} />
      <OnceOpened open={kind === 'response-details'}>
        <ResponseDetailsDialog
          key={kind === 'response-details' ? 'open' : 'closed'}
          open={kind === 'response-details'}
          details={info.details}
          onClose={dialogs.close}
          onSaved={(details: ResponseDetails) => {
            project.update({ info: { ...project.get().info, name: details.name, details } });
            dialogs.close();
            say('info', 'Saved the response details.');
          }}
        />
      </OnceOpened>
    </>
  );
}

/** Says what goes with a source, before it goes (its quotes counted once they are all read). */
function deleteMessage(source: SourceSummary, quotes: Quote[] | null): string {
  if (!quotes)
    return `“${source.title}” will be removed from this project, with any quotes taken from it; quotations already in the draft keep their words. You can undo this straight afterwards.`;
  const taken = quotes.filter((q) => q.sourceId === source.id);
  const questions = new Set(taken.flatMap((q) => q.questionIds)).size;
  const what = taken.length
    ? ` Its ${countOf(taken.length, 'quote')}${questions ? `, filed under ${countOf(questions, 'question')},` : ''} will be deleted too; quotations already in the draft keep their words.`
    : '';
  return `“${source.title}” will be removed from this project.${what} You can undo this straight afterwards.`;
}
