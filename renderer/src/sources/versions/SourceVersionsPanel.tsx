import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Source } from '../../../../shared/domain/source.ts';
import type { ReviewDecision, ReviewItem, SourceVersionSummary } from '../../../../shared/domain/sourceVersion.ts';
import { formatLongDate } from '../../../../shared/citation.ts';
import { call, messageOf } from '../../api/workbench.ts';
import { ReviewQueue } from './ReviewQueue.tsx';
import { UpdateOffer } from './UpdateOffer.tsx';
import { updateSummary } from './updateSummary.ts';
import type { DiffPassage } from '../../../../shared/sources/versionDiff.ts';

type Action = { label: string; run: () => void };

type Props = {
  source: Source;
  /** Stores whatever was typed last, before a change that may rewrite the draft's quotation blocks. */
  flushDraft: () => Promise<void>;
  /** After a change: the source's text, the quotes and (when `draftChanged`) the draft are read again. */
  onChanged: (draftChanged: boolean) => Promise<void>;
  say: (kind: 'info' | 'error', text: string, action?: Action) => void;
  /** A file dropped on this source: asked about before it becomes the new version. */
  offer: File | null;
  /** The offer answered: `asNewSource` when the user wants the file imported as a source of its own instead. */
  onOfferSettled: (asNewSource: boolean) => void;
};

// Shown only after an update: loaded then, not with the first screen.
const VersionDiff = lazy(() => import('./VersionDiff.tsx').then((m) => ({ default: m.VersionDiff })));

const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf';

/** A source's versions: which is current, "Update from a new version…", and the quotes the update put to review. */
export function SourceVersionsPanel({ source, flushDraft, onChanged, say, offer, onOfferSettled }: Props) {
  const [versions, setVersions] = useState<SourceVersionSummary[]>([]);
  const [reviews, setReviews] = useState<ReviewItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<{
    fileName: string;
    bytes: Uint8Array<ArrayBuffer>;
    similarity: number;
  } | null>(null);
  const [diff, setDiff] = useState<{ from: number; to: number; passages: DiffPassage[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const updateButton = useRef<HTMLButtonElement>(null);

  const read = useCallback(
    () =>
      Promise.all([call('listSourceVersions', { id: source.id }), call('listQuoteReviews', { sourceId: source.id })]),
    [source.id],
  );
  const reload = useCallback(async () => {
    const [v, r] = await read();
    setVersions(v);
    setReviews(r);
    setDiff(null);
  }, [read]);

  const showChanges = useCallback(
    async (to: number) => {
      try {
        setDiff({ from: to - 1, to, passages: await call('diffSourceVersions', { id: source.id, from: to - 1, to }) });
      } catch (error) {
        say('error', messageOf(error));
      }
    },
    [say, source.id],
  );

  useEffect(() => {
    let live = true;
    read().then(
      ([v, r]) => {
        if (!live) return;
        setVersions(v);
        setReviews(r);
      },
      (error: unknown) => live && say('error', messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [read, source.currentVersion, say]);

  /** Runs one change with the draft stored first, then reads back what it changed. */
  const change = useCallback(
    async <T,>(run: () => Promise<T>, draftChanged: (result: T) => boolean): Promise<T | null> => {
      setBusy(true);
      try {
        await flushDraft();
        const result = await run();
        await onChanged(draftChanged(result));
        await reload();
        return result;
      } catch (error) {
        say('error', messageOf(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [flushDraft, onChanged, reload, say],
  );

  const update = useCallback(
    async (fileName: string, bytes: Uint8Array<ArrayBuffer>, force: boolean) => {
      const report = await change(
        () => call('updateSourceVersion', { id: source.id, fileName, bytes, force }),
        () => false,
      );
      if (!report) return;
      if (report.status === 'same')
        say('info', `No change: ${fileName} has the same text as version ${report.version}.`);
      else if (report.status === 'different-document')
        setConfirming({ fileName, bytes, similarity: report.similarity });
      else {
        setConfirming(null);
        say('info', updateSummary(report), {
          label: 'Undo update',
          run: () => {
            void change(
              () => call('undoSourceUpdate', { updateId: report.updateId }),
              (r) => r.draftChanged,
            ).then((r) => r && say('info', `Version ${r.version} is current again.`));
          },
        });
      }
    },
    [change, say, source.id],
  );

  const decide = (item: ReviewItem, decision: ReviewDecision) =>
    void change(
      () => call('decideQuoteReview', { updateId: item.updateId, quoteId: item.quoteId, decision }),
      (r) => r.draftChanged,
    );
  const undo = (item: ReviewItem) =>
    void change(
      () => call('undoQuoteReview', { updateId: item.updateId, quoteId: item.quoteId }),
      (r) => r.draftChanged,
    );

  const updateFrom = async (file: File) => {
    await update(file.name, new Uint8Array(await file.arrayBuffer()), false);
  };

  const current = versions.find((v) => v.current);
  return (
    <section className="source-versions" aria-label={`Versions of ${source.title}`}>
      <p className="source-version-line">
        {current && versions.length > 1
          ? `Version ${current.version} of ${versions.length}${current.dated ? `, updated ${formatLongDate(current.dated)}` : ''}`
          : 'Version 1'}{' '}
        {/* Not disabled while an update runs: the keyboard's focus stays here instead of falling to the page. */}
        <button
          ref={updateButton}
          type="button"
          className="link-button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) fileInput.current?.click();
          }}
        >
          Update from a new version…
        </button>
        {current && current.version > 1 ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={diff !== null}
            onClick={() => (diff ? setDiff(null) : void showChanges(current.version))}
          >
            {diff ? 'Hide changes' : 'Show what changed'}
          </button>
        ) : null}
        <input
          ref={fileInput}
          type="file"
          hidden
          accept={ACCEPTED_FILES}
          aria-label={`New version of ${source.title}`}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) await updateFrom(file);
          }}
        />
      </p>
      {offer ? (
        <UpdateOffer
          title={source.title}
          file={offer}
          busy={busy}
          onUpdate={() => {
            onOfferSettled(false);
            void updateFrom(offer);
          }}
          onImport={() => onOfferSettled(true)}
          onCancel={() => onOfferSettled(false)}
        />
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="different-document-text" className="notice warning">
          <p id="different-document-text">
            {confirming.fileName} has almost nothing in common with “{source.title}” (
            {Math.round(confirming.similarity * 100)}% of its wording). Is it really a new version of it?
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void update(confirming.fileName, confirming.bytes, true)}
          >
            Update anyway
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {diff ? (
        <Suspense fallback={null}>
          <VersionDiff passages={diff.passages} from={diff.from} to={diff.to} />
        </Suspense>
      ) : null}
      <ReviewQueue
        items={reviews}
        busy={busy}
        onDecide={decide}
        onUndo={undo}
        onDismissed={() => updateButton.current?.focus()}
      />
    </section>
  );
}
