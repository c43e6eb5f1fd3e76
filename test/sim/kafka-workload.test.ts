// Goal: the whole Weir node (src/weir-node.ts) survives the simulator's Kafka workload: with
// topics at flush.messages=1, through crashes (unsynced bytes lost, last write torn), pauses,
// client partitions and slow links, every acknowledged record is read back exactly once, at its
// acknowledged offset, in order, and nothing is invented (sim/kafka/README.md states the
// guarantee); a clean stop loses nothing even without fsync on append. Also: a run is a pure function of its seed (same trace hash twice), a failure
// prints the command that replays it, and each anomaly the checker names is caught end to end.
// Method: a fixed seed range of 10 simulated seconds each (CI and local alike); negative
// controls switch on test-only client misbehaviour, or Kafka's default flush policy, and must
// produce the named violation within a few seeds.
import { describe, expect, test } from 'vitest';
import { allKafkaFaultKinds } from '../../sim/kafka/kafka-faults.js';
import { describeKafkaFailure, parseKafkaSimArguments } from '../../sim/kafka/kafka-command.js';
import {
  kafkaReplayCommand, runKafkaSimulation, type KafkaSimulationOptions, type KafkaSimulationSummary,
} from '../../sim/kafka/kafka-run.js';
import type { KafkaClientFaults } from '../../sim/workloads/kafka-clients.js';

/** The seeds `make test` runs: about 0.1-0.6 s of wall time each on an idle 2-core machine. */
const seedFirst = 1;
const seedLast = 30;
const timeMs = 10_000;

function withoutWallTime(summary: KafkaSimulationSummary): Omit<KafkaSimulationSummary, 'wallMs'> {
  const { wallMs: _wallMs, ...rest } = summary;
  return rest;
}

