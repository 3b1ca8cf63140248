import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/domain/project.ts';
import type { Source, SourceSummary } from '../../shared/domain/source.ts';
import type { Quote, QuoteMismatch } from '../../shared/domain/quote.ts';
import { quoteText } from '../../shared/domain/quote.ts';
import type { Consultation } from '../../shared/domain/theme.ts';
import { questionLabel } from '../../shared/domain/theme.ts';
import type { QuoteId, SourceId, ThemeId } from '../../shared/ids.ts';
import { formatLongDate, shortCitation } from '../../shared/citation.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { call, messageOf } from './api/workbench.ts';
import type { ImportResult } from '../../shared/ipc/contract.ts';
import { SourcesPane } from './sources/SourcesPane.tsx';
import { QuestionsPane } from './questions/QuestionsPane.tsx';
import { changeWording, type ConsultationChange } from './questions/edit/consultationChange.ts';
import { Workspace } from './layout/Workspace.tsx';
import { PaneToggles } from './layout/PaneToggles.tsx';
import { usePaneLayout } from './layout/usePaneLayout.ts';
import { useProjectFileDrop } from './layout/useProjectFileDrop.ts';
import { DraftPane } from './DraftPane.tsx';
import type { DraftEditorHandle } from './editor/DraftEditor.tsx';
import { QuoteNavigationContext } from './quoteNavigation.ts';
import { createValueStore } from './valueStore.ts';
import { deliverExport } from './saveDownload.ts';
import { useMenuCommand } from './menuCommands.ts';
import { usePopover } from './usePopover.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { ResponseDetailsDialog } from './ResponseDetailsDialog.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { VersionsDialog } from './VersionsDialog.tsx';
import { InsertQuoteDialog } from './InsertQuoteDialog.tsx';
import type { DraftSnapshot } from '../../shared/ipc/contract.ts';
import type { ResponseDetails } from '../../shared/domain/project.ts';
import type { SaveDraftChanges } from './editor/draftSaver.ts';

type Project = { info: ProjectInfo; sources: SourceSummary[]; draftContent: string };
type Notice = { kind: 'info' | 'error'; text: string; id: number; action?: { label: string; run: () => void } };

