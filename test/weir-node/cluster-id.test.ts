// Goal: WeirNode.start prepares its log directories first (src/node/log-directories.ts): the
// cluster id given for new directories is written to meta.properties and becomes the node's; a
// restart keeps the one on disk whatever it is given; a node with another node.id is refused
// before it opens the metadata log. Method: WeirNode in this process on the real Node runtime,
// port 0 listeners and a temporary directory.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildNodeConfig } from '../../src/config/node-config.js';
import { silentLogger } from '../../src/log/logger.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import { WeirNode } from '../../src/node/weir-node.js';
import { MetaPropertiesError } from '../../src/node/meta-properties.js';
import type { Uuid } from '../../src/protocol/mod.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function start(directory: string, nodeId: number, clusterId: string): Promise<WeirNode> {
  const config = buildNodeConfig('', [
    ['node.id', String(nodeId)],
    ['controller.quorum.voters', `${nodeId}@127.0.0.1:0`],
    ['listeners', 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0'],
    ['log.dirs', directory],
    ['controller.quorum.election.timeout.ms', '100'],
  ]);
  return WeirNode.start({ runtime: createNodeRuntime(), config, logger: silentLogger(), metrics: noopBrokerMetrics(),
    onFatal: () => {}, clusterId: clusterId as Uuid });
}

describe('WeirNode cluster id', () => {
  test('is written to meta.properties on first start and kept by a restart given another', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-cluster-id-'));
    directories.push(directory);
    const first = await start(directory, 1, 'q1Sh-9_ISia_zwGINzRvyQ');
    expect(first.clusterId()).toBe('q1Sh-9_ISia_zwGINzRvyQ');
    await first.stop();
    expect(readFileSync(join(directory, 'meta.properties'), 'utf8')).toContain('cluster.id=q1Sh-9_ISia_zwGINzRvyQ\n');
    const second = await start(directory, 1, 'MkU3OEVBNTcwNTJENDM2Qg');
    expect(second.clusterId()).toBe('q1Sh-9_ISia_zwGINzRvyQ');
    await second.stop();
  });

  test('a node with another node.id is refused and leaves the directory as it was', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-cluster-id-'));
    directories.push(directory);
    await (await start(directory, 1, 'q1Sh-9_ISia_zwGINzRvyQ')).stop();
    const before = readdirSync(directory, { recursive: true }).sort();
    const refused = await start(directory, 2, 'q1Sh-9_ISia_zwGINzRvyQ').then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(MetaPropertiesError);
    expect((refused as MetaPropertiesError).code).toBe('NODE_ID_MISMATCH');
    expect(readdirSync(directory, { recursive: true }).sort()).toEqual(before);
  });
});
