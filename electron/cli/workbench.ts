import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { QuoteId, SourceId, QuestionId } from '../../shared/ids.ts';
import { parseTemplate } from '../../shared/templates/parseTemplate.ts';
import { SOURCE_KIND_LABELS } from '../../shared/domain/sourceKinds.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { signalFlags } from '../../shared/evidence/signals.ts';
import type { FormAnswer } from '../../shared/form/formAnswers.ts';
import type { Quote } from '../../shared/domain/quote.ts';
import { openProject, type ProjectServices } from '../services/project/projectServices.ts';
import { DEFAULT_TEMPLATE, createProjectFromTemplate } from '../services/project/newProject.ts';
import { templatesIn } from '../services/project/templateLibrary.ts';
import { createProjectFromRefiQda } from '../services/refiQda/newProjectFromRefiQda.ts';
import { countOf, plural } from '../../shared/text/plural.ts';
import { closingText } from '../../shared/readiness/closingText.ts';

const HELP = `workbench: Consultation Workbench from the command line (same project files as the app)

Usage:
  workbench new <project-file> [--template send-green-paper-2022]
  workbench new <project-file> --from <file.qdpx|file.qdc>
                                                  a project from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette (REFI-QDA):
                                                  codes become questions, text and PDF sources become sources, coded
                                                  passages quotes; prints what was made, then "skipped <what>\\t<why>" lines
  workbench import <project-file> <file>...      one line per file: "imported <id>\\t<title>" or "error <file>\\t<message>"
  workbench sources <project-file> [--json]
  workbench text <project-file> <source-id> [--version N]   prints the source's stored text exactly (the current
                                                  version, or an earlier one)
  workbench update <project-file> <source-id> <file> [--json] [--force]   makes the file the source's new version and
                                                  re-anchors every quote: one line per quote,
                                                  "<quote id>\t<unchanged|changed|gone>\t<start>-<end>" ("-" when gone);
                                                  a file with almost nothing in common needs --force
  workbench search <project-file> <query> [--json]
  workbench export <project-file> <out.docx|out.csv|out.qdpx|out.qdc> [--evidence-pack] [--citations footnotes|author-date] [--unanswered omit|mark]
                                                  the response (or evidence pack) as Word; a .csv name writes all quotes;
                                                  .qdpx the project and .qdc the questions for qualitative-analysis tools;
                                                  unanswered questions are left out, or with mark say "No response to this question."
  workbench questions <project-file> [--json]
  workbench quote <project-file> <source-id> --start N --end N [--question N]...   prints the new quote's id
  workbench quotes <project-file> [--question N] [--json]
  workbench suggest <project-file> <quote-id> [--json]   questions ranked by how well the quote fits them
  workbench template export|import <project-file> <file.json|file.csv>
  workbench form <project-file> [--json|--txt]     every answer as the online form gets it (the short version where
                                                  there is one), under its number and wording, with its words and
                                                  characters against the limits; --json: number, text, words,
                                                  characters, wordLimit, characterLimit, overLimit, status, evidence
                                                  signals, title and wordingVerified per question
  workbench answers import <project-file> <draft.docx|draft.md> [--overwrite]
                                                  puts each answer of a draft laid out by questions ("Question 5",
                                                  "Q5", "5." or the wording) under its question; an answer already
                                                  written stops the import unless --overwrite; the draft before is
                                                  kept as a version (exit 1 if nothing was imported)
  workbench check <project-file>                  verifies every quote against the version of its source it cites
                                                  (exit 1 on any mismatch)
  workbench check --readiness <project-file> [--json]   what to put right before sending, question by question,
                                                  and the days to the closing date (exit 1 if anything needs doing)

Exit status: 0 on success, 1 if anything failed, 2 for a usage mistake.`;

const COMMANDS = [
  'new',
  'import',
  'sources',
  'text',
  'update',
  'search',
  'check',
  'export',
  'questions',
  'quote',
  'quotes',
  'suggest',
  'template',
  'form',
  'answers',
];

type Io = { out: (s: string) => void; err: (s: string) => void };

class UsageError extends Error {}

/** resources/ beside the source tree or the built output, wherever this file runs from. */
function resourcesDir(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'templates'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error('Could not find the resources folder.');
  }
}

