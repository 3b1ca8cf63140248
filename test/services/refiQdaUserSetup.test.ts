import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { createProjectFromRefiQda } from '../../electron/services/refiQda/newProjectFromRefiQda.ts';
import type { SourceKind } from '../../shared/domain/sourceKinds.ts';
import { readRefiProject } from '../../shared/refiQda/readRefiXml.ts';
import { allQuestions, cleanUp, open, openSample, tempDir } from './helpers.ts';
import { schemaErrors, unzip, zipOf } from './refiQdaHelpers.ts';

afterEach(cleanUp);

async function kindsByTitle(project: ProjectServices) {
  return Object.fromEntries((await project.sources.list()).map((s) => [s.title, s.kind]));
}

async function answerTypesByNumber(project: ProjectServices) {
  return (await allQuestions(project)).map((q) => [q.number, q.answerType]);
}

/** The sample with kinds an import could not guess from the text, and every answer type. */
async function sampleAsTheUserSetItUp(): Promise<ProjectServices> {
  const { project } = await openSample();
  const sources = await project.sources.list();
  const kinds: SourceKind[] = ['web-page', 'slide-deck', 'speech', 'written-answer', 'press-release'];
  for (const [i, source] of sources.entries()) {
    const { id, length: _length, importedAt: _importedAt, ...metadata } = source;
    await project.sources.updateMetadata(id, { ...metadata, kind: kinds[i % kinds.length]! });
  }
  const questions = await allQuestions(project);
  await project.consultation.setAnswerType(questions[0]!.id, 'yes-no', null);
  await project.consultation.setAnswerType(questions[1]!.id, 'agree-scale', null);
  await project.consultation.setAnswerType(questions.at(-1)!.id, 'yes-no', null);
  return project;
}

describe('a .qdpx round trip keeps what the user set up', () => {
  it('keeps every source’s kind and every question’s answer type', async () => {
    const project = await sampleAsTheUserSetItUp();
    const types = await answerTypesByNumber(project);
    expect(new Set(types.map(([, type]) => type))).toEqual(new Set(['open', 'agree-scale', 'yes-no']));
    const path = join(tempDir(), 'Round trip.cwproj');

    const report = await createProjectFromRefiQda(path, await project.refiQda.buildProjectArchive());

    // The variable and sets that carry them are read, so nothing is reported as left out.
    expect(report.skipped).toEqual([]);
    const imported = open(path);
    expect(await kindsByTitle(imported)).toEqual(await kindsByTitle(project));
    expect(await answerTypesByNumber(imported)).toEqual(types);
  });

  it('carries them as a source variable and sets of codes, valid against the standard’s schema', async () => {
    const project = await sampleAsTheUserSetItUp();
    const xml = (await unzip((await project.refiQda.buildProjectArchive()).bytes)).get('project.qde')!;
    expect(await schemaErrors(xml, 'Project-mrt2019.xsd')).toEqual([]);
    expect(xml).toMatch(/<Variable guid="[^"]+" name="Source kind" typeOfVariable="Text">/);
    expect(xml).toContain('<TextValue>Web page</TextValue>');
    expect(xml).toMatch(/<Set guid="[^"]+" name="Answer type: agree\/disagree scale">/);
    expect(xml).toMatch(/<Set guid="[^"]+" name="Answer type: yes\/no with reasons">/);
    const read = readRefiProject('project.qde', xml);
    const yesNo = (await allQuestions(project)).filter((q) => q.answerType === 'yes-no');
    expect([...read.answerTypes.values()].filter((label) => label.startsWith('yes/no'))).toHaveLength(yesNo.length);
    expect(read.unsupported).toMatchObject({ variables: 0, sets: 0 });
  });
});

describe('a .qdc round trip keeps what the user set up', () => {
  it('keeps every question’s answer type, as sets of codes valid against the codebook schema', async () => {
    const project = await sampleAsTheUserSetItUp();
    const file = await project.refiQda.buildCodebook();
    const xml = new TextDecoder().decode(file.bytes);
    expect(await schemaErrors(xml, 'Codebook-mrt2019.xsd')).toEqual([]);
    expect(xml).toMatch(/<Set guid="[^"]+" name="Answer type: agree\/disagree scale">/);
    const path = join(tempDir(), 'From codebook.cwproj');

    await createProjectFromRefiQda(path, file);

    expect(await answerTypesByNumber(open(path))).toEqual(await answerTypesByNumber(project));
  });
});

// Another tool's project: a variable and a set of its own, no "Source kind" and no "Answer type: …" sets.
const FOREIGN = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Forum interviews" origin="MAXQDA 2022">
  <CodeBook><Codes>
    <Code guid="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a61" name="Waiting times" isCodable="true"/>
    <Code guid="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a62" name="Transport" isCodable="true"/>
  </Codes></CodeBook>
  <Variables><Variable guid="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a70" name="Interviewee" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="11111111-2222-3333-4444-555555555551" name="Minister's speech.txt">
      <PlainTextContent>Speech by the Minister to the conference. Thank you all for coming today.</PlainTextContent>
      <VariableValue><VariableRef targetGUID="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a70"/><TextValue>Web page</TextValue></VariableValue>
    </TextSource>
  </Sources>
  <Sets><Set guid="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a80" name="Important"><MemberCode targetGUID="6f1e4a52-0b1c-4d0e-9a8b-1c2d3e4f5a61"/></Set></Sets>
</Project>`;

describe('a .qdpx from another tool', () => {
  it('imports as before: kinds guessed from the text, questions open, its own variable and set reported', async () => {
    const path = join(tempDir(), 'Foreign.cwproj');
    const report = await createProjectFromRefiQda(path, {
      fileName: 'Forum.qdpx',
      bytes: await zipOf({ 'project.qde': FOREIGN }),
    });
    expect(report.skipped).toEqual([
      {
        item: '1 variable, 1 set',
        reason: 'the app has no cases, variables, sets, links or graphs to keep them in',
      },
    ]);
    // Another variable's value that happens to be a kind's name is not read as the kind.
    const read = readRefiProject('project.qde', FOREIGN);
    expect(read.sources.map((s) => s.kind !== 'unsupported' && s.sourceKind)).toEqual([null]);
    expect(read.answerTypes.size).toBe(0);
    const imported = open(path);
    expect(Object.values(await kindsByTitle(imported))).toEqual(['speech']);
    expect((await answerTypesByNumber(imported)).map(([, type]) => type)).toEqual(['open', 'open']);
  });
});