/** Splits a replay line into argv as a shell would (single quotes only, as the line uses). */
function replayArguments(replay: string): string[] {
  const words = (replay.match(/'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^'(.*)'$/s, '$1'));
  expect(words.slice(0, 2)).toEqual(['./bin/weir', 'sim']);
  return words.slice(2);
}

/** Runs seeds until one reports a violation; returns its summary, or null. */
async function firstViolation(options: Omit<KafkaSimulationOptions, 'seed'>, seeds: number): Promise<KafkaSimulationSummary | null> {
  for (let seed = 1; seed <= seeds; seed += 1) {
    const summary = await runKafkaSimulation({ ...options, seed });
    if (summary.violations.length > 0) return summary;
  }
  return null;
}

describe('Kafka workload in the simulator', () => {
  test(`seeds ${seedFirst}..${seedLast}: acknowledged records survive crashes, restarts, pauses and partitions, once and in order`, async () => {
    const failures: string[] = [];
    const totals = { acknowledged: 0, indeterminate: 0, recordsRead: 0, crashes: 0, cleanStops: 0, runsWithLoss: 0 };
    for (let seed = seedFirst; seed <= seedLast; seed += 1) {
      const summary = await runKafkaSimulation({ seed, timeMs, faults: allKafkaFaultKinds });
      if (summary.violations.length > 0) failures.push(describeKafkaFailure(summary));
      totals.acknowledged += summary.history.acknowledged;
      totals.indeterminate += summary.history.indeterminate;
      totals.recordsRead += summary.history.recordsRead;
      totals.crashes += summary.node.crashes;
      totals.cleanStops += summary.node.cleanStops;
      if (summary.node.bytesLost > 0) totals.runsWithLoss += 1;
    }
    expect(failures, failures.join('\n')).toEqual([]);
    // The range exercises what it claims: many acknowledgements and reads, crashes, answers
    // lost to faults, and crashes that landed while appended bytes were not yet fsynced.
    expect(totals.acknowledged).toBeGreaterThan(1000 * (seedLast - seedFirst + 1) / 2);
    expect(totals.recordsRead).toBeGreaterThan(totals.acknowledged);
    expect(totals.crashes).toBeGreaterThan(seedLast - seedFirst);
    expect(totals.cleanStops).toBeGreaterThan(seedLast - seedFirst);
    expect(totals.indeterminate).toBeGreaterThan(0);
    expect(totals.runsWithLoss).toBeGreaterThan(0);
  });

  test('the same seed gives the same run (trace hash and summary); another seed does not', async () => {
    const first = await runKafkaSimulation({ seed: 5, timeMs: 5000, faults: allKafkaFaultKinds });
    const second = await runKafkaSimulation({ seed: 5, timeMs: 5000, faults: allKafkaFaultKinds });
    expect(withoutWallTime(second)).toEqual(withoutWallTime(first));
    const other = await runKafkaSimulation({ seed: 6, timeMs: 5000, faults: allKafkaFaultKinds });
    expect(other.traceHash).not.toBe(first.traceHash);
  });

  test('the replay line parses back to the options of the run', () => {
    const cases: Array<Omit<KafkaSimulationOptions, 'seed'> & { seed: number }> = [
      { seed: 7, timeMs: 10_000, faults: [...allKafkaFaultKinds] },
      { seed: 8, timeMs: 2500, faults: [], flush: 'never', testOnly: { swapReadValues: true, inventRead: true } },
      // With a schedule the fault families are not printed (the steps say it all): parsed back as all.
      { seed: 9, timeMs: 4000, faults: [...allKafkaFaultKinds], schedule: [{ kind: 'crash', atMs: 1000, durationMs: 300, tear: true },
        { kind: 'partition', atMs: 2000, durationMs: 100, clients: ['consumer-1', 'producer-2'] }] },
    ];
    for (const { seed, ...options } of cases) {
      const replay = parseKafkaSimArguments(replayArguments(kafkaReplayCommand({ seed, ...options })));
      expect(replay.seeds).toEqual({ first: seed, last: seed, range: false });
      expect(replay.options).toEqual(options);
    }
  });

  test('flush.messages=1 matters: with Kafka\'s default flush policy crashes lose acknowledged records', async () => {
    const summary = await firstViolation({ timeMs: 5000, faults: ['crash'], flush: 'never' }, 10);
    expect(summary, 'no seed of 1..10 lost an acknowledged record without fsync').not.toBeNull();
    expect(['lost-write', 'unseen', 'inconsistent-offsets', 'duplicate', 'nonmonotonic-send']).toContain(summary?.violations[0]?.anomaly);
  });

  test('a clean stop (SIGTERM path) flushes: with Kafka\'s default flush policy, power loss after it loses nothing', async () => {
    for (let seed = 1; seed <= 3; seed += 1) {
      const summary = await runKafkaSimulation({ seed, timeMs: 5000, faults: ['restart'], flush: 'never' });
      expect(summary.violations, describeKafkaFailure(summary)).toEqual([]);
      expect(summary.node.cleanStops).toBeGreaterThan(0);
      expect(summary.node.bytesLost).toBe(0);
    }
  });

  const controls: Array<[keyof KafkaClientFaults, string]> = [
    ['resendAcknowledged', 'duplicate'],
    ['hideFirstRecord', 'lost-write'],
    ['swapReadValues', 'inconsistent-offsets'],
    ['reverseReadOrder', 'nonmonotonic-poll'],
    ['inventRead', 'invented-write'],
  ];
  test.each(controls)('negative control: test-only %s is caught as %s, with a replay line that reproduces it', async (fault, anomaly) => {
    const summary = await firstViolation({ timeMs: 3000, faults: [], testOnly: { [fault]: true } }, 3);
    expect(summary?.violations[0]?.anomaly).toBe(anomaly);
    const failure = describeKafkaFailure(summary as KafkaSimulationSummary);
    expect(failure).toContain(`replay: ./bin/weir sim --workload kafka --seed ${String(summary?.seed)} `);
    expect(failure).toContain(`--unsafe-client ${fault}`);
    const replayed = parseKafkaSimArguments(replayArguments(failure.slice(failure.indexOf('replay: ') + 'replay: '.length)));
    const again = await runKafkaSimulation({ ...replayed.options, seed: replayed.seeds.first });
    expect(again.violations).toEqual(summary?.violations);
    expect(again.traceHash).toBe(summary?.traceHash);
  });
});
