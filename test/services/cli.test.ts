import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, cliText } from './cliHarness.ts';
import { allQuestions, cleanUp, open, openSample, readManifest, readSampleFile, tempDir } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
  cleanUp();
});

async function newProject(): Promise<string> {
  const path = join(tempDir(), 'response.cwb');
  const result = await cli('new', path);
  expect(result.code, result.stderr).toBe(0);
  return path;
}

function writeText(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('workbench new', () => {
  it("creates a project with the Green Paper's 22 questions, named after the file", async () => {
    const path = join(tempDir(), 'My response.cwb');
    const { code, out } = await cli('new', path);
    expect(code).toBe(0);
    expect(out).toEqual([`created ${path}`]);

    const project = open(path);
    const questions = await allQuestions(project);
    expect(questions).toHaveLength(22);
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(project.name()).toBe('My response');
    expect(await project.sources.list()).toEqual([]);
  });

  it('refuses to overwrite an existing file, leaving it untouched', async () => {
    const dir = tempDir();
    const path = writeText(dir, 'existing.cwb', 'not a project, but mine');
    const { code, err } = await cli('new', path);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe('not a project, but mine');

    const project = await newProject();
    expect((await cli('new', project)).code).toBe(2);
    expect(await allQuestions(open(project))).toHaveLength(22);
  });
});

describe('workbench import, sources and text', () => {
  it('imports each file it can, reports each one it cannot, and exits 1 if any failed', async () => {
    const path = await newProject();
    const dir = tempDir();
    const a = writeText(dir, 'funding.txt', 'Funding for schools\n\nSchools need more money for SEND support.\n');
    const b = writeText(
      dir,
      'transport.txt',
      '\uFEFFHome to school transport\r\n\r\nTransport is a statutory duty.\r\n',
    );
    const missing = join(dir, 'missing.txt');

    const { code, out } = await cli('import', path, a, missing, b);
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^imported \d+\tFunding for schools$/);
    expect(out[1]).toMatch(/^error .*missing\.txt\t\S/);
    expect(out[1]).toContain(missing);
    expect(out[2]).toMatch(/^imported \d+\tHome to school transport$/);

    const sources = await open(path).sources.list();
    expect(sources.map((s) => s.title).sort()).toEqual(['Funding for schools', 'Home to school transport']);
  });

  it('exits 0 when every file imports, and reports a duplicate as an error with the existing title', async () => {
    const path = await newProject();
    const dir = tempDir();
    const a = writeText(dir, 'a.txt', 'Alpha report\n\nBody.\n');
    expect((await cli('import', path, a)).code).toBe(0);

    const copy = writeText(dir, 'copy.txt', 'Alpha report\n\nBody.\n');
    const { code, out } = await cli('import', path, copy);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^error .*copy\.txt\t.*"Alpha report"/);
    expect(await open(path).sources.list()).toHaveLength(1);
  });

  it('lists the sources as JSON, and prints a stored text exactly', async () => {
    const path = await newProject();
    const dir = tempDir();
    const texts = {
      'one.txt': 'First source\n\n\n  Indented line with trailing spaces   \n\nLast line without newline',
      'two.txt': 'Second source\r\n\r\nWindows text – with “curly quotes” and émojis 😀\r\n',
    };
    const files = Object.entries(texts).map(([name, text]) => writeText(dir, name, text));
    const imported = (await cli('import', path, ...files)).out.map((line) =>
      Number(/^imported (\d+)\t/.exec(line)?.[1]),
    );

    const listed = await cli('sources', path, '--json');
    expect(listed.code).toBe(0);
    const sources = JSON.parse(listed.stdout) as { id: number; title: string; kind: string; length: number }[];
    expect(sources.map((s) => s.id).sort()).toEqual([...imported].sort());
    expect(sources.map((s) => s.title).sort()).toEqual(['First source', 'Second source']);

    const expected = [texts['one.txt'], texts['two.txt'].replace(/\r\n/g, '\n')];
    for (const [i, id] of imported.entries()) {
      const { code, written, out } = await cliText('text', path, String(id));
      expect(code).toBe(0);
      expect(written).toBe(expected[i]);
      expect(out).toEqual([]);
    }
  });

  it('lists the sources as tab-separated lines without --json', async () => {
    const { path } = await openSample();
    const { code, out } = await cli('sources', path);
    expect(code).toBe(0);
    expect(out).toHaveLength(5);
    const march = out.find((line) => line.includes('March 2024'))!;
    expect(march.split('\t').slice(1)).toEqual(['Written answer', '2024-03-25', readManifest().sources[1]!.title]);
  });

  it('prints a sample source exactly as its file', async () => {
    const { path, project } = await openSample();
    const manifest = readManifest();
    const summary = (await project.sources.list()).find((s) => s.title === manifest.sources[0]!.title)!;
    project.close();
    const { code, written } = await cliText('text', path, String(summary.id));
    expect(code).toBe(0);
    expect(written).toBe(readSampleFile(manifest.sources[0]!.file).replace(/\r\n?/g, '\n'));
  });

  it('fails with exit 1 and a message for a source id that is not in the project', async () => {
    const path = await newProject();
    const { code, err, written } = await cliText('text', path, '999');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/no longer in this project/);
    expect(written).toBe('');
  });
});

