import { vi } from 'vitest';
import { main } from '../../electron/cli/workbench.ts';

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Runs `workbench text`, which writes straight to process.stdout, and returns exactly what it wrote. */
export async function cliText(...argv: string[]) {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  });
  const result = await cli(...argv);
  vi.mocked(process.stdout.write).mockRestore();
  return { ...result, written: written.join('') };
}
