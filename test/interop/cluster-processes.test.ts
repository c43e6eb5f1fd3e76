// Goal: the real-process cluster harness (support/cluster-processes.ts) runs three combined nodes
// on one quorum and does to them what the cluster tests need: every node becomes ready with the
// shared cluster id, a node killed with kill -9 is restarted on its data and ports and is ready
// again, and a node paused with SIGSTOP answers again after SIGCONT. Method: real `weir node`
// processes on free ports picked in advance; each wait is bounded (ready lines, /readyz polls).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ClusterProcesses } from './support/cluster-processes.js';

const clusters: ClusterProcesses[] = [];
afterEach(async () => {
  for (const cluster of clusters.splice(0)) await cluster.dispose();
});

async function readyWithin(httpPort: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`, { signal: AbortSignal.timeout(1000) })
      .then((response) => response.ok, () => false);
    if (ready) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('ClusterProcesses', () => {
  test('three nodes on one quorum: ready, kill -9 and restart, SIGSTOP and SIGCONT', async () => {
    const cluster = await ClusterProcesses.start({ nodes: 3 });
    clusters.push(cluster);
    for (let nodeId = 1; nodeId <= 3; nodeId += 1) {
      const meta = readFileSync(join(cluster.node(nodeId).dataDirectory, 'meta.properties'), 'utf8');
      expect(meta).toContain(`cluster.id=${cluster.clusterId}\n`);
      expect(meta).toContain(`node.id=${nodeId}\n`);
    }
    await cluster.kill(1);
    expect(cluster.node(1).isRunning()).toBe(false);
    const restarted = await cluster.restart(1);
    expect(restarted.kafkaAddress).toBe(`127.0.0.1:${cluster.ports.get(1)?.kafka}`);
    const paused = cluster.ports.get(2)?.http ?? 0;
    cluster.pause(2);
    expect(await readyWithin(paused, 1500)).toBe(false);
    cluster.resume(2);
    expect(await readyWithin(paused, 20_000)).toBe(true);
  }, 120_000);
});
