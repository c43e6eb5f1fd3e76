// Goal: a WeirNode's Raft tap (WeirNodeOptions.raftTap, src/quorum/observer-tap.ts) hears every
// hook of the metadata quorum's real driver in its order, reads the driver's status, and changes
// nothing: the same seed logs the same lines with and without a tap, and without one the driver
// gets the node's own observer object. Method: one combined node alone in a World (it elects
// itself and registers its broker), run to 3 s of virtual time.
import { describe, expect, test } from 'vitest';
import type { RaftStatus } from '../../raft/mod.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { buildNodeConfig } from '../../src/config/node-config.js';
import { createLogger } from '../../src/log/logger.js';
import { WeirNode } from '../../src/node/weir-node.js';
import { withTap, type RaftDriverTap } from '../../src/quorum/observer-tap.js';
import type { RaftDriverObserver } from '../../src/quorum/raft-driver.js';
import { HostClock } from '../../sim/sim-clock.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { createSimRuntime } from '../../sim/sim-runtime.js';
import { SimProcess, World } from '../../sim/world.js';

interface Heard {
  readonly hooks: string[];
  readonly logLines: string[];
  readonly highWatermark: number | null;
}

async function runNode(seed: number, tapped: boolean): Promise<Heard> {
  const world = new World({ seed });
  const network = new SimNetwork(world, {
    conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'stream', connectTimeoutMs: 50,
  });
  const process = new SimProcess('node-1', 0);
  const runtime = createSimRuntime({ world, process, host: 'node-1', hostClock: new HostClock(world),
    disk: new SimDisk({ random: world.random.fork('node-1/disk') }), network });
  const config = buildNodeConfig('', [
    ['node.id', '1'], ['controller.quorum.voters', '1@node-1:9093'],
    ['listeners', 'PLAINTEXT://node-1:9092,CONTROLLER://node-1:9093'], ['log.dirs', '/data'],
  ]);
  const logLines: string[] = [];
  const logger = createLogger({ now: () => runtime.clock.now(), sink: (line) => logLines.push(line), level: 'info', component: 'node 1' });
  const hooks: string[] = [];
  let status: () => RaftStatus | null = () => null;
  const raftTap = (read: () => RaftStatus | null): RaftDriverTap => {
    status = read;
    return {
      onRecovered: () => hooks.push('recovered'),
      onPersisting: () => hooks.push('persisting'),
      onPersisted: () => hooks.push('persisted'),
      onApplied: (entries) => hooks.push(`applied ${entries.length}`),
      onRaftEvent: (event) => hooks.push(event.type),
    };
  };
  world.schedule(0, process, () => {
    void WeirNode.start({
      runtime, config, logger, metrics: noopBrokerMetrics(), checkInvariants: true,
      onFatal: (error) => world.fail('fatal', String(error)),
      ...(tapped ? { raftTap } : {}),
    });
  });
  await world.runUntil(3_000);
  expect(world.violation).toBeNull();
  return { hooks, logLines, highWatermark: status()?.highWatermark ?? null };
}

describe('the Raft tap of a WeirNode', () => {
  test('hears recovery, each Ready persisted, the election and the applied entries, in order', async () => {
    const heard = await runNode(1, true);
    expect(heard.hooks[0]).toBe('recovered');
    expect(heard.hooks).toContain('became-leader');
    // Every persisting is followed by its persisted before the next one begins.
    const persistence = heard.hooks.filter((hook) => hook === 'persisting' || hook === 'persisted');
    expect(persistence.length).toBeGreaterThan(2);
    persistence.forEach((hook, index) => expect(hook).toBe(index % 2 === 0 ? 'persisting' : 'persisted'));
    const applied = heard.hooks.filter((hook) => hook.startsWith('applied ')).map((hook) => Number(hook.slice(8)));
    expect(applied.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    // The status reader is the driver's: it has committed what was applied.
    expect(heard.highWatermark).toBeGreaterThan(0);
  }, 60_000);

  test('changes nothing: the same seed logs the same lines with and without a tap', async () => {
    const without = await runNode(2, false);
    const withOne = await runNode(2, true);
    expect(withOne.logLines.length).toBeGreaterThan(3);
    expect(withOne.logLines).toEqual(without.logLines);
  }, 60_000);

  test('without a tap the driver gets the node\'s own observer object', () => {
    const observer: RaftDriverObserver = { onFatal: () => {} };
    expect(withTap(observer, undefined)).toBe(observer);
    const calls: string[] = [];
    const tapped = withTap({ onFatal: () => {}, onApplied: () => calls.push('node') }, { onApplied: () => calls.push('tap') });
    tapped.onApplied?.([]);
    expect(calls).toEqual(['node', 'tap']);
  });
});