export function App() {
  const [project, setProject] = useState<Project | null>(null);
  const [consultation, setConsultation] = useState<Consultation | null>(null);
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selectedSourceId, setSelectedSourceId] = useState<number | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [selectedQuestionId, setSelectedQuestionId] = useState<number | null>(null);
  const [focusQuoteId, setFocusQuoteId] = useState<number | null>(null);
  // Stores, not state: the counts change each time typing pauses, and only the two places showing them need to re-render.
  const [wordCounts] = useState(() => createValueStore(new Map<number, number>()));
  const [totalWords] = useState(() => createValueStore(0));
  const [quotesInDraft, setQuotesInDraft] = useState<Map<number, number | null>>(new Map());
  const [showVersions, setShowVersions] = useState(false);
  const [pickingQuote, setPickingQuote] = useState(false);
  // Bumped to load a different draft into a fresh editor (going back to a kept version).
  const [draftGeneration, setDraftGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exporting, setExporting] = useState(false);
  const [mismatches, setMismatches] = useState<QuoteMismatch[]>([]);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [editingDetails, setEditingDetails] = useState(false);
  const [moreExports, setMoreExports] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<SourceSummary | null>(null);
  const editorRef = useRef<DraftEditorHandle>(null);
  const [layout, updateLayout] = usePaneLayout();
  const closeMoreExports = useCallback(() => setMoreExports(false), []);
  const { opener: moreExportsButtonRef, popover: moreExportsListRef } = usePopover<HTMLButtonElement, HTMLUListElement>(
    moreExports,
    closeMoreExports,
  );

  const say = useCallback(
    (kind: Notice['kind'], text: string, action?: Notice['action']) =>
      setNotice({ kind, text, id: Date.now(), ...(action ? { action } : {}) }),
    [],
  );
  useProjectFileDrop(say);

  useEffect(() => {
    Promise.all([
      call('getProject', {}),
      call('getConsultation', {}),
      call('listSources', {}),
      call('listQuotes', {}),
      call('getDraft', {}),
    ])
      .then(([info, tree, sources, allQuotes, draft]) => {
        setProject({ info, sources, draftContent: draft.content ?? initialDraftState(tree) });
        setConsultation(tree);
        setQuotes(allQuotes);
        setSelectedSourceId(sources[0]?.id ?? null);
        setSelectedQuestionId(tree.chapters.flatMap((c) => c.questions)[0]?.id ?? null);
        document.title = `${info.name} – Consultation Workbench`;
      })
      .catch((error: unknown) => setLoadError(messageOf(error)));
    // Every quote is checked against its source on opening; a mismatch is shown, never hidden.
    call('checkQuotes', {}).then(setMismatches, () => {});
  }, []);

  useEffect(() => {
    if (selectedSourceId === null) return;
    let current = true;
    call('getSource', { id: selectedSourceId as SourceId })
      .then((s) => current && setSource(s))
      .catch((error: unknown) => current && say('error', messageOf(error)));
    return () => {
      current = false;
    };
  }, [selectedSourceId, say]);

  const sourcesById = useMemo(() => new Map((project?.sources ?? []).map((s) => [s.id as number, s])), [project]);
  const citationOf = useCallback(
    (quote: Quote) => {
      const s = sourcesById.get(quote.sourceId);
      return s ? shortCitation(s) : 'Unknown source';
    },
    [sourcesById],
  );
  const questions = useMemo(() => consultation?.chapters.flatMap((c) => c.questions) ?? [], [consultation]);
  const selectedQuestion = questions.find((q) => q.id === selectedQuestionId) ?? null;

  const onImported = useCallback(
    (result: ImportResult) => {
      call('listSources', {}).then(
        (sources) => setProject((p) => (p ? { ...p, sources } : p)),
        (error: unknown) => say('error', messageOf(error)),
      );
      setSelectedSourceId(result.source.id);
      setFocusQuoteId(null);
    },
    [say],
  );

  const onDetailsSaved = useCallback(
    (saved: SourceSummary) => {
      setProject((p) => (p ? { ...p, sources: p.sources.map((s) => (s.id === saved.id ? saved : s)) } : p));
      setSource((s) => (s && s.id === saved.id ? { ...s, ...saved } : s));
      say('info', `Saved the details of “${saved.title}”.`);
    },
    [say],
  );

  const refreshConsultation = useCallback(() => {
    call('getConsultation', {}).then(setConsultation, (error: unknown) => say('error', messageOf(error)));
  }, [say]);

  const pullQuote = useCallback(
    async (range: { start: number; end: number }, themeId?: number) => {
      if (!source) return false;
      const target = themeId !== undefined ? (questions.find((q) => q.id === themeId) ?? null) : selectedQuestion;
      try {
        const themeIds = target ? [target.id as ThemeId] : [];
        const quote = await call('createQuote', { sourceId: source.id, start: range.start, end: range.end, themeIds });
        setQuotes((qs) => [...qs, quote]);
        setFocusQuoteId(quote.id);
        refreshConsultation();
        if (target) setSelectedQuestionId(target.id);
        say('info', target ? `Quote added to ${questionLabel(target)}.` : 'Quote added.');
        return true;
      } catch (error) {
        say('error', messageOf(error));
        return false;
      }
    },
    [source, selectedQuestion, questions, refreshConsultation, say],
  );

  const suggestFor = useCallback(
    async (text: string) => {
      const ranked = await call('suggestQuestions', { text, limit: 3 });
      return ranked.flatMap((r) => {
        const q = questions.find((x) => x.id === r.themeId);
        return q ? [{ themeId: q.id as number, label: questionLabel(q) }] : [];
      });
    },
    [questions],
  );

  const showQuoteInSource = useCallback((sourceId: SourceId, quoteId: QuoteId) => {
    setSelectedSourceId(sourceId);
    setFocusQuoteId(quoteId);
  }, []);
  const quoteIds = useMemo(() => new Set(quotes.map((q) => q.id as number)), [quotes]);
  // The reader re-plans the whole source text when its quotes change: hand it the same array until they do.
  const sourceQuotes = useMemo(() => (source ? quotes.filter((q) => q.sourceId === source.id) : []), [source, quotes]);
  const navigation = useMemo(
    () => ({ showQuoteInSource, quoteExists: (id: number) => quoteIds.has(id) }),
    [showQuoteInSource, quoteIds],
  );

  const quotePayload = useCallback(
    (id: number) => {
      const quote = quotes.find((q) => q.id === id);
      return quote
        ? { quoteId: quote.id, sourceId: quote.sourceId, text: quoteText(quote), citation: citationOf(quote) }
        : null;
    },
    [quotes, citationOf],
  );

  /** A quote's questions, its note and where the draft uses it, for the reader's quote details. */
  const describeQuote = useCallback(
    (quote: Quote) => {
      const label = (id: number) => {
        const q = questions.find((x) => x.id === id);
        return q ? questionLabel(q) : 'a question no longer in the consultation';
      };
      const placed = quotesInDraft.get(quote.id);
      return {
        questions: quote.themeIds.map(label),
        inDraft: !quotesInDraft.has(quote.id)
          ? 'Not in the draft yet'
          : placed == null
            ? 'In the draft'
            : `In the draft, in the answer to ${label(placed)}`,
      };
    },
    [questions, quotesInDraft],
  );
  const chapterIndexOf = useCallback(
    (quote: Quote) => {
      const first = quote.themeIds[0];
      if (first === undefined || !consultation) return null;
      const index = consultation.chapters.findIndex((c) => c.questions.some((q) => q.id === first));
      return index < 0 ? null : index;
    },
    [consultation],
  );

  const onQuoteDropped = useCallback(() => say('info', 'Quote inserted where it was dropped.'), [say]);

  const insertQuote = useCallback(
    (quote: Quote) => {
      if (!selectedQuestion) return;
      const inserted = editorRef.current?.insertQuote(selectedQuestion.id, {
        quoteId: quote.id,
        sourceId: quote.sourceId,
        text: quoteText(quote),
        citation: citationOf(quote),
      });
      if (inserted) say('info', `Quote inserted into the answer to ${questionLabel(selectedQuestion)}.`);
      else
        say('error', `The draft has no heading for ${questionLabel(selectedQuestion)}, so the quote was not inserted.`);
    },
    [selectedQuestion, citationOf, say],
  );

  const addFragment = useCallback(
    async (quote: Quote, range: { start: number; end: number }) => {
      try {
        const updated = await call('addQuoteFragment', { id: quote.id, start: range.start, end: range.end });
        setQuotes((qs) => qs.map((q) => (q.id === updated.id ? updated : q)));
        setFocusQuoteId(updated.id);
        say('info', `Added to the quote: it now has ${updated.fragments.length} parts, joined by […].`);
        return true;
      } catch (error) {
        say('error', messageOf(error));
        return false;
      }
    },
    [say],
  );

  const setNote = useCallback(
    async (quote: Quote, note: string) => {
      try {
        const updated = await call('setQuoteNote', { id: quote.id, note });
        setQuotes((qs) => qs.map((q) => (q.id === updated.id ? updated : q)));
        say('info', 'Note saved.');
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [say],
  );

  const fileQuote = useCallback(
    async (quote: Quote, themeIds: number[]) => {
      try {
        const updated = await call('setQuoteThemes', { id: quote.id, themeIds: themeIds as ThemeId[] });
        setQuotes((qs) => qs.map((q) => (q.id === updated.id ? updated : q)));
        refreshConsultation();
        say(
          'info',
          themeIds.length
            ? `Quote filed under ${themeIds.length} question${themeIds.length === 1 ? '' : 's'}.`
            : 'Quote no longer filed under any question.',
        );
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [refreshConsultation, say],
  );

  const deleteQuote = useCallback(
    async (quote: Quote) => {
      try {
        const deleted = await call('deleteQuote', { id: quote.id });
        setQuotes((qs) => qs.filter((q) => q.id !== quote.id));
        refreshConsultation();
        say('info', 'Quote deleted.', {
          label: 'Undo',
          run: () => {
            call('restoreQuote', { quote: deleted }).then(
              (restored) => {
                setQuotes((qs) => [...qs, restored].sort((a, b) => a.id - b.id));
                refreshConsultation();
                say('info', 'Quote restored.');
              },
              (error: unknown) => say('error', messageOf(error)),
            );
          },
        });
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [refreshConsultation, say],
  );

  const reloadSourcesAndQuotes = useCallback(async () => {
    const [sources, allQuotes] = await Promise.all([call('listSources', {}), call('listQuotes', {})]);
    setProject((p) => (p ? { ...p, sources } : p));
    setQuotes(allQuotes);
    refreshConsultation();
    return sources;
  }, [refreshConsultation]);

  const deleteSource = useCallback(
    async (summary: SourceSummary) => {
      setConfirmDelete(null);
      try {
        const deleted = await call('deleteSource', { id: summary.id });
        const sources = await reloadSourcesAndQuotes();
        setSelectedSourceId(sources[0]?.id ?? null);
        say(
          'info',
          `Deleted “${summary.title}”${deleted.quotes.length ? ` and its ${deleted.quotes.length} quote${deleted.quotes.length === 1 ? '' : 's'}` : ''}.`,
          {
            label: 'Undo',
            run: () => {
              call('restoreSource', { deleted })
                .then(async (restored) => {
                  await reloadSourcesAndQuotes();
                  setSelectedSourceId(restored.id);
                  say('info', `Restored “${restored.title}”.`);
                })
                .catch((error: unknown) => say('error', messageOf(error)));
            },
          },
        );
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [reloadSourcesAndQuotes, say],
  );

  const selectQuestion = useCallback((id: number) => {
    setSelectedQuestionId(id);
    editorRef.current?.revealQuestion(id);
  }, []);

  /** A change from the question editor: shown at once, said in words, and undoable where it can be. */
  const consultationChanged = useCallback(
    ({ consultation: next, message, undo, refiled }: ConsultationChange) => {
      setConsultation(next);
      // Only removing or replacing questions (and undoing that) changes where quotes are filed.
      const refreshQuotes = () => refiled && call('listQuotes', {}).then(setQuotes, () => {});
      refreshQuotes();
      say(
        'info',
        message,
        undo
          ? {
              label: 'Undo',
              run: () =>
                undo().then(
                  (c) => {
                    setConsultation(c);
                    refreshQuotes();
                    say('info', 'Undone.');
                  },
                  (e: unknown) => say('error', messageOf(e)),
                ),
            }
          : undefined,
      );
    },
    [say],
  );

  // The same change as in the question editor, reached from a question's evidence: so the same undo.
  const setWording = useCallback(
    (id: number, title: string) => {
      const question = questions.find((q) => q.id === id);
      if (!question) return;
      changeWording(question, title, 'Question wording saved; its heading in the draft now matches.').then(
        consultationChanged,
        (e: unknown) => say('error', messageOf(e)),
      );
    },
    [questions, consultationChanged, say],
  );

  const runExport = useCallback(
    async (method: 'exportDocx' | 'exportEvidencePack' | 'exportQuotesCsv') => {
      setExporting(true);
      setMoreExports(false);
      say('info', method === 'exportQuotesCsv' ? 'Exporting quotes…' : 'Exporting to Word…');
      try {
        say('info', deliverExport(await call(method, {})));
      } catch (error) {
        say('error', messageOf(error));
      } finally {
        setExporting(false);
      }
    },
    [say],
  );

  const exportDocx = useCallback(() => runExport('exportDocx'), [runExport]);
  useMenuCommand('export-docx', () => void exportDocx());
  useMenuCommand('show-shortcuts', () => setShowShortcuts(true));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault();
        setShowShortcuts(true);
      } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'q') {
        event.preventDefault();
        setPickingQuote(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Only a real change re-renders the question list: the draft reports its counts every time typing pauses.
  const onWordCounts = useCallback(
    (counts: Map<number, number>, total: number) => {
      if (!sameEntries(wordCounts.get(), counts)) wordCounts.set(counts);
      totalWords.set(total);
    },
    [wordCounts, totalWords],
  );
  const onQuotesInDraft = useCallback((placed: Map<number, number | null>) => {
    setQuotesInDraft((old) => (sameEntries(old, placed) ? old : placed));
  }, []);

  const restoreVersion = useCallback(
    async (snapshot: DraftSnapshot) => {
      try {
        // Whatever was typed last is stored before the draft is swapped, so it is in the kept copy.
        await editorRef.current?.flushSave();
        const { content } = await call('restoreSnapshot', { id: snapshot.id });
        setProject((p) => (p ? { ...p, draftContent: content } : p));
        setDraftGeneration((g) => g + 1);
        setShowVersions(false);
        say('info', `Went back to “${snapshot.name}”. The draft as it was is kept as a version too.`);
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [say],
  );

  // Every save names the project it was typed in, so main can refuse one that arrives after a switch.
  const projectPath = project?.info.path;
  const saveDraft = useCallback<SaveDraftChanges>(
    (changes) => call('saveDraftChanges', { ...changes, project: projectPath ?? '' }),
    [projectPath],
  );

  if (loadError) {
    return (
      <main className="load-error">
        <h1>Consultation Workbench</h1>
        <p role="alert">The project could not be opened: {loadError}</p>
      </main>
    );
  }
  if (!project || !consultation) {
    return (
      <main className="loading">
        <p role="status">Opening the project…</p>
      </main>
    );
  }

  const evidence = selectedQuestion ? quotes.filter((q) => q.themeIds.includes(selectedQuestion.id)) : [];
  return (
    <QuoteNavigationContext.Provider value={navigation}>
      <header className="app-header">
        <div>
          <h1>{project.info.name}</h1>
          <p className="consultation-title">
            {consultation.title}
            {consultation.deadline ? ` · closes ${formatLongDate(consultation.deadline)}` : ''}
          </p>
        </div>
        <div className="header-actions">
          <PaneToggles layout={layout} onLayout={updateLayout} />
          <button type="button" onClick={() => setEditingDetails(true)}>
            Response details
          </button>
          <button type="button" onClick={() => setShowShortcuts(true)} aria-keyshortcuts="F1">
            Keyboard shortcuts
          </button>
          <div className="more-exports">
            <button
              ref={moreExportsButtonRef}
              type="button"
              aria-expanded={moreExports}
              aria-controls="more-exports-list"
              onClick={() => setMoreExports((v) => !v)}
              disabled={exporting}
            >
              More exports
            </button>
            {moreExports ? (
              <ul ref={moreExportsListRef} id="more-exports-list" className="more-exports-list">
                <li>
                  <button type="button" onClick={() => void runExport('exportEvidencePack')}>
                    Evidence pack (Word)
                  </button>
                </li>
                <li>
                  <button type="button" onClick={() => void runExport('exportQuotesCsv')}>
                    All quotes (CSV spreadsheet)
                  </button>
                </li>
              </ul>
            ) : null}
          </div>
          <button type="button" className="primary" onClick={() => void exportDocx()} disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export to Word'}
          </button>
        </div>
      </header>
      {mismatches.length > 0 ? (
        <div className="integrity-alert" role="alert">
          <strong>
            {mismatches.length === 1 ? '1 quote no longer matches' : `${mismatches.length} quotes no longer match`} the
            source it was taken from.
          </strong>{' '}
          The project file may have been changed outside Consultation Workbench. Check{' '}
          {[...new Set(mismatches.map((m) => m.quoteId))].map((id) => `quote ${id}`).join(', ')} before you rely on{' '}
          {mismatches.length === 1 ? 'it' : 'them'}.
        </div>
      ) : null}
      <Workspace
        layout={layout}
        onLayout={updateLayout}
        panes={{
          sources: (
            <SourcesPane
              sources={project.sources}
              selectedSourceId={selectedSourceId}
              onSelectSource={(id) => {
                setSelectedSourceId(id);
                setFocusQuoteId(null);
              }}
              onImported={onImported}
              onDetailsSaved={onDetailsSaved}
              onDeleteSource={(s) => setConfirmDelete(s)}
              onAddFragment={addFragment}
              describeQuote={describeQuote}
              chapterIndexOf={chapterIndexOf}
              source={source && source.id === selectedSourceId ? source : null}
              quotes={sourceQuotes}
              focusQuoteId={focusQuoteId}
              targetLabel={selectedQuestion ? questionLabel(selectedQuestion) : null}
              onPullQuote={pullQuote}
              suggestFor={suggestFor}
            />
          ),
          questions: (
            <QuestionsPane
              consultation={consultation}
              selectedQuestionId={selectedQuestionId}
              onSelectQuestion={selectQuestion}
              wordCounts={wordCounts}
              evidence={evidence}
              citationOf={citationOf}
              onInsertQuote={insertQuote}
              onShowQuote={(q) => showQuoteInSource(q.sourceId, q.id)}
              allQuotes={quotes}
              onFileQuote={(q, ids) => void fileQuote(q, ids)}
              onDropQuoteOnQuestion={(quoteId, themeId) => {
                const quote = quotes.find((q) => q.id === quoteId);
                if (quote && !quote.themeIds.includes(themeId as ThemeId))
                  void fileQuote(quote, [...quote.themeIds, themeId]);
              }}
              onDeleteQuote={(q) => void deleteQuote(q)}
              onSetNote={(q, note) => void setNote(q, note)}
              onSetWording={setWording}
              describeQuote={describeQuote}
              sources={project.sources}
              onConsultationChange={consultationChanged}
              onError={(message) => say('error', message)}
              onInfo={(message) => say('info', message)}
            />
          ),
          draft: (
            <DraftPane
              key={draftGeneration}
              consultation={consultation}
              quotePayload={quotePayload}
              onQuoteDropped={onQuoteDropped}
              totalWords={totalWords}
              onShowVersions={() => setShowVersions(true)}
              initialContent={project.draftContent}
              save={saveDraft}
              describeError={messageOf}
              onWordCounts={onWordCounts}
              onQuotesInDraft={onQuotesInDraft}
              onActiveQuestion={setSelectedQuestionId}
              handle={editorRef}
            />
          ),
        }}
      />
      <ConfirmDialog
        open={confirmDelete !== null}
        title="Delete this source?"
        message={confirmDelete ? deleteMessage(confirmDelete, quotes) : ''}
        confirmLabel="Delete source"
        onConfirm={() => confirmDelete && void deleteSource(confirmDelete)}
        onCancel={() => setConfirmDelete(null)}
      />
      <InsertQuoteDialog
        key={pickingQuote ? 'open' : 'closed'}
        open={pickingQuote}
        quotes={quotes}
        questionId={selectedQuestion?.id ?? null}
        questionName={selectedQuestion ? questionLabel(selectedQuestion) : null}
        citationOf={citationOf}
        onClose={() => setPickingQuote(false)}
        onInsert={(q) => {
          setPickingQuote(false);
          insertQuote(q);
        }}
      />
      <VersionsDialog
        open={showVersions}
        onClose={() => setShowVersions(false)}
        onRestore={(s) => void restoreVersion(s)}
      />
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
      <ResponseDetailsDialog
        key={editingDetails ? 'open' : 'closed'}
        open={editingDetails}
        details={project.info.details}
        onClose={() => setEditingDetails(false)}
        onSaved={(details: ResponseDetails) => {
          setProject((p) => (p ? { ...p, info: { ...p.info, name: details.name, details } } : p));
          setEditingDetails(false);
          document.title = `${details.name} – Consultation Workbench`;
          say('info', 'Saved the response details.');
        }}
      />
      <div
        className={`notice ${notice?.kind ?? ''}`}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        key={notice?.id}
      >
        {notice?.text}
        {notice?.action ? (
          <button type="button" className="notice-action" onClick={() => notice.action?.run()}>
            {notice.action.label}
          </button>
        ) : null}
      </div>
    </QuoteNavigationContext.Provider>
  );
}

/** Says what goes with a source, before it goes. */
function deleteMessage(source: SourceSummary, quotes: Quote[]): string {
  const taken = quotes.filter((q) => q.sourceId === source.id);
  const questions = new Set(taken.flatMap((q) => q.themeIds)).size;
  const what = taken.length
    ? ` Its ${taken.length} quote${taken.length === 1 ? '' : 's'}${questions ? `, filed under ${questions} question${questions === 1 ? '' : 's'},` : ''} will be deleted too; quotations already in the draft keep their words.`
    : '';
  return `“${source.title}” will be removed from this project.${what} You can undo this straight afterwards.`;
}

function sameEntries<K, V>(a: Map<K, V>, b: Map<K, V>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.has(k) && b.get(k) === v);
}
