// A generated project made the way a writer's would be for the opening measurement: the sample's consultation (its
// questions) and `quotes` quotes spread over the sources, each filed under a question. Added once to the generated
// file (the scale measurement's own unfiled quotes, if it ran first, count towards the total and get filed too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionId, SourceId } from '../../shared/ids.ts';
import { openProject } from '../../electron/services/project/projectServices.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import { rng } from './corpus.ts';

export async function fileQuotesIn(path: string, quotes: number, resourcesDir = 'resources'): Promise<void> {
  const project = openProject(path);
  try {
    let tree = await project.consultation.getConsultation();
    if (tree.chapters.every((c) => c.questions.length === 0)) {
      const manifest = JSON.parse(readFileSync(join(resourcesDir, 'sample', 'manifest.json'), 'utf8')) as {
        template: string;
      };
      await project.consultation.loadTemplate(templatesIn(resourcesDir).load(manifest.template));
      tree = await project.consultation.getConsultation();
    }
    const questions = tree.chapters.flatMap((c) => c.questions.map((q) => q.id as QuestionId));
    const random = rng(17);
    const question = () => [questions[Math.floor(random() * questions.length)]!];
    const count = () => (project.db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n;
    const sources = await project.sources.list();
    for (let i = count(); i < quotes; i++) {
      const source = sources[Math.floor(random() * sources.length)]!;
      const start = Math.floor(random() * Math.max(1, source.length - 300));
      await project.quotes.create({
        sourceId: source.id as SourceId,
        start,
        end: start + 200,
        questionIds: question(),
      });
    }
    const unfiled = project.db
      .prepare('SELECT id FROM quotes WHERE id NOT IN (SELECT quote_id FROM quote_themes)')
      .all() as { id: number }[];
    const file = project.db.prepare('INSERT INTO quote_themes (quote_id, theme_id) VALUES (?, ?)');
    project.db.transaction(() => unfiled.forEach(({ id }) => file.run(id, question()[0])))();
  } finally {
    project.close();
  }
}
