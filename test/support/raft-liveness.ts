// The liveness check of the Raft harness: after a fault schedule, heal the network, restart
// every crashed node, and let time pass with every message delivered promptly. Within a bound
// a leader must be elected and a fresh proposal must be applied on every voter (the liveness
// mode of TigerBeetle's VOPR and Kafka's RaftEventSimulationTest; simulation.md §1.3, §3.3).
import assert from 'node:assert/strict';
import type { RaftHarness } from './raft-harness.js';

/** What became of the attempt, with a short account for failure messages. */
export interface LivenessOutcome {
  readonly committedOnAllVoters: boolean;
  /** Ticks it took (or the bound when it failed). */
  readonly ticks: number;
  readonly story: string;
}

const marker = 'liveness-probe';

function hasApplied(harness: RaftHarness, id: number): boolean {
  return harness.node(id).stateMachine.texts().includes(marker);
}

/**
 * Heals everything and runs the cluster until every voter applied a probe entry, or `boundTicks`
 * ticks pass. The probe is proposed on whoever leads, again after a leader change, so a lost
 * uncommitted proposal does not count against liveness.
 */
export function awaitLiveness(
  harness: RaftHarness,
  options: { readonly voters: readonly number[]; readonly boundTicks: number },
): LivenessOutcome {
  assert.ok(options.boundTicks > 0, 'a liveness bound is positive');
  harness.heal();
  harness.disarmTornCrashes();
  for (const id of harness.ids()) if (!harness.node(id).alive) harness.restart(id);
  harness.stabilize();
  let proposedIn: string | null = null;
  for (let ticks = 1; ticks <= options.boundTicks; ticks++) {
    harness.tickAll();
    harness.stabilize();
    const leader = harness.leaders()[0];
    const key = leader === undefined ? null : `${leader.id}@${leader.epoch}`;
    if (leader !== undefined && key !== proposedIn) {
      harness.propose(leader.id, [new TextEncoder().encode(marker)]);
      proposedIn = key;
      harness.stabilize();
    }
    if (options.voters.every((id) => hasApplied(harness, id))) {
      return { committedOnAllVoters: true, ticks, story: `committed after ${ticks} ticks` };
    }
  }
  const states = harness.ids().map((id) => {
    const status = harness.node(id).core.status();
    return `node ${id}: ${status.role} epoch ${status.epoch} hw ${status.highWatermark} end ${status.endOffset}`;
  });
  return {
    committedOnAllVoters: false,
    ticks: options.boundTicks,
    story: `no commit on all voters within ${options.boundTicks} ticks:\n${states.join('\n')}`,
  };
}
