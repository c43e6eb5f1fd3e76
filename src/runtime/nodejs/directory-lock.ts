// A process-level exclusive lock on a log directory (Kafka takes a `.lock` file lock on each log
// directory for the same reason): two nodes on the same log.dirs once both ran, handed out the
// same offsets to different records and left a metadata log that refused to open. Part of
// src/runtime/nodejs/, the one place allowed to use node:fs; src/cli/node.ts takes the locks
// before anything else touches the directories.
//
// The lock is the file `<directory>/.lock`, holding the holder's pid and its process start time.
// It is made whole in a temporary file and then hard-linked into place, which fails when the name
// exists, so a reader never sees a half-written lock. A lock whose holder is gone (killed with
// kill -9, so it never released) is taken over: the holder is alive when `kill(pid, 0)` finds the
// pid and, where /proc exists, that process started when the lock says (a pid reused by another
// process, as after a container restart, does not keep a dead holder's lock). Node.js has no
// flock(2); two processes taking over the same dead lock in the same instant is the one race left,
// and the second of them sees the first's new lock on its retry.
import { linkSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside each locked directory. */
export const lockFileName = '.lock';

/** Who holds a lock, as its file says. */
export interface LockHolder {
  readonly pid: number;
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22); null off Linux. */
  readonly startTime: number | null;
}

/** A directory is locked by a live process; the message names the directory and the holder. */
export class DirectoryLockedError extends Error {
  readonly code = 'DIRECTORY_LOCKED';
  constructor(readonly directory: string, readonly holder: LockHolder) {
    super(`Cannot lock log directory "${directory}": it is in use by another Weir node (pid ${holder.pid}); ` +
      'stop that node or give this one other log.dirs');
    this.name = 'DirectoryLockedError';
  }
}

/** A held lock; `release` removes the lock file if it is still this process's. */
export interface DirectoryLock {
  readonly directory: string;
  release(): void;
}

/**
 * Takes the lock on `directory` (made if missing) or throws DirectoryLockedError when a live
 * process holds it. Touches nothing in the directory but its `.lock` file.
 */
export function lockDirectory(directory: string): DirectoryLock {
  mkdirSync(directory, { recursive: true });
  const lockPath = join(directory, lockFileName);
  const own: LockHolder = { pid: process.pid, startTime: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (createExclusively(lockPath, renderHolder(own))) {
      return { directory, release: () => releaseIfOwn(lockPath, own) };
    }
    const text = readIfPresent(lockPath);
    if (text === null) continue;
    const holder = parseHolder(text);
    if (holder !== null && isAlive(holder)) throw new DirectoryLockedError(directory, holder);
    // A dead holder's lock (or an unreadable one, left by a crash mid-write of an older format).
    removeIfUnchanged(lockPath, text);
  }
  const holder = parseHolder(readIfPresent(lockPath) ?? '') ?? { pid: -1, startTime: null };
  throw new DirectoryLockedError(directory, holder);
}

function renderHolder(holder: LockHolder): string {
  return `pid=${holder.pid}\nstart.time=${holder.startTime ?? ''}\n`;
}

function parseHolder(text: string): LockHolder | null {
  const pid = /^pid=(\d+)$/m.exec(text)?.[1];
  if (pid === undefined) return null;
  const startTime = /^start\.time=(\d+)$/m.exec(text)?.[1];
  return { pid: Number(pid), startTime: startTime === undefined ? null : Number(startTime) };
}

/** Creates `path` with `contents` only if no file has that name; false when one does. */
function createExclusively(path: string, contents: string): boolean {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents, { flag: 'w' });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Removes a stale lock unless another process replaced it since we read it. */
function removeIfUnchanged(path: string, staleText: string): void {
  if (readIfPresent(path) !== staleText) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function releaseIfOwn(path: string, own: LockHolder): void {
  if (readIfPresent(path) === renderHolder(own)) unlinkSync(path);
}

/** True when the lock's holder still runs (see the file comment). */
export function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user, so a process holds it.
    if (errorCode(error) !== 'EPERM') return false;
  }
  const startTime = processStartTime(holder.pid);
  if (startTime === null || holder.startTime === null) return true;
  return startTime === holder.startTime;
}

/** A process's start time in clock ticks since boot, from /proc; null where /proc is absent. */
function processStartTime(pid: number): number | null {
  const stat = readIfPresentQuietly(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTime = Number(fields[19]);
  return Number.isSafeInteger(startTime) ? startTime : null;
}

function readIfPresentQuietly(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}
