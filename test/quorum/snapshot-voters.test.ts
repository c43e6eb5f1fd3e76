// Goal: every snapshot the driver takes opens with a KRaftVersionRecord and the VotersRecord of
// the voter set in force at its end (KIP-853), so a node restored from a snapshot knows who votes
// and where they listen even once the `voters` entry that added a voter is compacted away.
// Method: the codec round trip and the pass-through of older snapshots; then four drivers on the
// simulator (voters 1-3, node 4 an observer): node 3 is down while node 4 is added as a voter and
// the others snapshot past that entry; node 3, restarted, catches up by FetchSnapshot and must
// know node 4's endpoint and directory id, also after another restart.
import { describe, expect, test } from 'vitest';
import { nodeId, type Entry, type NodeId, type Snapshot } from '../../raft/mod.js';
import { uuidFromBytes } from '../../src/protocol/mod.js';
import { RaftDriver, type VoterChangeOutcome } from '../../src/quorum/raft-driver.js';
import { decodeSnapshotContents, encodeSnapshotContents } from '../../src/quorum/snapshot-voters.js';
import type { StateMachine } from '../../src/quorum/state-machine.js';
import type { VoterInfo } from '../../src/quorum/voters-record.js';
import { SimMachine, type NodeProgram, type ProgramContext } from '../../sim/machine.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { World } from '../../sim/world.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function voter(id: number): VoterInfo {
  const bytes = new Uint8Array(16);
  bytes[0] = 0x40;
  bytes[15] = id;
  return { id: nodeId(id), directoryId: uuidFromBytes(bytes), endpoints: [{ name: 'CONTROLLER', host: `node-${id}`, port: 9093 }] };
}

/** Counts applied entries; its snapshot is the count as text (so stray header bytes would show). */
class CountingRegister implements StateMachine {
  count = 0;
  apply(entries: readonly Entry[]): void {
    this.count += entries.length;
  }
  snapshot(): Uint8Array {
    return encoder.encode(String(this.count));
  }
  restore(snapshot: Snapshot): void {
    const text = decoder.decode(snapshot.data);
    expect(text).toMatch(/^\d+$/);
    this.count = Number(text);
  }
}

class DriverProgram implements NodeProgram<RaftDriver> {
  start(context: ProgramContext): Promise<RaftDriver> {
    const id = context.machine.id;
    const addresses = new Map<NodeId, string>([1, 2, 3].map((each) => [nodeId(each), `node-${each}:9093`]));
    // The observer listens too, so that once it is a voter its peers can dial it.
    if (id === 4) addresses.set(nodeId(4), 'node-4:9093');
    return RaftDriver.start({
      runtime: context.runtime, id: nodeId(id), voters: [1, 2, 3].map((each) => nodeId(each)), addresses,
      dataDirectory: '/data', stateMachine: new CountingRegister(), tickMs: 10, electionTimeoutTicks: 15,
      fetchTimeoutTicks: 30, observer: { onFatal: (error) => context.fatal(error) },
    });
  }
}

describe('snapshot voters (KIP-853)', () => {
  test('the control records round-trip and an older snapshot reads as state machine data alone', () => {
    const data = encoder.encode('42');
    const contents = decodeSnapshotContents(encodeSnapshotContents([voter(2), voter(1)], data));
    expect(contents.voters).toEqual([voter(1), voter(2)]);
    expect(decoder.decode(contents.data)).toBe('42');
    expect(decodeSnapshotContents(data)).toEqual({ voters: null, data });
  });

  test('a node restored from a snapshot taken after a voter change knows the new voter and its endpoint', async () => {
    const world = new World({ seed: 21 });
    const network = new SimNetwork(world, {
      conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
      modeFor: () => 'message', connectTimeoutMs: 50,
    });
    const program = new DriverProgram();
    const machines = [1, 2, 3, 4].map((id) => new SimMachine<RaftDriver>(id, program, { world, network }));
    for (const machine of machines) machine.start();
    const leaderOf = () => machines.find((machine) => machine.status === 'up' && machine.node?.status().role === 'leader');
    const runUntil = async (condition: () => boolean, limitMs: number): Promise<void> => {
      const untilMs = world.nowMs + limitMs;
      while (!condition() && world.violation === null && world.nowMs < untilMs) await world.runUntil(world.nowMs + 20);
      expect(world.violation).toBeNull();
      expect(condition()).toBe(true);
    };
    await runUntil(() => leaderOf() !== undefined && leaderOf()!.id !== 3, 5_000);
    const [, , third, fourth] = machines as [SimMachine<RaftDriver>, SimMachine<RaftDriver>, SimMachine<RaftDriver>, SimMachine<RaftDriver>];
    await runUntil(() => fourth.node?.status().highWatermark === leaderOf()!.node!.status().highWatermark, 5_000);
    third.crash({ tear: false });

    // Add node 4 (retried while it catches up as an observer), then write on and snapshot
    // everywhere, so that the leader's log starts past the `voters` entry.
    let added = null as VoterChangeOutcome | null;
    for (let attempt = 0; attempt < 20 && added?.status !== 'committed'; attempt += 1) {
      const leader = leaderOf()!;
      world.schedule(0, leader.process, () => { void leader.node!.changeVoters({ kind: 'add', voter: voter(4) }).then((outcome) => { added = outcome; }); });
      await world.runUntil(world.nowMs + 200);
    }
    expect(added).toEqual({ status: 'committed' });
    const leader = leaderOf()!;
    const votersChangedAt = leader.node!.status().endOffset;
    for (let index = 0; index < 5; index += 1) {
      world.schedule(0, leader.process, () => { void leader.node!.propose(encoder.encode(`after-${index}`)); });
    }
    await world.runUntil(world.nowMs + 300);
    for (const machine of machines) if (machine.status === 'up') world.schedule(0, machine.process, () => machine.node!.takeSnapshot());
    await runUntil(() => leaderOf()!.node!.status().logStartOffset >= votersChangedAt, 2_000);

    third.start();
    await runUntil(() => third.node?.status().snapshotId !== null && third.node?.status().snapshotId !== undefined &&
      third.node.status().voters.includes(nodeId(4)), 5_000);
    expect(third.node!.knownVoters().get(nodeId(4))).toEqual(voter(4));

    // Restarted again, it reads the same from its own disk.
    third.crash({ tear: false });
    third.start();
    await runUntil(() => third.node !== null && third.status === 'up', 1_000);
    expect(third.node!.knownVoters().get(nodeId(4))).toEqual(voter(4));
    for (const machine of machines) if (machine.status === 'up') machine.crash({ tear: false });
  });
});
