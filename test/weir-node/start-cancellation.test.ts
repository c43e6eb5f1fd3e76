// Goal: a node stopped while it starts ends promptly and cleanly (src/node/start-cancellation.ts):
// aborting WeirNode.start's signal while it waits for a metadata quorum that never forms, or for
// bootstrap servers that never answer, rejects the start with StartCancelledError within a few
// ticks, leaves nothing running (no further event of the node's process in the next simulated
// minute: no Raft ticks, polls or reconnects) and frees its listeners, so the node starts again
// on the same machine. Method: one node of a three-voter quorum (or of a dynamic quorum whose
// bootstrap server does not exist) alone in the simulator's world.
import { describe, expect, test } from 'vitest';
import { buildNodeConfig, type NodeConfig } from '../../src/config/node-config.js';
import { silentLogger } from '../../src/log/logger.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { WeirNode } from '../../src/node/weir-node.js';
import { StartCancelledError } from '../../src/node/start-cancellation.js';
import { HostClock } from '../../sim/sim-clock.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { createSimRuntime } from '../../sim/sim-runtime.js';
import { SimProcess, World } from '../../sim/world.js';

const staticQuorum = buildNodeConfig('', [
  ['node.id', '1'], ['controller.quorum.voters', '1@node-1:9093,2@node-2:9093,3@node-3:9093'],
  ['listeners', 'PLAINTEXT://node-1:9092,CONTROLLER://node-1:9093'], ['log.dirs', '/data'],
]);
const dynamicQuorum = buildNodeConfig('', [
  ['node.id', '1'], ['process.roles', 'controller'], ['controller.quorum.bootstrap.servers', 'node-9:9093'],
  ['listeners', 'CONTROLLER://node-1:9093'], ['log.dirs', '/data'],
]);

type Started = { readonly kind: 'started'; readonly node: WeirNode } | { readonly kind: 'failed'; readonly error: unknown };

async function startThenCancel(config: NodeConfig) {
  const world = new World({ seed: 5 });
  const network = new SimNetwork(world, {
    conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'stream', connectTimeoutMs: 50,
  });
  const disk = new SimDisk({ random: world.random.fork('node-1/disk') });
  const hostClock = new HostClock(world);
  const start = (incarnation: number, signal: AbortSignal): { process: SimProcess; outcome: () => Started | null } => {
    const process = new SimProcess('node-1', incarnation);
    const runtime = createSimRuntime({ world, process, host: 'node-1', hostClock, disk, network });
    let outcome: Started | null = null;
    world.schedule(0, process, () => {
      WeirNode.start({ runtime, config, logger: silentLogger(), metrics: noopBrokerMetrics(), signal,
        onFatal: (error) => world.fail('fatal', String(error)) })
        .then((node) => { outcome = { kind: 'started', node }; }, (error: unknown) => { outcome = { kind: 'failed', error }; });
    });
    return { process, outcome: () => outcome };
  };

  const first = new AbortController();
  const starting = start(0, first.signal);
  await world.runUntil(3_000);
  const stillStarting = starting.outcome() === null;
  world.schedule(0, starting.process, () => first.abort());
  const abortedAtMs = world.nowMs;
  while (starting.outcome() === null && world.nowMs < abortedAtMs + 1_000) await world.runUntil(world.nowMs + 5);
  const endedAfterMs = world.nowMs - abortedAtMs;
  // Nothing of the cancelled start runs on: a minute passes without one event.
  const eventsAfterEnd = world.eventCount;
  await world.runUntil(world.nowMs + 60_000);
  const eventsInTheMinute = world.eventCount - eventsAfterEnd;

  // Started again on the same machine, it gets as far as waiting again (listeners free, disk open).
  const second = new AbortController();
  const again = start(1, second.signal);
  await world.runUntil(world.nowMs + 3_000);
  const secondOutcome = again.outcome();
  world.schedule(0, again.process, () => second.abort());
  await world.runUntil(world.nowMs + 1_000);
  return { stillStarting, outcome: starting.outcome(), endedAfterMs, eventsInTheMinute, secondOutcome,
    secondEnd: again.outcome(), violation: world.violation };
}

describe('WeirNode start cancellation', () => {
  for (const [name, config] of [['the metadata quorum', staticQuorum], ['the bootstrap servers', dynamicQuorum]] as const) {
    test(`stopped while it waits for ${name}, the start ends promptly and leaves nothing running`, async () => {
      const run = await startThenCancel(config);
      expect(run.violation).toBeNull();
      expect(run.stillStarting).toBe(true);
      expect(run.outcome?.kind).toBe('failed');
      const error = run.outcome?.kind === 'failed' ? run.outcome.error : null;
      expect(error).toBeInstanceOf(StartCancelledError);
      expect((error as StartCancelledError).code).toBe('START_CANCELLED');
      // A few Raft ticks (20 ms each) at most, nowhere near a request timeout.
      expect(run.endedAfterMs).toBeLessThanOrEqual(100);
      expect(run.eventsInTheMinute).toBe(0);
      expect(run.secondOutcome).toBeNull();
      expect(run.secondEnd?.kind === 'failed' && run.secondEnd.error).toBeInstanceOf(StartCancelledError);
    }, 60_000);
  }
});
