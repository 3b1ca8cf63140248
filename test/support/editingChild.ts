// A child process that edits a project as fast as it can, printing one line per committed change, until killed.
// Used by the crash-safety test and soak: the parent kills it with SIGKILL and checks nothing acknowledged was lost.
import { openProject } from '../../electron/services/project/projectServices.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import type { SourceId } from '../../shared/ids.ts';
import { rng } from './seededRandom.ts';

const [projectPath, seedArg] = process.argv.slice(2);
const random = rng(Number(seedArg));

const project = openProject(projectPath!);
const consultation = await project.consultation.getConsultation();
const questions = consultation.chapters.flatMap((c) => c.questions);
const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id as SourceId)));
const draft = JSON.parse(initialDraftState(consultation)) as { root: { children: unknown[] } };
// Saved as autosave saves: every block first, then only the new block against the revision before it.
const { children: _children, ...rootFields } = draft.root;
const shell = JSON.stringify({ root: { children: [], ...rootFields } });
let revision: string | null = null;
const ack = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

for (let n = 0; ; n++) {
  const op = random();
  if (op < 0.45) {
    const source = sources[Math.floor(random() * sources.length)]!;
    const start = Math.floor(random() * (source.text.length - 60));
    const end = start + 10 + Math.floor(random() * 50);
    if (source.text.slice(start, end).trim() === '') continue;
    const questionIds = [questions[Math.floor(random() * questions.length)]!.id];
    const quote = await project.quotes.create({ sourceId: source.id, start, end, questionIds });
    ack({ op: 'quote', id: quote.id, sourceId: source.id, start, end, text: quote.fragments[0]!.text });
  } else if (op < 0.85) {
    const marker = `edit-${seedArg}-${n}`;
    const kept = draft.root.children.length;
    draft.root.children.push({
      type: 'paragraph',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text: marker, format: 0, detail: 0, mode: 'normal', style: '' }],
    });
    const blocks = draft.root.children.map((block) => JSON.stringify(block));
    const changes = revision === null ? blocks : [[0, kept] as [number, number], blocks.at(-1)!];
    ({ revision } = await project.drafts.saveChanges(revision, shell, changes));
    ack({ op: 'draft', marker });
  } else {
    const text = `Notes ${seedArg}-${n}: ${'families told us about waiting times. '.repeat(1 + Math.floor(random() * 20))}`;
    const id = await project.sources.importText(
      { title: `Notes ${n}`, author: null, publishedOn: null, url: null, kind: 'other' },
      text,
    );
    ack({ op: 'source', id, text });
  }
}
