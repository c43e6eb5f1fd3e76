// Tests of the in-memory Raft harness (test/support/raft-harness.ts) that the transcripts, the
// property tests and the benchmark stand on. Goal: runs are deterministic for a seed, and a
// crash keeps exactly the durable record, from which a restarted node rejoins. Method: drive
// small clusters through the harness and compare traces and states.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, renderEvent, type Message } from '../../raft/mod.js';
import { uncoveredPromise } from '../support/harness/persist-before-send.js';
import { RaftHarness, SafetyViolationError } from '../support/raft-harness.js';
import { awaitLiveness } from '../support/raft-liveness.js';
import { ScheduleRunner, scheduleArbitrary } from '../support/raft-schedule.js';
import { renderMessage } from '../support/raft-render.js';

const encoder = new TextEncoder();

function electAndCommit(harness: RaftHarness, payloads: readonly string[]): number {
  for (let ticks = 0; ticks < 200 && harness.leaders().length === 0; ticks++) {
    harness.tickAll();
    harness.stabilize();
  }
  const leader = harness.leaders()[0];
  expect(leader).toBeDefined();
  harness.propose(leader!.id, payloads.map((payload) => encoder.encode(payload)));
  for (let ticks = 0; ticks < 3; ticks++) {
    harness.tickAll();
    harness.stabilize();
  }
  return leader!.id;
}

describe('RaftHarness', () => {
  test('the same seed and schedule give the same trace, event for event', () => {
    const schedules = scheduleArbitrary({ nodes: [1, 2, 3], maxActions: 300, crashes: false });
    const [seed, actions] = fc.sample(fc.tuple(fc.nat(), schedules), {
      numRuns: 1,
      seed: 5,
    })[0]!;
    const trace = (): string[] => {
      const harness = new RaftHarness({ voters: [1, 2, 3], seed, electionTimeoutTicks: 5, fetchTimeoutTicks: 8, recordEvents: true });
      new ScheduleRunner(harness).run(actions);
      const inFlight = harness.network.inFlight.map((item) => renderMessage(item.message));
      return [...harness.drainEvents().map(renderEvent), ...inFlight];
    };
    const first = trace();
    expect(first.length).toBeGreaterThan(10);
    expect(trace()).toEqual(first);
  });

  test('a crashed node keeps its durable log and rejoins the leader after a restart', () => {
    const harness = new RaftHarness({ voters: [1, 2, 3], seed: 3, checkSafety: true });
    const leader = electAndCommit(harness, ['a', 'b']);
    const follower = harness.ids().find((id) => id !== leader)!;
    const durableBefore = harness.node(follower).durable.entries.map((entry) => entry.offset);
    expect(durableBefore.length).toBe(3);
    harness.crash(follower);
    harness.propose(leader, [encoder.encode('c')]);
    harness.restart(follower);
    expect(harness.node(follower).core.status().endOffset).toBe(3);
    for (let ticks = 0; ticks < 5; ticks++) {
      harness.tickAll();
      harness.stabilize();
    }
    expect(harness.node(follower).stateMachine.texts()).toEqual(['a', 'b', 'c']);
  });

  test('the simulator\'s checkers hear of the harness\'s crashes and restarts: a lost durable entry is caught', () => {
    // A harness that dropped a fsynced entry in a crash would leave this record; the durability
    // checker (sim/checkers/durable-logs.ts) hears of the crash and the recovery through the hooks.
    const harness = new RaftHarness({ voters: [1, 2, 3], seed: 3, checkSafety: true });
    const leader = electAndCommit(harness, ['a', 'b']);
    const follower = harness.ids().find((id) => id !== leader)!;
    harness.crash(follower);
    harness.node(follower).durable.entries.pop();
    const caught = (() => {
      try {
        harness.restart(follower);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toBeInstanceOf(SafetyViolationError);
    expect((caught as SafetyViolationError).violations.map((violation) => violation.checker)).toEqual(['durability']);
  });

  test('a message to a partitioned or crashed node is lost, not delivered', () => {
    const harness = new RaftHarness({ voters: [1, 2, 3], seed: 3 });
    const leader = electAndCommit(harness, ['a']);
    const [other, third] = harness.ids().filter((id) => id !== leader) as [number, number];
    harness.partition([[leader, third], [other]]);
    harness.crash(third);
    harness.propose(leader, [encoder.encode('b')]);
    harness.tickAll();
    const outcomes = harness.deliverRound().map((delivery) => delivery.outcome);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome !== 'delivered')).toBe(true);
  });

  test('the liveness check reports a cluster that cannot commit within the bound', () => {
    // Election timeouts of at least 10 ticks make a commit within 5 ticks impossible.
    const slow = new RaftHarness({ voters: [1, 2, 3], seed: 3, electionTimeoutTicks: 10 });
    expect(awaitLiveness(slow, { voters: [1, 2, 3], boundTicks: 5 }).committedOnAllVoters).toBe(false);
    const healthy = new RaftHarness({ voters: [1, 2, 3], seed: 3, electionTimeoutTicks: 10 });
    expect(awaitLiveness(healthy, { voters: [1, 2, 3], boundTicks: 100 }).committedOnAllVoters).toBe(true);
  });

  test('persist-before-send flags a granted vote, an epoch and a fetch offset not yet durable', () => {
    const base = { from: nodeId(2), to: nodeId(1), epoch: epoch(3) };
    const grant: Message = { ...base, type: 'VoteResponse', preVote: false, candidateEpoch: epoch(3), granted: true, leaderId: null };
    const votedDurably = { hardState: { epoch: epoch(3), votedFor: nodeId(1), leader: null }, snapshot: null, entries: [] };
    const notYet = { hardState: { epoch: epoch(3), votedFor: null, leader: null }, snapshot: null, entries: [] };
    expect(uncoveredPromise(grant, votedDurably)).toBeUndefined();
    expect(uncoveredPromise(grant, notYet)).toMatch(/vote/);
    expect(uncoveredPromise(grant, { ...notYet, hardState: { epoch: epoch(2), votedFor: null, leader: null } })).toMatch(/epoch/);
    const fetch: Message = { ...base, type: 'FetchRequest', fetchOffset: offset(1), lastFetchedEpoch: epoch(3) };
    expect(uncoveredPromise(fetch, votedDurably)).toMatch(/durable log ends at 0/);
  });
});
