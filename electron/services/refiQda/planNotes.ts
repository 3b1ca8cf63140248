import {
  normaliseGuid,
  type RefiProject,
  type RefiSelection,
  type RefiSource,
} from '../../../shared/refiQda/refiModel.ts';
import type { RefiUnsupportedCounts } from '../../../shared/refiQda/refiModel.ts';
import type { Skipped } from '../../../shared/refiQda/refiImportReport.ts';
import { readSourceText } from './readSourceText.ts';
import type { RefiArchive } from './refiArchive.ts';
import { titleOf } from './titleOf.ts';
import { countOf } from '../../../shared/text/plural.ts';

/**
 * Where other tools' notes (NVivo's memos and annotations, `<Notes>` and `<NoteRef>`) go, as the app has no notes of
 * its own: a note attached to a coded passage becomes part of that quote's comment, where the user reads it beside the
 * quote; every other note (on a source, a code, the project, or on its own) becomes a source of its own, titled
 * "Note: …", so its text can be read, searched and quoted, and its own coded passages become quotes.
 */
export function planNotes(
  archive: RefiArchive,
  fileName: string,
  project: RefiProject,
): { comments: Map<string, string>; asSources: RefiSource[]; skipped: Skipped[] } {
  const passages = [
    ...project.sources.flatMap((s) =>
      s.kind === 'text' ? s.selections : s.kind === 'pdf' ? (s.representation?.selections ?? []) : [],
    ),
    ...project.notes.flatMap((n) => n.selections),
  ];
  const onPassages = new Set(passages.flatMap((s) => s.noteGuids));
  const onSource = new Map<string, string>();
  for (const source of project.sources)
    if (source.kind !== 'unsupported')
      for (const guid of source.noteGuids) onSource.set(guid, titleOf(source.name) || source.name);

  const comments = new Map<string, string>();
  const asSources: RefiSource[] = [];
  const skipped: Skipped[] = [];
  for (const note of project.notes) {
    const name = note.name || 'Untitled note';
    if (onPassages.has(note.guid)) {
      const text = readSourceText(archive, fileName, name, note.text);
      if (typeof text !== 'string') skipped.push(text);
      else if (text.trim()) comments.set(note.guid, note.name ? `${note.name}: ${text.trim()}` : text.trim());
      if (note.selections.length)
        skipped.push({
          item: `${countOf(note.selections.length, 'coded passage')} in note "${name}"`,
          reason: 'the note became a comment on the quote it is attached to, and a comment has no passages',
        });
      continue;
    }
    const about = onSource.get(note.guid);
    asSources.push({
      kind: 'text',
      guid: note.guid,
      name: about ? `Note on “${about}”: ${name}` : `Note: ${name}`,
      description: '',
      text: note.text,
      selections: note.selections,
      sourceCodings: 0,
      noteGuids: [],
      sourceKind: null,
      details: {},
    });
  }
  const unknown = passages.flatMap((s) => s.noteGuids).filter((g) => !project.notes.some((n) => n.guid === g));
  if (unknown.length)
    skipped.push({
      item: `${countOf(unknown.length, 'reference')} to notes`,
      reason: 'the notes they point to are not in the file',
    });
  return { comments, asSources, skipped };
}

/** Passages with the notes attached to them added to their descriptions, which become the quotes' comments. */
export function withNotes(
  selections: readonly RefiSelection[],
  comments: ReadonlyMap<string, string>,
): RefiSelection[] {
  return selections.map((s) => {
    const notes = s.noteGuids.flatMap((g) => comments.get(normaliseGuid(g)) ?? []);
    return notes.length ? { ...s, description: [s.description, ...notes].filter(Boolean).join('\n\n') } : s;
  });
}

/** Cases, variables, sets, links and graphs: counted in the report rather than silently dropped. */
export function unsupportedParts(counts: RefiUnsupportedCounts): Skipped[] {
  const parts = [
    counts.cases && countOf(counts.cases, 'case'),
    counts.variables && countOf(counts.variables, 'variable'),
    counts.sets && countOf(counts.sets, 'set'),
    counts.links && countOf(counts.links, 'link'),
    counts.graphs && countOf(counts.graphs, 'graph'),
  ].filter((p): p is string => Boolean(p));
  return parts.length
    ? [{ item: parts.join(', '), reason: 'the app has no cases, variables, sets, links or graphs to keep them in' }]
    : [];
}
