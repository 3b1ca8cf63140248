import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withExtension } from '../../electron/main/savePath.ts';
import { projectArgument } from '../../electron/main/projectArgument.ts';
import { placeOnScreen } from '../../electron/main/windowBounds.ts';

const dir = mkdtempSync(join(tmpdir(), 'main-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('save dialogs keep the file type', () => {
  it('adds the extension a typed name lacks, and only then', () => {
    expect(withExtension('/home/sam/Response', '.docx')).toBe('/home/sam/Response.docx');
    expect(withExtension('/home/sam/quotes', 'csv')).toBe('/home/sam/quotes.csv');
    expect(withExtension('/home/sam/Our reply v2.1', '.cwproj')).toBe('/home/sam/Our reply v2.1.cwproj');
    expect(withExtension('/home/sam/Response.docx', '.docx')).toBe('/home/sam/Response.docx');
    expect(withExtension('/home/sam/RESPONSE.DOCX', '.docx')).toBe('/home/sam/RESPONSE.DOCX');
    expect(withExtension('/home/sam/Response.docx', '.cwproj')).toBe('/home/sam/Response.docx.cwproj');
  });
});

describe('a project named on the command line', () => {
  const project = join(dir, 'Our response #2 (50% done)?.cwproj');
  writeFileSync(project, '');
  writeFileSync(join(dir, 'notes.txt'), '');

  it('takes a path, relative to where that launch started, and skips switches and other files', () => {
    expect(projectArgument([project], '/')).toBe(project);
    expect(projectArgument(['--no-sandbox', 'notes.txt', 'Our response #2 (50% done)?.cwproj'], dir)).toBe(project);
    expect(projectArgument(['.'], dir)).toBeNull();
    expect(projectArgument(['missing.cwproj'], dir)).toBeNull();
  });

  it('takes the file:// URI GNOME passes, percent-encoding and all', () => {
    const uri = pathToFileURL(project).href;
    expect(uri).toContain('%23');
    expect(projectArgument([uri], '/somewhere/else')).toBe(project);
    expect(projectArgument(['https://example.org/x.cwproj', 'file://remote-host/x.cwproj'], dir)).toBeNull();
  });
});

describe('a remembered window placement', () => {
  const laptop = { x: 0, y: 0, width: 1366, height: 728 };
  const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

  it('is kept when it is on a display present now', () => {
    const saved = { x: 1500, y: 40, width: 1400, height: 900 };
    expect(placeOnScreen(saved, [laptop, monitor])).toEqual(saved);
  });

  it('is dropped when its display has gone, or its title bar is off every screen', () => {
    expect(placeOnScreen({ x: 1500, y: 40, width: 1400, height: 900 }, [laptop])).toBeNull();
    expect(placeOnScreen({ x: 100, y: -600, width: 1000, height: 700 }, [laptop])).toBeNull();
    expect(placeOnScreen(null, [laptop])).toBeNull();
  });

  it('is shrunk and moved to fit the work area it is on', () => {
    expect(placeOnScreen({ x: 1000, y: 20, width: 1440, height: 900 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
  });
});
