import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cliHarness.ts';
import { dispatch } from '../../electron/services/api/dispatch.ts';
import { createHandlers, type AppHost } from '../../electron/services/api/handlers.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';
import type { ExportResult, NewProjectFromRefiQdaResult } from '../../shared/ipc/contract.ts';
import { cleanUp, open, openSample, tempDir } from './helpers.ts';
import { addRefiQuotes, schemaErrors, unzip } from './refiQdaHelpers.ts';

afterEach(cleanUp);

describe('workbench export and new --from (REFI-QDA)', () => {
  it('exports a .qdpx and a .qdc by their extension, and makes new projects from them', async () => {
    const { project, path } = await openSample();
    await addRefiQuotes(project);
    const quotes = (await project.quotes.list({})).length;
    const chapters = (await project.consultation.getConsultation()).chapters.length;
    project.close();
    const dir = tempDir();

    const qdpx = join(dir, 'For NVivo.qdpx');
    expect(await cli('export', path, qdpx)).toMatchObject({ code: 0, out: [`wrote ${qdpx}`] });
    const files = await unzip(new Uint8Array(readFileSync(qdpx)));
    expect(await schemaErrors(files.get('project.qde')!, 'Project-mrt2019.xsd')).toEqual([]);

    const qdc = join(dir, 'Questions.qdc');
    expect(await cli('export', path, qdc)).toMatchObject({ code: 0, out: [`wrote ${qdc}`] });
    expect(await schemaErrors(readFileSync(qdc, 'utf8'), 'Codebook-mrt2019.xsd')).toEqual([]);

    const fromProject = join(dir, 'From NVivo.cwproj');
    const made = await cli('new', fromProject, '--from', qdpx);
    expect(made.code, made.stderr).toBe(0);
    expect(made.out).toEqual([
      `created ${fromProject}`,
      `${chapters} chapters, 22 questions, 6 sources, ${quotes} quotes`,
    ]);
    expect(await open(fromProject).quotes.list({})).toHaveLength(quotes);

    const fromCodebook = join(dir, 'From codebook.cwproj');
    const fromQdc = await cli('new', fromCodebook, '--from', qdc);
    expect(fromQdc.out).toEqual([`created ${fromCodebook}`, `${chapters} chapters, 22 questions, 0 sources, 0 quotes`]);
  });

  it('says what was refused, exits 1 and leaves no project file; usage mistakes exit 2', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.qdpx');
    writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const target = join(dir, 'New.cwproj');
    const refused = await cli('new', target, '--from', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/"bad.qdpx" was not imported: it is damaged or is not a REFI-QDA project/);
    expect(readdirSync(dir)).toEqual(['bad.qdpx']);

    expect((await cli('new', target, '--from', bad, '--template', 'blank')).code).toBe(2);
    expect((await cli('new', target, '--from', join(dir, 'notes.txt'))).code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});

describe('the REFI-QDA IPC channels', () => {
  function host(newPath: string | null): AppHost & { delivered: string[] } {
    const delivered: string[] = [];
    return {
      delivered,
      templates: templatesIn('resources'),
      deliverFile: async (file): Promise<ExportResult> => {
        delivered.push(file.fileName);
        return { status: 'saved', path: `/exports/${file.fileName}` };
      },
      chooseNewProjectPath: async () => newPath,
    };
  }

  it('exportRefiQda delivers a .qdpx or a .qdc; newProjectFromRefiQda builds where the user chose, or nothing', async () => {
    const { project } = await openSample();
    const target = join(tempDir(), 'Chosen.cwproj');
    const recording = host(target);
    const handlers = createHandlers(project, recording);
    expect(await dispatch(handlers, 'exportRefiQda', { format: 'qdpx' })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'exportRefiQda', { format: 'qdc' })).toMatchObject({ ok: true });
    expect(recording.delivered).toEqual([
      'SEND Green Paper 2022 response.qdpx',
      'SEND Review Right support, Right place, Right time.qdc',
    ]);
    expect(await dispatch(handlers, 'exportRefiQda', { format: 'nvp' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });

    const bytes = (await project.refiQda.buildCodebook()).bytes;
    const created = await dispatch(handlers, 'newProjectFromRefiQda', { fileName: 'Questions.qdc', bytes });
    expect(created).toMatchObject({ ok: true, value: { status: 'created', path: target, report: { questions: 22 } } });
    expect(existsSync(target)).toBe(true);

    const cancelled = await dispatch(createHandlers(project, host(null)), 'newProjectFromRefiQda', {
      fileName: 'Questions.qdc',
      bytes,
    });
    expect(cancelled).toEqual({ ok: true, value: { status: 'cancelled' } satisfies NewProjectFromRefiQdaResult });
    const { chooseNewProjectPath: _, ...withoutDialog } = host(null);
    expect(
      await dispatch(createHandlers(project, withoutDialog), 'newProjectFromRefiQda', { fileName: 'Q.qdc', bytes }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('replaceConsultation takes a .qdc as the questions to start from, as it takes JSON and CSV', async () => {
    const { project } = await openSample();
    const codebook = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 24">
  <Codes>
    <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Access" isCodable="false">
      <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98343" name="Waiting times" isCodable="true"><Description>How long families wait</Description></Code>
      <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98344" name="Transport" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>`;
    const handlers = createHandlers(project, host(null));
    const replaced = await dispatch(handlers, 'replaceConsultation', {
      origin: { kind: 'file', fileName: 'Forum codes.qdc', text: codebook },
    });
    expect(replaced).toMatchObject({ ok: true });
    const consultation = await project.consultation.getConsultation();
    expect(consultation.chapters.map((c) => [c.title, c.questions.map((q) => [q.title, q.verified])])).toEqual([
      [
        'Access',
        [
          ['Waiting times', false],
          ['Transport', false],
        ],
      ],
    ]);
  });
});
