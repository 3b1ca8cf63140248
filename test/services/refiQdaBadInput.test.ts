import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectFromRefiQda } from '../../electron/services/refiQda/newProjectFromRefiQda.ts';
import { AppError } from '../../shared/ipc/result.ts';
import { cleanUp, openSample, tempDir } from './helpers.ts';
import { zipOf } from './refiQdaHelpers.ts';

afterEach(cleanUp);

const SOURCE = '{11111111-2222-3333-4444-555555555551}';

function qde(opts: { prolog?: string; path?: string; name?: string } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>${opts.prolog ?? ''}
<Project xmlns="urn:QDA-XML:project:1.0" name="${opts.name ?? 'Interviews'}" origin="Taguette 1.4">
  <CodeBook><Codes><Code guid="{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A61}" name="Waiting" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${SOURCE}" name="Anna" plainTextPath="${opts.path ?? `internal://${SOURCE}.txt`}"/></Sources>
</Project>`;
}

/**
 * Tries to make a project from `bytes` in a fresh folder: it must be refused with a message matching `message`, and
 * the folder must be left empty (no project file, no half-built one).
 */
async function expectRefused(
  fileName: string,
  bytes: Uint8Array,
  message: RegExp,
  limits?: Parameters<typeof createProjectFromRefiQda>[2],
) {
  const dir = tempDir();
  const path = join(dir, 'New.cwproj');
  const attempt = createProjectFromRefiQda(path, { fileName, bytes }, limits);
  await expect(attempt).rejects.toBeInstanceOf(AppError);
  await expect(attempt).rejects.toThrow(message);
  expect(readdirSync(dir)).toEqual([]);
  expect(existsSync(path)).toBe(false);
}

/** Says a zip entry is smaller than it is, in the central directory and the local header: a bomb that lies. */
function understate(zip: Uint8Array, entryName: string, claimed: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let i = 0; i < bytes.length - 4; i++) {
    const signature = view.getUint32(i, true);
    const [nameAt, sizeAt] = signature === 0x02014b50 ? [46, 24] : signature === 0x04034b50 ? [30, 22] : [-1, -1];
    if (nameAt < 0 || !name.every((b, k) => bytes[i + nameAt + k] === b)) continue;
    view.setUint32(i + sizeAt, claimed, true);
  }
  return bytes;
}

describe('REFI-QDA import refuses bad input, writing nothing', () => {
  it('a damaged zip: cut short, or with its project.qde garbled', async () => {
    const { project } = await openSample();
    const good = (await project.refiQda.buildProjectArchive()).bytes;
    await expectRefused(
      'cut.qdpx',
      good.subarray(0, Math.floor(good.length / 2)),
      /is damaged or is not a REFI-QDA project/,
    );

    const plain = await zipOf({ 'project.qde': qde(), [`sources/${SOURCE}.txt`]: 'Anna said the wait was long.' });
    const garbled = new Uint8Array(plain);
    // The first entry's deflated data starts after its 30-byte header and name.
    const dataAt = 30 + new DataView(garbled.buffer).getUint16(26, true);
    garbled.fill(0xff, dataAt, dataAt + 12);
    await expectRefused('garbled.qdpx', garbled, /"project.qde" is damaged/);
  });

  it('a zip bomb: by what it claims, by its compression ratio, by lying about its size, and by its number of files', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const big = await zipOf({ 'project.qde': qde(), [`sources/${SOURCE}.txt`]: zeros });
    await expectRefused('big.qdpx', big, /unpacks to more than 1 MB/, {
      maxUnpackedBytes: 1024 * 1024,
      maxEntries: 100,
      maxTextChars: 1_000_000,
    });

    const dense = await zipOf({ 'project.qde': qde(), [`sources/${SOURCE}.txt`]: new Uint8Array(40 * 1024 * 1024) });
    await expectRefused('dense.qdpx', dense, /unpacks to more than/);

    const lying = understate(big, `sources/${SOURCE}.txt`, 1000);
    await expectRefused('lying.qdpx', lying, /unpacks to more than/);

    const many = await zipOf(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`sources/${i}.txt`, 'x'])));
    await expectRefused('many.qdpx', many, /holds more than 10 files/, {
      maxUnpackedBytes: 1024 * 1024,
      maxEntries: 10,
      maxTextChars: 1_000_000,
    });
  });

  it('XML with a DOCTYPE: entity expansion ("billion laughs") and external entities', async () => {
    const laughs =
      '<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const bomb = await zipOf({
      'project.qde': qde({ prolog: laughs, name: '&lol3;' }),
      [`sources/${SOURCE}.txt`]: 'text',
    });
    await expectRefused('laughs.qdpx', bomb, /declares a DOCTYPE or entities/);

    const external = '<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>';
    const xxe = await zipOf({
      'project.qde': qde({ prolog: external, name: '&secret;' }),
      [`sources/${SOURCE}.txt`]: 'text',
    });
    await expectRefused('xxe.qdpx', xxe, /declares a DOCTYPE or entities/);

    const codebook = `<?xml version="1.0"?>${external}<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{6F1E4A52-0B1C-4D0E-9A8B-1C2D3E4F5A61}" name="&secret;" isCodable="true"/></Codes></CodeBook>`;
    await expectRefused('xxe.qdc', new TextEncoder().encode(codebook), /declares a DOCTYPE or entities/);
  });

  it('paths that climb out of the archive: in the zip itself, or in a source path', async () => {
    const text = 'Anna said the wait was long.';
    for (const entry of ['../evil.txt', 'sources/../../evil.txt', '/etc/evil.txt']) {
      const zip = await zipOf({ 'project.qde': qde(), [`sources/${SOURCE}.txt`]: text, [entry]: 'x' });
      await expectRefused('climb.qdpx', zip, /points outside the archive/);
    }
    const climbing = await zipOf({
      'project.qde': qde({ path: 'internal://../../project.qde' }),
      [`sources/${SOURCE}.txt`]: text,
    });
    await expectRefused('climbing-path.qdpx', climbing, /"internal:\/\/..\/..\/project.qde", which points outside/);
  });

  it('a source file the project names but the archive lacks', async () => {
    const zip = await zipOf({ 'project.qde': qde() });
    await expectRefused(
      'missing.qdpx',
      zip,
      /the text of "Anna" \(internal:\/\/\{11111111-2222-3333-4444-555555555551\}.txt\) is missing/,
    );
  });

  it('not REFI-QDA at all: a zip without project.qde, XML that is not well formed, an empty file', async () => {
    await expectRefused(
      'other.qdpx',
      await zipOf({ 'word/document.xml': '<w:document/>' }),
      /has no project.qde in it/,
    );
    await expectRefused(
      'broken.qdc',
      new TextEncoder().encode('<CodeBook><Codes><Code></CodeBook>'),
      /the XML is damaged/,
    );
    await expectRefused('empty.qdc', new Uint8Array(), /is empty/);
    const deep = `<CodeBook><Codes>${'<Code guid="x" name="x" isCodable="true">'.repeat(150)}${'</Code>'.repeat(150)}</Codes></CodeBook>`;
    await expectRefused('deep.qdc', new TextEncoder().encode(deep), /the XML could not be read/);
    await expectRefused('nothing.qdc', new TextEncoder().encode('<CodeBook><Codes/></CodeBook>'), /has no codes in it/);
  });
});
