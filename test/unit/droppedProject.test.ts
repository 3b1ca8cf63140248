import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { droppedProjectPath } from '../../electron/main/droppedProject.ts';

const dir = mkdtempSync(join(tmpdir(), 'dropped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a project file dropped on the window', () => {
  it('opens an existing .cwproj file given by its full path', () => {
    const file = join(dir, 'Response.CWPROJ');
    writeFileSync(file, 'x');
    expect(droppedProjectPath(file)).toEqual({ ok: true, path: file });
  });

  it('refuses anything else with a message, never throwing', () => {
    mkdirSync(join(dir, 'folder.cwproj'));
    const cases: [unknown, string][] = [
      [42, 'could not be opened'],
      ['', 'could not be opened'],
      ['x'.repeat(5000), 'could not be opened'],
      ['/tmp/a\u0000.cwproj', 'could not be opened'],
      [join(dir, 'report.pdf'), 'Only project files (.cwproj)'],
      ['relative/path.cwproj', 'Only project files (.cwproj)'],
      [join(dir, 'missing.cwproj'), 'is not there any more'],
      [join(dir, 'folder.cwproj'), 'is not there any more'],
    ];
    for (const [payload, message] of cases) {
      const result = droppedProjectPath(payload);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain(message);
    }
  });
});
