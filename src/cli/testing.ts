/**
 * For tests: runs `brink` in-process, as `bin.ts` would, with its output
 * captured instead of written to the terminal.
 */
import { PassThrough } from 'node:stream';
import { main } from './main.ts';

export interface CliRun {
  /** The exit code `brink` would end with. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

export interface CliRunOptions {
  /** What `brink` reads as standard input (default: the process's own). */
  readonly stdin?: NodeJS.ReadableStream;
  /** Standard error claims to be a terminal, as when a user watches a batch (progress bars). */
  readonly tty?: boolean;
}

/** `brink ...argv`. */
export async function runCli(argv: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout = capture();
  const stderr = capture();
  if (options.tty) Object.assign(stderr.stream, { isTTY: true });
  const stdin = options.stdin ?? process.stdin;
  const code = await main(argv, {
    stdout: stdout.stream as unknown as typeof process.stdout,
    stderr: stderr.stream as unknown as typeof process.stderr,
    stdin: stdin as typeof process.stdin,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