describe('workbench search', () => {
  it('returns hits as JSON whose offsets point at the matched word in the source text', async () => {
    const { path, project } = await openSample();
    project.close();
    const { code, stdout } = await cli('search', path, 'steering', '--json');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as {
      sourceId: number;
      title: string;
      start: number | null;
      end: number | null;
      snippet: string;
    }[];
    const manifest = readManifest();
    expect(hits.map((h) => h.title).sort()).toEqual([manifest.sources[1]!.title, manifest.sources[2]!.title].sort());

    const reopened = open(path);
    for (const hit of hits) {
      expect(hit.start).not.toBeNull();
      const source = await reopened.sources.get(hit.sourceId as Parameters<typeof reopened.sources.get>[0]);
      expect(source.title).toBe(hit.title);
      expect(source.text.slice(hit.start!, hit.end!).toLowerCase()).toBe('steering');
      expect(hit.snippet).toContain('steering');
    }
  });

  it('joins several words into one query and prints one line per hit without --json', async () => {
    const { path, project } = await openSample();
    project.close();
    const { code, out } = await cli('search', path, 'local', 'offer');
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(0);
    for (const line of out) expect(line).toMatch(/^\d+\t.+\t\d+-\d+\t.*\[(local|offer)\]/i);

    const none = await cli('search', path, 'zzzxqy', '--json');
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('workbench usage mistakes', () => {
  it('prints help and exits 0 for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = await cli(flag);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage:');
      expect(stdout).toContain('workbench import');
    }
    expect((await cli('search', '--help')).code).toBe(0);
  });

  it('prints help but exits 2 with no command at all', async () => {
    const { code, stdout } = await cli();
    expect(code).toBe(2);
    expect(stdout).toContain('Usage:');
  });

  it.each([
    [['frobnicate', 'x.cwb'], 'Unknown command'],
    [['frobnicate'], 'Unknown command'],
    [['new'], 'needs a project file'],
    [['import'], 'needs a project file'],
    [['sources'], 'needs a project file'],
  ])('exits 2 with a usage hint for %j', async (argv, message) => {
    const { code, err, out } = await cli(...argv);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).toContain('workbench --help');
    expect(out).toEqual([]);
  });

  it('exits 2 when a command is missing its arguments', async () => {
    const path = await newProject();
    for (const argv of [
      ['import', path],
      ['text', path],
      ['text', path, 'abc'],
      ['text', path, '0'],
      ['text', path, '1.5'],
      ['search', path],
      ['search', path, '   '],
    ]) {
      const { code, err } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.join('\n'), argv.join(' ')).toContain('workbench --help');
    }
  });

  it('exits 2 for a project file that does not exist, without creating it', async () => {
    const dir = tempDir();
    const path = join(dir, 'nowhere.cwb');
    const file = writeText(dir, 'a.txt', 'Some text\n\nBody.\n');
    for (const argv of [
      ['import', path, file],
      ['sources', path],
      ['text', path, '1'],
      ['search', path, 'SEND'],
    ]) {
      const { code, err } = await cli(...argv);
      expect(code, argv[0]).toBe(2);
      expect(err.join('\n')).toContain('workbench new');
      expect(existsSync(path), argv[0]).toBe(false);
    }
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
