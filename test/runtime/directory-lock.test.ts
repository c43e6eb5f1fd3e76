// Goal: the log-directory lock (src/runtime/nodejs/directory-lock.ts) is exclusive while its
// holder lives, is released on request, and is taken over when its holder is gone: a dead pid,
// or a live pid that started at another time than the lock records (a reused pid). Method: real
// files in a temporary directory; a dead pid comes from a child process that has exited.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DirectoryLockedError, lockDirectory } from '../../src/runtime/nodejs/directory-lock.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function temporary(): string {
  const directory = mkdtempSync(join(tmpdir(), 'weir-lock-'));
  directories.push(directory);
  return directory;
}

describe('lockDirectory', () => {
  test('a held lock refuses a second taker, naming the directory and the holder, until released', () => {
    const directory = temporary();
    const lock = lockDirectory(directory);
    const refused = (() => { try { lockDirectory(directory); return null; } catch (error) { return error; } })();
    expect(refused).toBeInstanceOf(DirectoryLockedError);
    expect((refused as DirectoryLockedError).holder.pid).toBe(process.pid);
    expect((refused as Error).message).toContain(directory);
    expect((refused as Error).message).toContain(`pid ${process.pid}`);
    lock.release();
    expect(existsSync(join(directory, '.lock'))).toBe(false);
    lockDirectory(directory).release();
  });

  test('the lock of a process that has exited is taken over', () => {
    const directory = temporary();
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(exited.stdout.toString());
    expect(deadPid).toBeGreaterThan(0);
    writeFileSync(join(directory, '.lock'), `pid=${deadPid}\nstart.time=\n`);
    const lock = lockDirectory(directory);
    expect(readFileSync(join(directory, '.lock'), 'utf8')).toContain(`pid=${process.pid}\n`);
    lock.release();
  });

  test('a live pid (Linux /proc) that started at another time than the lock says is not the holder', () => {
    const directory = temporary();
    writeFileSync(join(directory, '.lock'), `pid=${process.pid}\nstart.time=1\n`);
    lockDirectory(directory).release();
    writeFileSync(join(directory, '.lock'), `pid=${process.pid}\nstart.time=\n`);
    expect(() => lockDirectory(directory)).toThrow(DirectoryLockedError);
  });
});
