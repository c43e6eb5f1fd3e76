// Goal: two nodes started on the same log.dirs never both run (issue 10: both once ran and
// handed out the same offsets to different records). The second exits at once with a message
// naming the directory and the holder's pid, having touched nothing: the lock is taken on every
// directory before any is formatted, so a fresh directory listed before the locked one is left
// empty. The first node keeps serving; after kill -9 of it, a new node takes the stale lock over.
// Method: real `weir node` processes (test/interop/support/node-process.ts) on port 0.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { NodeProcess, runWeir } from '../interop/support/node-process.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function isReady(node: NodeProcess): Promise<boolean> {
  const response = await fetch(`http://${node.httpAddress}/readyz`);
  return response.ok;
}

describe('log directory lock', () => {
  test('a second node on locked log.dirs exits at once, naming the directory and the holder', async () => {
    const first = await NodeProcess.start();
    cleanups.push(() => first.dispose());
    const fresh = mkdtempSync(join(tmpdir(), 'weir-lock-fresh-'));
    cleanups.push(async () => rmSync(fresh, { recursive: true, force: true }));
    const metaBefore = readFileSync(join(first.dataDirectory, 'meta.properties'), 'utf8');
    const second = await runWeir(['node', '--set', 'node.id=1', '--set', 'controller.quorum.voters=1@127.0.0.1:0',
      '--set', 'listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0', '--set', 'http.listener=127.0.0.1:0',
      '--set', `log.dirs=${fresh},${first.dataDirectory}`]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`"${first.dataDirectory}"`);
    expect(second.stderr).toContain(`pid ${first.pid}`);
    expect(second.stdout).not.toContain('metadata log recovered');
    // Locked first, refused, released: the fresh directory was neither formatted nor written.
    expect(readdirSync(fresh)).toEqual([]);
    expect(readFileSync(join(first.dataDirectory, 'meta.properties'), 'utf8')).toBe(metaBefore);
    expect(first.isRunning()).toBe(true);
    expect(await isReady(first)).toBe(true);
  });

  test('after kill -9 of the holder, a new node takes the directory over; a clean stop releases it', async () => {
    const first = await NodeProcess.start();
    cleanups.push(() => first.dispose());
    await first.kill();
    expect(readdirSync(first.dataDirectory)).toContain('.lock');
    const second = await first.restart();
    cleanups.push(() => second.dispose());
    expect(await isReady(second)).toBe(true);
    expect(readFileSync(join(first.dataDirectory, '.lock'), 'utf8')).toContain(`pid=${second.pid}\n`);
    expect(await second.stop()).toBe(0);
    expect(readdirSync(first.dataDirectory)).not.toContain('.lock');
  });
});
