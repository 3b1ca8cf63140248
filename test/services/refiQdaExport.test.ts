import { afterEach, describe, expect, it } from 'vitest';
import { quoteText } from '../../shared/domain/quoteText.ts';
import { readRefiCodebook, readRefiProject } from '../../shared/refiQda/readRefiXml.ts';
import { allQuestions, cleanUp, openSample } from './helpers.ts';
import { ASTRAL_TEXT, addRefiQuotes, schemaErrors, unzip } from './refiQdaHelpers.ts';

afterEach(cleanUp);

describe('REFI-QDA codebook export (.qdc)', () => {
  it('validates against Codebook-mrt2019.xsd, chapters as parent codes and questions as codes with their wording', async () => {
    const { project } = await openSample();
    const file = await project.refiQda.buildCodebook();
    expect(file.fileName).toMatch(/\.qdc$/);
    const xml = new TextDecoder().decode(file.bytes);
    expect(await schemaErrors(xml, 'Codebook-mrt2019.xsd')).toEqual([]);

    const consultation = await project.consultation.getConsultation();
    const codebook = readRefiCodebook(file.fileName, xml);
    const numbered = consultation.chapters.filter((c) => c.number !== null);
    const closing = consultation.chapters.filter((c) => c.number === null).flatMap((c) => c.questions);
    expect(codebook.codes.map((c) => c.name)).toEqual([
      ...numbered.map((c) => c.title),
      // A question whose wording is only a topic label is named as such.
      ...closing.map((q) =>
        expect.stringMatching(new RegExp(`^Q${q.number}${q.verified ? '' : ' \\(topic label\\)'}: `)),
      ),
    ]);
    expect(codebook.codes.slice(0, numbered.length).every((c) => !c.isCodable)).toBe(true);
    const described = codebook.codes.flatMap((c) => (c.children.length ? c.children : [c])).filter((c) => c.isCodable);
    expect(described.map((c) => c.description)).toEqual((await allQuestions(project)).map((q) => q.title));
  });
});

describe('REFI-QDA project export (.qdpx)', () => {
  it('validates against Project-mrt2019.xsd, with every source as a text file and every fragment a selection', async () => {
    const { project } = await openSample();
    const sourceId = await addRefiQuotes(project);
    const file = await project.refiQda.buildProjectArchive();
    const files = await unzip(file.bytes);
    const xml = files.get('project.qde')!;
    expect(await schemaErrors(xml, 'Project-mrt2019.xsd')).toEqual([]);

    const read = readRefiProject('project.qde', xml);
    const sources = await project.sources.list();
    expect(read.sources).toHaveLength(sources.length);
    for (const s of read.sources) {
      if (s.kind !== 'text' || !s.text || !('path' in s.text)) throw new Error('expected a text source in a file');
      const stored = sources.find((x) => x.title === s.name)!;
      expect(files.get(`sources/${s.text.path.replace('internal://', '')}`)).toBe(
        (await project.sources.get(stored.id)).text,
      );
    }

    // Positions count code points: the emoji before the passage counts once, not twice.
    const forum = read.sources.find((s) => s.name === 'Forum notes 😀')!;
    if (forum.kind !== 'text') throw new Error('expected a text source');
    const codePoints = (offset: number) => [...ASTRAL_TEXT.slice(0, offset)].length;
    const quotes = await project.quotes.list({ sourceId });
    const expected = quotes.flatMap((q) => q.fragments.map((f) => [codePoints(f.start), codePoints(f.end)]));
    expect(forum.selections.map((s) => [s.start, s.end])).toEqual(expected);
    expect(forum.selections[0]!.start).toBe(ASTRAL_TEXT.indexOf('Waiting') - 1);
    const waiting = forum.selections[0]!;
    expect(waiting.description).toBe('Said by three parents & a SENCo <in March>.');
    expect(waiting.codeGuids).toHaveLength(2);
    expect(forum.selections.at(-1)!.codeGuids).toEqual([]);
    expect(quoteText(quotes[1]!)).toContain('[...]');
    expect(forum.selections.filter((s) => s.name.startsWith(`[quote ${quotes[1]!.id}, part`))).toHaveLength(2);
  });

  it('gives the same GUIDs every time the same project is exported', async () => {
    const { project } = await openSample();
    await addRefiQuotes(project);
    const guids = async () => {
      const xml = (await unzip((await project.refiQda.buildProjectArchive()).bytes)).get('project.qde')!;
      return [...xml.matchAll(/(?:guid|GUID)="([^"]+)"/g)].map((m) => m[1]);
    };
    const first = await guids();
    expect(first.length).toBeGreaterThan(30);
    expect(await guids()).toEqual(first);
    expect(new Set(first.filter((_, i) => i > 0)).size).toBeGreaterThan(25);
  });

  it('is checked by the schema for real: a selection without its positions is refused', async () => {
    const { project } = await openSample();
    await addRefiQuotes(project);
    const xml = (await unzip((await project.refiQda.buildProjectArchive()).bytes)).get('project.qde')!;
    const broken = xml.replace(/ startPosition="\d+"/, '');
    expect(await schemaErrors(broken, 'Project-mrt2019.xsd')).not.toEqual([]);
  });
});
