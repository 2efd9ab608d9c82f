/**
 * For tests: `brink serve …` in its own process, as a user starts it, on a
 * free port. `startServe` resolves once the server has printed its address;
 * `stop()` sends SIGTERM and resolves with the exit code.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

/** Upper bound on the wait for the server (a loaded 2-core machine is slow). */
export const DEADLINE_MS = 90_000;

export interface ServeProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Everything the server wrote to standard error so far. */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL if still running (for `finally`). */
  kill(): void;
}

/** `brink serve ...args --port 0` with `env` added to this process's environment. */
export async function startServe(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', ...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const started = Date.now();
  let url: string | undefined;
  while (!url && child.exitCode === null && Date.now() - started < DEADLINE_MS) {
    url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 100));
  }
  if (!url) kill();
  assert.ok(url, `the server printed no URL:\n${stderr}`);
  return {
    url,
    stderr: () => stderr,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill,
  };
}

/** Polls `probe` every 300 ms until it returns true or the deadline passes; returns its last answer. */
export async function eventually(probe: () => Promise<boolean>): Promise<boolean> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return true;
    if (Date.now() - started > DEADLINE_MS) return false;
    await new Promise((r) => setTimeout(r, 300));
  }
}
