import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { createProjectFromRefiQda } from '../../electron/services/refiQda/newProjectFromRefiQda.ts';
import { cleanUp, open, openSample, tempDir } from './helpers.ts';
import { schemaErrors, unzip, zipOf } from './refiQdaHelpers.ts';

afterEach(cleanUp);

/** Each source's details, by its text (ids differ between the two projects). */
async function details(project: ProjectServices) {
  const sources = await Promise.all((await project.sources.list()).map((s) => project.sources.get(s.id)));
  return new Map(
    sources.map((s) => [
      s.text,
      { title: s.title, author: s.author, publishedOn: s.publishedOn, url: s.url, kind: s.kind },
    ]),
  );
}

describe('REFI-QDA keeps each source’s details', () => {
  it('a round trip keeps every source’s title, author, date, web address and kind exactly', async () => {
    const { project } = await openSample();
    // Details the text would guess differently: no author where the text names a minister, a title like a file
    // name, a date and address only the user knows.
    const sources = await project.sources.list();
    const [first, second] = sources;
    await project.sources.updateMetadata(first!.id, {
      title: 'report-final.pdf',
      author: null,
      publishedOn: null,
      url: null,
      kind: 'speech',
    });
    await project.sources.updateMetadata(second!.id, {
      title: 'Minutes  of the forum: March',
      author: 'Parent Carer Forum & friends <Anytown>',
      publishedOn: '2019-02-28',
      url: 'https://example.org/minutes?id=3&lang=en',
      kind: 'other',
    });
    await project.sources.importText(
      { title: 'Written answer', author: null, publishedOn: null, url: null, kind: 'written-answer' },
      'Answered on 3 March 2024\nAnswered by\nA Minister\nThe Department is reviewing provision.',
    );
    const before = await details(project);

    const path = join(tempDir(), 'Round trip.cwproj');
    await createProjectFromRefiQda(path, await project.refiQda.buildProjectArchive());
    const after = await details(open(path));

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [text, source] of before) expect(after.get(text), source.title).toEqual(source);
  });

  it('another tool’s file without those variables still gets details guessed from the text', async () => {
    const text = 'Answered on 3 March 2024\nAnswered by\nA Minister\nThe Department is reviewing provision.';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="QualCoder 3.5">
  <Sources>
    <TextSource guid="11111111-1111-4111-8111-111111111111" name="answer.txt" plainTextPath="internal://a.txt"/>
  </Sources>
</Project>`;
    const path = join(tempDir(), 'Other.cwproj');
    await createProjectFromRefiQda(path, {
      fileName: 'other.qdpx',
      bytes: await zipOf({ 'project.qde': qde, 'sources/a.txt': text }),
    });
    const [source] = await open(path).sources.list();
    expect(source).toMatchObject({ title: 'answer', author: 'A Minister', publishedOn: '2024-03-03' });
  });

  it('another tool’s "Author" and "Date published" variables are read as the source’s, and not reported as left out', async () => {
    const text = 'Answered on 3 March 2024\nAnswered by\nA Minister\nThe Department is reviewing provision.';
    const variable = (guid: string, name: string) => `<Variable guid="${guid}" name="${name}" typeOfVariable="Text"/>`;
    const value = (guid: string, text: string) =>
      `<VariableValue><VariableRef targetGUID="${guid}"/><TextValue>${text}</TextValue></VariableValue>`;
    const author = '22222222-2222-4222-8222-222222222222';
    const date = '33333333-3333-4333-8333-333333333333';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="NVivo 14">
  <Variables>${variable(author, 'Author')}${variable(date, 'Date published')}</Variables>
  <Sources>
    <TextSource guid="11111111-1111-4111-8111-111111111111" name="answer.txt" plainTextPath="internal://a.txt">
      ${value(author, 'Department for Education')}${value(date, 'not a date')}
    </TextSource>
  </Sources>
</Project>`;
    const path = join(tempDir(), 'Other.cwproj');
    const report = await createProjectFromRefiQda(path, {
      fileName: 'other.qdpx',
      bytes: await zipOf({ 'project.qde': qde, 'sources/a.txt': text }),
    });
    expect(report.skipped).toEqual([]);
    const [source] = await open(path).sources.list();
    // A value that is not a date leaves the date the text gives.
    expect(source).toMatchObject({ title: 'answer', author: 'Department for Education', publishedOn: '2024-03-03' });
  });

  it('the date published goes out as a Date variable other tools can sort by, and the file still validates', async () => {
    const { project } = await openSample();
    const [first] = await project.sources.list();
    await project.sources.updateMetadata(first!.id, { ...first!, publishedOn: '2019-02-28' });
    const files = await unzip((await project.refiQda.buildProjectArchive()).bytes);
    const xml = files.get('project.qde')!;
    expect(xml).toMatch(/<Variable guid="[^"]+" name="Date published" typeOfVariable="Date">/);
    expect(xml).toContain('<DateValue>2019-02-28</DateValue>');
    expect(await schemaErrors(xml, 'Project-mrt2019.xsd')).toEqual([]);
  });

  it('another tool’s date and date-and-time values are read as the date published', async () => {
    const text = 'Notes from the forum.';
    const date = '33333333-3333-4333-8333-333333333333';
    const source = (guid: string, file: string, value: string) =>
      `<TextSource guid="${guid}" name="${file}" plainTextPath="internal://${file}">` +
      `<VariableValue><VariableRef targetGUID="${date}"/>${value}</VariableValue></TextSource>`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="ATLAS.ti 24">
  <Variables><Variable guid="${date}" name="Date published" typeOfVariable="Date"/></Variables>
  <Sources>
    ${source('11111111-1111-4111-8111-111111111111', 'a.txt', '<DateValue>2021-11-05</DateValue>')}
    ${source('44444444-4444-4444-8444-444444444444', 'b.txt', '<DateTimeValue>2020-06-30T09:15:00Z</DateTimeValue>')}
  </Sources>
</Project>`;
    const path = join(tempDir(), 'Other.cwproj');
    await createProjectFromRefiQda(path, {
      fileName: 'other.qdpx',
      bytes: await zipOf({ 'project.qde': qde, 'sources/a.txt': text, 'sources/b.txt': `${text} Later.` }),
    });
    const dates = Object.fromEntries((await open(path).sources.list()).map((s) => [s.title, s.publishedOn]));
    expect(dates).toEqual({ a: '2021-11-05', b: '2020-06-30' });
  });
});
