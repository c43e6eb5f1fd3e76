// Goal: the checkers can fail. With a test-only switch that breaks one safety rule, the
// simulator must report a violation within a bounded number of seeds; otherwise the clean seed
// ranges in seeds.test.ts would prove nothing. Method: run seeds with the switch on until one
// fails, and require that to happen within the bound. The switches: the core grants votes
// without the log check (Raft §5.4.1) or commits entries of earlier epochs alone (§5.4.2); the
// disk skips the quorum-state fsync (KIP-595's durable vote), with and without the durability
// checker (so the Raft checkers must catch it on their own too).
import { describe, expect, test } from 'vitest';
import { allFaultKinds } from '../../sim/nemesis.js';
import { runSimulation, type SimulationOptions } from '../../sim/run.js';

/** The first seed whose run reports a safety violation (liveness failures are not the point here). */
async function firstFailure(testOnly: NonNullable<SimulationOptions['testOnly']>, seedsMax: number) {
  for (let seed = 1; seed <= seedsMax; seed += 1) {
    const summary = await runSimulation({ seed, nodes: 3, timeMs: 10_000, faults: allFaultKinds, testOnly });
    const anomaly = summary.violations[0]?.anomaly;
    if (anomaly !== undefined && anomaly !== 'liveness') return summary;
  }
  return null;
}

describe('negative controls', () => {
  test('a core that grants votes without the log check is caught within 20 seeds', async () => {
    const failure = await firstFailure({ unsafeCore: { grantVotesWithoutLogCheck: true } }, 20);
    expect(failure?.violations[0]?.anomaly).toMatch(/leader-completeness|committed-entry|log-matching|lost-write|assertion/);
    expect(failure?.replay).toContain('--unsafe-core grantVotesWithoutLogCheck');
  });

  test('a core that grants two votes in one epoch is caught as election-safety within 20 seeds', async () => {
    const failure = await firstFailure({ unsafeCore: { grantMultipleVotesPerEpoch: true } }, 20);
    expect(failure?.violations[0]?.anomaly).toBe('election-safety');
  });

  test('a disk that skips the quorum-state fsync is caught within 10 seeds', async () => {
    const failure = await firstFailure({ skipQuorumStateSync: true }, 10);
    expect(failure?.violations[0]?.anomaly).toBe('durability');
  });

  test('without the durability checker, the skipped quorum-state fsync is still caught within 20 seeds', async () => {
    const failure = await firstFailure({ skipQuorumStateSync: true, withoutDurabilityChecker: true }, 20);
    expect(failure).not.toBeNull();
    expect(failure?.violations[0]?.anomaly).not.toBe('durability');
  });
});
