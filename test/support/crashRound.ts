import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openProject } from '../../electron/services/project/projectServices.ts';
import type { SourceId } from '../../shared/ids.ts';

type Ack =
  | { op: 'quote'; id: number; sourceId: number; start: number; end: number; text: string }
  | { op: 'draft'; marker: string }
  | { op: 'source'; id: number; text: string };

export type RoundResult = { acknowledged: number; problems: string[] };

/**
 * One crash: copy a fresh sample project, let a child edit it, SIGKILL the child after `delayMs` of edits,
 * then check the file is sound and holds every change the child reported as committed.
 */
export async function crashRound(templateProject: string, seed: number, delayMs: number): Promise<RoundResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-crash-'));
  const path = join(dir, 'project.cwproj');
  copyFileSync(templateProject, path);
  const lines: string[] = [];
  let buffered = '';
  const child = spawn(process.execPath, [join(import.meta.dirname, 'editingChild.ts'), path, String(seed)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve();
    });
    // A child that never acknowledges anything is killed too.
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });

  const problems: string[] = [];
  const acks = lines.filter(Boolean).map((l) => JSON.parse(l) as Ack);
  const raw = new BetterSqlite3(path);
  const integrity = raw.pragma('integrity_check', { simple: true });
  raw.close();
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const project = openProject(path);
  try {
    const quotes = new Map((await project.quotes.list({})).map((q) => [q.id as number, q]));
    const lastDraft = acks.filter((a) => a.op === 'draft').at(-1);
    const draft = (await project.drafts.get()).content ?? '';
    if (lastDraft && !draft.includes(`"${lastDraft.marker}"`)) problems.push(`draft lost ${lastDraft.marker}`);
    for (const a of acks) {
      if (a.op === 'quote') {
        const q = quotes.get(a.id);
        const source = await project.sources.get(a.sourceId as SourceId);
        if (!q || q.fragments[0]!.text !== a.text || source.text.slice(a.start, a.end) !== a.text)
          problems.push(`quote ${a.id} lost or changed`);
      } else if (a.op === 'source') {
        const s = await project.sources.get(a.id as SourceId).catch(() => null);
        if (!s || s.text !== a.text) problems.push(`source ${a.id} lost or changed`);
      }
    }
    if ((await project.quotes.check()).length) problems.push('a quote does not match its source');
  } finally {
    project.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { acknowledged: acks.length, problems };
}
