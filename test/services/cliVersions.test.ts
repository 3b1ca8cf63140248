import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, cliText } from './cliHarness.ts';
import { cleanUp, open, tempDir } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
  cleanUp();
});

const V1 = [
  'Funding for high needs will rise by £440 million next year.',
  'Every local area will publish a local inclusion plan.',
  'Tribunal reform will be consulted on separately.',
].join('\n\n');

async function projectWithQuotes() {
  const dir = tempDir();
  const path = join(dir, 'response.cwb');
  expect((await cli('new', path)).code).toBe(0);
  const v1 = join(dir, 'answer.txt');
  writeFileSync(v1, V1);
  expect((await cli('import', path, v1)).code).toBe(0);
  const quote = async (words: string) => {
    const start = V1.indexOf(words);
    const result = await cli('quote', path, '1', '--start', String(start), '--end', String(start + words.length));
    expect(result.code, result.stderr).toBe(0);
    return Number(result.out[0]);
  };
  const ids = [
    await quote('Every local area will publish a local inclusion plan.'),
    await quote('Funding for high needs will rise by £440 million'),
    await quote('Tribunal reform will be consulted on separately.'),
  ];
  return { dir, path, ids };
}

describe('workbench update', () => {
  it('prints one line per quote with its outcome and new offsets, and keeps the old version readable', async () => {
    const { dir, path, ids } = await projectWithQuotes();
    const v2Text = `A new opening line.\n\n${V1}`
      .replace('£440 million', '£400 million')
      .replace('Tribunal reform will be consulted on separately.\n\n', '')
      .replace('\n\nTribunal reform will be consulted on separately.', '');
    const v2 = join(dir, 'answer-corrected.txt');
    writeFileSync(v2, v2Text);

    const { code, out, stderr } = await cli('update', path, '1', v2);
    expect(code, stderr).toBe(0);
    const planStart = v2Text.indexOf('Every local area');
    expect(out).toEqual([
      `${ids[0]}\tunchanged\t${planStart}-${planStart + 'Every local area will publish a local inclusion plan.'.length}`,
      expect.stringMatching(new RegExp(`^${ids[1]}\tchanged\t\\d+-\\d+$`)),
      `${ids[2]}\tgone\t-`,
    ]);

    expect((await cliText('text', path, '1')).written).toBe(v2Text);
    expect((await cliText('text', path, '1', '--version', '1')).written).toBe(V1);
    expect((await cliText('text', path, '1', '--version', '3')).stderr).toContain('no version 3');
    const check = await cli('check', path);
    expect(check.code).toBe(0);
    expect(check.out.at(-1)).toBe('All 3 quotes match their sources.');
  });

  it('gives JSON with --json', async () => {
    const { dir, path, ids } = await projectWithQuotes();
    const v2 = join(dir, 'v2.txt');
    writeFileSync(v2, `Preface.\n\n${V1}`);
    const { code, out } = await cli('update', path, '1', v2, '--json');
    expect(code).toBe(0);
    const offset = 'Preface.\n\n'.length;
    expect(JSON.parse(out.join(''))).toEqual(
      ids.map((quote, i) => {
        const words = [
          'Every local area will publish a local inclusion plan.',
          'Funding for high needs will rise by £440 million',
          'Tribunal reform will be consulted on separately.',
        ][i]!;
        const start = V1.indexOf(words) + offset;
        return { quote, outcome: 'unchanged', start, end: start + words.length };
      }),
    );
  });

  it('says the same text is no change, and refuses a different document without --force', async () => {
    const { dir, path } = await projectWithQuotes();
    const same = join(dir, 'same.txt');
    writeFileSync(same, V1);
    const unchanged = await cli('update', path, '1', same);
    expect(unchanged).toMatchObject({ code: 0, out: [] });
    expect(unchanged.stderr).toContain('same text as version 1');

    const other = join(dir, 'other.txt');
    writeFileSync(other, 'Allotment society newsletter: spring planting dates and the summer show.');
    const refused = await cli('update', path, '1', other);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    const project = open(path);
    expect(await project.versions.versions(1 as never)).toHaveLength(1);
    project.close();
    expect((await cli('update', path, '1', other, '--force')).code).toBe(0);
  });
});
