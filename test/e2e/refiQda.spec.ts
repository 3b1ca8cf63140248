import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openProject } from '../../electron/services/project/projectServices.ts';
import type { NewProjectFromRefiQdaResult } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import { readRefiProject } from '../../shared/refiQda/readRefiXml.ts';
import { unzip } from '../services/refiQdaHelpers.ts';
import { test, expect } from './fixtures.ts';

const CODEBOOK = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 24">
  <Codes>
    <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Access" isCodable="false">
      <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98343" name="Waiting times" isCodable="true"/>
      <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98344" name="Transport" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>`;

test('export the project for NVivo, ATLAS.ti or MAXQDA, and bring it back as a new project', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'More actions' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export for NVivo, ATLAS.ti or MAXQDA (REFI-QDA .qdpx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
  const bytes = readFileSync(await file.path());
  const qde = readRefiProject('project.qde', (await unzip(new Uint8Array(bytes))).get('project.qde')!);
  expect(qde.sources).toHaveLength((await workbench.project.sources.list()).length);

  // The same file, sent from the page as the app would send a chosen file, becomes a new project.
  const result = (await page.evaluate(
    async (base64) =>
      (
        window as unknown as {
          workbench: { newProjectFromRefiQda: (input: { fileName: string; bytes: Uint8Array }) => Promise<unknown> };
        }
      ).workbench.newProjectFromRefiQda({
        fileName: 'Sample.qdpx',
        bytes: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
      }),
    bytes.toString('base64'),
  )) as IpcResult<NewProjectFromRefiQdaResult>;
  if (!result.ok || result.value.status !== 'created') throw new Error(JSON.stringify(result));
  const made = openProject(result.value.path);
  try {
    expect(result.value.report).toMatchObject({ sources: 5, questions: 22, skipped: [] });
    const texts = async (p: typeof made) =>
      (await Promise.all((await p.sources.list()).map((s) => p.sources.get(s.id)))).map((s) => s.text).sort();
    expect(await texts(made)).toEqual(await texts(workbench.project));
  } finally {
    made.close();
    rmSync(dirname(result.value.path), { recursive: true, force: true });
  }
});

test('import the questions from a REFI-QDA codebook (.qdc)', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await page.getByRole('button', { name: 'Edit questions' }).click();
  await page
    .getByLabel('Import questions from a file (JSON or CSV) or a REFI-QDA codebook (.qdc)')
    .setInputFiles({ name: 'Forum codes.qdc', mimeType: 'application/xml', buffer: Buffer.from(CODEBOOK) });
  const dialog = page.getByRole('dialog', { name: 'Replace the questions?' });
  await expect(dialog).toContainText('All 22 questions will be replaced');
  await dialog.getByRole('button', { name: 'Replace the questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The questions are now those of/ })).toBeVisible();
  const consultation = await workbench.project.consultation.getConsultation();
  expect(consultation.chapters.map((c) => [c.title, c.questions.map((q) => q.title)])).toEqual([
    ['Access', ['Waiting times', 'Transport']],
  ]);
});
