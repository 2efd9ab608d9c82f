/**
 * Paths to files, streaming: a directory is read entry by entry with
 * `opendir`, so a folder of 100,000 files costs one entry of memory at a time
 * (order is the file system's). Symlinks are followed; one that leads back
 * into a directory being walked is reported as a loop instead of recursing
 * forever. Hidden entries (dot-files such as `.DS_Store` or `.git`) are
 * skipped inside directories but read when named on the command line.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'error'; readonly path: string; readonly error: string };

/** One-line, human wording of a file-system error (the path is printed beside it). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'ENOTDIR':
      return 'not a directory (a path component is a file)';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EISDIR':
      return 'is a directory';
    default:
      return ((error as Error).message ?? String(error)).split('\n')[0] ?? 'unreadable';
  }
}

async function* walkDirectory(path: string, ancestors: ReadonlySet<string>): AsyncGenerator<WalkEntry> {
  let dir;
  try {
    dir = await opendir(path);
  } catch (error) {
    yield { kind: 'error', path, error: describeFsError(error) };
    return;
  }
  try {
    for await (const entry of dir) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isFile()) yield { kind: 'file', path: child };
      else if (entry.isDirectory() || entry.isSymbolicLink()) yield* walkEntry(child, ancestors, false);
      // Sockets, FIFOs and devices inside a directory are not documents: skipped.
    }
  } catch (error) {
    // The directory became unreadable mid-listing; what was yielded stands.
    yield { kind: 'error', path, error: describeFsError(error) };
  }
}

async function* walkEntry(path: string, ancestors: ReadonlySet<string>, explicit: boolean): AsyncGenerator<WalkEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A dangling symlink found while walking says "no such file" about a name that exists: be precise.
    const message = code === 'ENOENT' && !explicit ? 'broken symlink (target does not exist)' : describeFsError(error);
    yield { kind: 'error', path, error: message };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path };
    return;
  }
  if (!info.isDirectory()) {
    if (explicit) yield { kind: 'error', path, error: 'not a regular file or directory' };
    return;
  }
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    yield { kind: 'error', path, error: describeFsError(error) };
    return;
  }
  if (ancestors.has(real)) {
    yield { kind: 'error', path, error: `symlink loop: leads back to ${real}` };
    return;
  }
  yield* walkDirectory(path, new Set([...ancestors, real]));
}

/** Every file under `root` (or `root` itself), and one error entry per unreadable path. */
export function walkPath(root: string): AsyncGenerator<WalkEntry> {
  return walkEntry(root, new Set(), true);
}