function openExisting(path: string): ProjectServices {
  if (!existsSync(path)) throw new UsageError(`No project at ${path}. Create one with: workbench new ${path}`);
  return openProject(path);
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        txt: { type: 'boolean' },
        overwrite: { type: 'boolean' },
        force: { type: 'boolean' },
        version: { type: 'string' },
        template: { type: 'string' },
        from: { type: 'string' },
        'evidence-pack': { type: 'boolean' },
        readiness: { type: 'boolean' },
        citations: { type: 'string' },
        unanswered: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        question: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, projectPath, ...rest] = positionals;
  if (values.help || !command) {
    io.out(HELP);
    return command || values.help ? 0 : 2;
  }
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!projectPath) throw new UsageError(`"${command}" needs a project file.`);
  const path = resolve(projectPath);

  switch (command) {
    case 'new': {
      if (existsSync(path)) throw new UsageError(`${path} already exists.`);
      if (values.from !== undefined) {
        if (values.template !== undefined) throw new UsageError('Use --template or --from, not both.');
        if (!/\.(qdpx|qdc)$/i.test(values.from)) throw new UsageError('--from takes a .qdpx or .qdc file.');
        if (!existsSync(values.from)) throw new UsageError(`No file at ${values.from}.`);
        const bytes = new Uint8Array(readFileSync(values.from));
        const report = await createProjectFromRefiQda(path, { fileName: basename(values.from), bytes });
        io.out(`created ${path}`);
        io.out(
          [
            countOf(report.chapters, 'chapter'),
            countOf(report.questions, 'question'),
            countOf(report.sources, 'source'),
            countOf(report.quotes, 'quote'),
          ].join(', '),
        );
        for (const s of report.skipped) io.out(`skipped ${s.item}\t${s.reason}`);
        return 0;
      }
      const template = values.template ?? DEFAULT_TEMPLATE;
      try {
        templatesIn(resourcesDir()).load(template);
      } catch {
        throw new UsageError(`No template called "${template}".`);
      }
      await createProjectFromTemplate(path, resourcesDir(), template);
      io.out(`created ${path}`);
      return 0;
    }
    case 'import': {
      if (rest.length === 0) throw new UsageError('Name at least one file to import.');
      const project = openExisting(path);
      let failed = 0;
      try {
        for (const file of rest) {
          try {
            const bytes = new Uint8Array(readFileSync(file));
            const { source } = await project.imports.importFile({ fileName: basename(file), bytes });
            io.out(`imported ${source.id}\t${source.title}`);
          } catch (error) {
            failed++;
            const message =
              error instanceof AppError
                ? error.message
                : error instanceof Error && 'code' in error && error.code === 'ENOENT'
                  ? 'No such file.'
                  : String(error);
            io.out(`error ${file}\t${message}`);
          }
        }
      } finally {
        project.close();
      }
      return failed ? 1 : 0;
    }
    case 'sources': {
      const project = openExisting(path);
      try {
        const sources = await project.sources.list();
        if (values.json) io.out(JSON.stringify(sources, null, 2));
        else
          for (const s of sources) io.out([s.id, SOURCE_KIND_LABELS[s.kind], s.publishedOn ?? '-', s.title].join('\t'));
        return 0;
      } finally {
        project.close();
      }
    }
    case 'text': {
      const id = Number(rest[0]);
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError('Give the source id as a whole number (see: workbench sources).');
      const version = values.version === undefined ? undefined : wholeNumber(values.version, '--version');
      const project = openExisting(path);
      try {
        process.stdout.write(await project.versions.text(id as SourceId, version));
        return 0;
      } finally {
        project.close();
      }
    }
    case 'update': {
      const sourceId = wholeNumber(rest[0], 'the source id') as SourceId;
      const file = rest[1];
      if (!file) throw new UsageError('Name the file holding the new version.');
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch {
        throw new UsageError(`Could not read ${file}.`);
      }
      const project = openExisting(path);
      try {
        const { doc, format } = await project.imports.extract({ fileName: basename(file), bytes });
        const report = await project.versions.update({
          sourceId,
          doc,
          format,
          fileName: basename(file),
          force: values.force ?? false,
        });
        if (report.status === 'different-document') {
          io.err(
            `workbench: ${basename(file)} has almost nothing in common with source ${sourceId} (${Math.round(report.similarity * 100)}% of its text); nothing was changed. Run again with --force if it really is the new version.`,
          );
          return 1;
        }
        if (report.status === 'same') {
          if (values.json) io.out('[]');
          io.err(`No change: ${basename(file)} has the same text as version ${report.version}.`);
          return 0;
        }
        if (values.json)
          io.out(
            JSON.stringify(report.quotes.map(({ quote, outcome, start, end }) => ({ quote, outcome, start, end }))),
          );
        else
          for (const q of report.quotes)
            io.out(`${q.quote}\t${q.outcome}\t${q.start === null ? '-' : `${q.start}-${q.end}`}`);
        return 0;
      } finally {
        project.close();
      }
    }
    case 'search': {
      const query = rest.join(' ');
      if (!query.trim()) throw new UsageError('Give something to search for.');
      const project = openExisting(path);
      try {
        const hits = await project.search.search({ query });
        if (values.json) {
          io.out(
            JSON.stringify(
              hits.map((h) => ({
                sourceId: h.sourceId,
                title: h.title,
                start: h.hitStart,
                end: h.hitEnd,
                snippet: h.snippet.map((p) => p.text).join(''),
              })),
              null,
              2,
            ),
          );
        } else {
          for (const h of hits)
            io.out(
              `${h.sourceId}\t${h.title}\t${h.hitStart ?? '-'}-${h.hitEnd ?? '-'}\t${h.snippet
                .map((p) => (p.hit ? `[${p.text}]` : p.text))
                .join('')
                .replace(/\s+/g, ' ')}`,
            );
        }
        return 0;
      } finally {
        project.close();
      }
    }
    case 'export': {
      const out = rest[0];
      if (!out) throw new UsageError('Name the file to write, e.g. response.docx.');
      const citations = values.citations;
      if (citations !== undefined && citations !== 'footnotes' && citations !== 'author-date') {
        throw new UsageError('--citations is footnotes or author-date.');
      }
      const unanswered = values.unanswered;
      if (unanswered !== undefined && unanswered !== 'omit' && unanswered !== 'mark')
        throw new UsageError('--unanswered is omit or mark.');
      const project = openExisting(path);
      try {
        const extension = out.toLowerCase().split('.').pop();
        const file =
          extension === 'qdpx'
            ? await project.refiQda.buildProjectArchive()
            : extension === 'qdc'
              ? await project.refiQda.buildCodebook()
              : extension === 'csv'
                ? await project.export.buildQuotesCsv()
                : values['evidence-pack']
                  ? await project.export.buildEvidencePack()
                  : await project.export.buildDocx({
                      ...(citations ? { citationStyle: citations } : {}),
                      ...(unanswered ? { unanswered } : {}),
                    });
        writeFileSync(resolve(out), file.bytes);
        io.out(`wrote ${resolve(out)}`);
        return 0;
      } finally {
        project.close();
      }
    }
    case 'questions': {
      const project = openExisting(path);
      try {
        const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
        if (values.json)
          io.out(
            JSON.stringify(
              questions.map((q) => ({
                id: q.id,
                number: q.number,
                text: q.title,
                verified: q.verified,
                answerType: q.answerType,
                quotes: q.quoteCount,
              })),
              null,
              2,
            ),
          );
        else
          for (const q of questions)
            io.out(`${q.number}\t${countOf(q.quoteCount, 'quote')}\t${q.title}${q.verified ? '' : ' (topic label)'}`);
        return 0;
      } finally {
        project.close();
      }
    }
    case 'quote': {
      const sourceId = wholeNumber(rest[0], 'the source id');
      const start = wholeNumber(values.start, '--start', true);
      const end = wholeNumber(values.end, '--end');
      const project = openExisting(path);
      try {
        const filedUnder = await questionIds(project, values.question ?? []);
        const quote = await project.quotes.create({
          sourceId: sourceId as SourceId,
          start,
          end,
          questionIds: filedUnder,
        });
        io.out(String(quote.id));
        return 0;
      } finally {
        project.close();
      }
    }
    case 'quotes': {
      const project = openExisting(path);
      try {
        const [questionId] = values.question ? await questionIds(project, values.question.slice(0, 1)) : [];
        const quotes = await project.quotes.list(questionId ? { questionId } : {});
        if (values.json) io.out(JSON.stringify(quotes.map(quoteJson), null, 2));
        else
          for (const q of quotes)
            io.out(
              `${q.id}\tsource ${q.sourceId}\t${q.fragments
                .map((f) => f.text)
                .join(' [...] ')
                .replace(/\s+/g, ' ')}`,
            );
        return 0;
      } finally {
        project.close();
      }
    }
    case 'suggest': {
      const quoteId = wholeNumber(rest[0], 'the quote id');
      const project = openExisting(path);
      try {
        const [quote] = await project.quotes.list({ ids: [quoteId as QuoteId] });
        if (!quote) throw new AppError('not-found', `There is no quote ${quoteId} in this project.`);
        const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
        const ranked = (await project.suggestions.forText(quote.fragments.map((f) => f.text).join(' '), 22)).map(
          (r) => ({
            ...r,
            question: questions.find((q) => q.id === r.questionId),
          }),
        );
        if (values.json)
          io.out(
            JSON.stringify(
              ranked.map((r) => ({ number: r.question?.number, score: r.score, text: r.question?.title })),
              null,
              2,
            ),
          );
        else for (const r of ranked) io.out(`${r.question?.number}\t${r.score.toFixed(2)}\t${r.question?.title}`);
        return 0;
      } finally {
        project.close();
      }
    }
    case 'template': {
      const action = projectPath;
      const [projectFile, file] = rest;
      if ((action !== 'export' && action !== 'import') || !projectFile || !file) {
        throw new UsageError('Use: workbench template export|import <project-file> <file.json|file.csv>');
      }
      const project = openExisting(resolve(projectFile));
      try {
        const csv = file.toLowerCase().endsWith('.csv');
        if (action === 'export') {
          writeFileSync(resolve(file), (await project.export.buildConsultationFile(csv ? 'csv' : 'json')).bytes);
          io.out(`wrote ${resolve(file)}`);
        } else {
          const text = readFileSync(resolve(file), 'utf8');
          const template = parseTemplate(basename(file), text, (await project.consultation.getConsultation()).title);
          await project.consultation.replaceWithTemplate(template);
          io.out(`imported ${countOf(template.questions.length, 'question')}`);
        }
        return 0;
      } finally {
        project.close();
      }
    }
    case 'answers': {
      const [projectFile, file] = rest;
      if (projectPath !== 'import' || !projectFile || !file)
        throw new UsageError('Use: workbench answers import <project-file> <draft.docx|draft.md> [--overwrite]');
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(resolve(file)));
      } catch {
        throw new UsageError(`No such file: ${file}`);
      }
      const project = openExisting(resolve(projectFile));
      try {
        const report = await project.draftImport.importDraft(
          { fileName: basename(file), bytes },
          { overwrite: values.overwrite ?? false },
        );
        for (const q of report.matched) io.out(`${report.imported ? 'imported' : 'matched'}\t${q}`);
        for (const q of report.conflicts)
          io.out(`conflict\t${q}\talready has an answer (use --overwrite to replace it)`);
        for (const u of report.unmatched) io.out(`unmatched\t${u.summary}`);
        io.out(
          report.imported
            ? `Imported ${countOf(report.matched.length, 'answer')}. The draft before is kept as "${report.keptAs?.name}".`
            : 'Nothing was imported; the draft is unchanged.',
        );
        return report.imported ? 0 : 1;
      } finally {
        project.close();
      }
    }
    case 'form': {
      if (values.json && values.txt) throw new UsageError('Choose one of --json and --txt.');
      const project = openExisting(path);
      try {
        const answers = await project.form.answers();
        if (values.json) io.out(JSON.stringify(answers.map(formJson), null, 2));
        else io.out(answers.map(formTxt).join('\n\n'));
        return 0;
      } finally {
        project.close();
      }
    }
    case 'check': {
      const project = openExisting(path);
      if (values.readiness) {
        try {
          const readiness = await project.readiness.check();
          if (values.json)
            io.out(
              JSON.stringify(
                {
                  problems: readiness.problems.map(({ question, problem }) => ({ question, problem })),
                  closingDate: readiness.closingDate,
                  daysLeft: readiness.daysLeft,
                  answers: readiness.answers,
                },
                null,
                2,
              ),
            );
          else {
            for (const p of readiness.problems)
              io.out(
                `${p.question === null ? 'response' : `question ${p.question}`}\t${p.problem}${p.detail ? `\t${p.detail}` : ''}`,
              );
            io.out(closingText(readiness.closingDate, readiness.daysLeft));
          }
          return readiness.problems.length ? 1 : 0;
        } finally {
          project.close();
        }
      }
      try {
        const quotes = await project.quotes.list({});
        const mismatches = await project.quotes.check();
        for (const m of mismatches) {
          io.out(
            `mismatch quote ${m.quoteId} (source ${m.sourceId} version ${m.version}, fragment ${m.fragment + 1}): stored "${m.stored}" but the source says "${m.inSource}"`,
          );
        }
        io.out(
          mismatches.length
            ? `${countOf(mismatches.length, 'quote fragment')} ${plural(mismatches.length, 'does', 'do')} not match ${plural(mismatches.length, 'its', 'their')} source.`
            : quotes.length === 1
              ? 'The quote matches its source.'
              : `All ${quotes.length} quotes match their sources.`,
        );
        return mismatches.length ? 1 : 0;
      } finally {
        project.close();
      }
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/** A quote as `quotes --json` has always printed it: its questions under their older name, `themeIds`. */
function quoteJson(quote: Quote) {
  return Object.fromEntries(
    Object.entries(quote).map(([key, value]) => [key === 'questionIds' ? 'themeIds' : key, value]),
  );
}

/** One question's box as `workbench form --json` gives it; fields added later come last, so older readers still work. */
function formJson(a: FormAnswer) {
  return {
    number: a.number,
    text: a.text,
    words: a.words,
    characters: a.characters,
    wordLimit: a.wordLimit,
    characterLimit: a.characterLimit,
    overLimit: a.overLimit,
    status: a.status,
    signals: signalFlags(a.signals),
    title: a.title,
    wordingVerified: a.verified,
  };
}

/**
 * One question's box as text: a line saying which question and its counts, a line with its wording (or only its topic
 * while the wording has not been checked against the consultation), then exactly what to paste.
 */
function formTxt(a: FormAnswer): string {
  const limits = [
    a.wordLimit === null ? countOf(a.words, 'word') : `${a.words} of ${countOf(a.wordLimit, 'word')}`,
    a.characterLimit === null
      ? countOf(a.characters, 'character')
      : `${a.characters} of ${countOf(a.characterLimit, 'character')}`,
  ];
  const notes = [a.status, ...(a.shortVersion ? ['short version'] : []), ...(a.overLimit ? ['OVER LIMIT'] : [])];
  const wording = a.verified ? `Wording: ${a.title}` : `Topic (wording not checked): ${a.title}`;
  return `== ${a.number === null ? 'Question' : `Question ${a.number}`} (${limits.join(', ')}; ${notes.join(', ')})\n${wording}\n${a.text}`;
}

function wholeNumber(value: string | undefined, what: string, zeroAllowed = false): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < (zeroAllowed ? 0 : 1))
    throw new UsageError(`Give ${what} as a whole number.`);
  return n;
}

/** Question numbers as the user types them ("5") to the project's question ids. */
async function questionIds(project: ProjectServices, numbers: readonly string[]): Promise<QuestionId[]> {
  const questions = (await project.consultation.getConsultation()).chapters.flatMap((c) => c.questions);
  return numbers.map((n) => {
    const q = questions.find((x) => String(x.number) === n.trim());
    if (!q) throw new UsageError(`There is no question ${n} in this consultation (see: workbench questions).`);
    return q.id;
  });
}

export async function main(
  argv: string[],
  io: Io = { out: (s) => console.log(s), err: (s) => console.error(s) },
): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`workbench: ${error.message}\nRun "workbench --help" for usage.`);
      return 2;
    }
    io.err(`workbench: ${error instanceof AppError ? error.message : String(error)}`);
    return 1;
  }
}
