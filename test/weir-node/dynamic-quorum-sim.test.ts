// Goal: the dynamic metadata quorum of KIP-853 works across whole WeirNodes. A controller started
// with controller.quorum.bootstrap.servers (outside the static voters) follows the log as an
// observer, is added with AddRaftVoter while topics are being created, its endpoints rewritten
// with UpdateRaftVoter, and a voter is removed
// with RemoveRaftVoter, over the Kafka protocol on the controller listener (and AddRaftVoter
// through a broker, which forwards it) and answered by the active controller only. The new voter set and the added voter's address live in the log
// (VotersRecord) and in each node's durable address book, so they survive crashes, restarts and
// snapshots: a leader is then elected among the new voters, one that needs the added voter's
// address to reach a majority; the removed voter's votes no longer count. Every broker's
// DescribeQuorum names the voters of the quorum, not the static controller.quorum.voters.
// Method: the simulator's world with 3 combined nodes and 1 bootstrapped controller; a
// KafkaClient on the same network plays the admin client; every wait is bounded virtual time.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName, uuidFromBytes, ZERO_UUID, type Uuid } from '../../src/protocol/mod.js';
import { createAddRaftVoterRequest, type AddRaftVoterResponse } from '../../src/protocol/generated/messages/add-raft-voter.js';
import { createCreateTopicsRequest, type CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';
import {
  createDescribeQuorumRequest, type DescribeQuorumResponse,
} from '../../src/protocol/generated/messages/describe-quorum.js';
import {
  createRemoveRaftVoterRequest, type RemoveRaftVoterResponse,
} from '../../src/protocol/generated/messages/remove-raft-voter.js';
import {
  createUpdateRaftVoterRequest, type UpdateRaftVoterResponse,
} from '../../src/protocol/generated/messages/update-raft-voter.js';
import type { ClientOutcome } from '../../src/net/kafka-client/kafka-client.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { SIM_CLUSTER_ID, SimWeirCluster } from './support/sim-weir-cluster.js';

const newVoterDirectory: Uuid = uuidFromBytes(new Uint8Array(16).fill(7));

function leaderOf(cluster: SimWeirCluster): WeirNode | undefined {
  return cluster.liveNodes().find((node) => node.raftStatus().role === 'leader');
}

function controllerAddress(id: number): string {
  return `node-${id}:9093`;
}

function votersEverywhere(cluster: SimWeirCluster, expected: number[]): boolean {
  const nodes = cluster.liveNodes();
  return nodes.length > 0 && nodes.every((node) => node.raftStatus().voters.join(',') === expected.join(','));
}

async function addVoter(cluster: SimWeirCluster, at: string): Promise<AddRaftVoterResponse> {
  const outcome = await cluster.ask(() => cluster.client.send<AddRaftVoterResponse>(at, {
    apiKey: ApiKey.AddRaftVoter,
    body: createAddRaftVoterRequest({ clusterId: SIM_CLUSTER_ID, timeoutMs: 5_000, voterId: 4,
      voterDirectoryId: newVoterDirectory, listeners: [{ name: 'CONTROLLER', host: 'node-4', port: 9093 }] }),
  }), 15_000);
  if (outcome.kind !== 'response') throw new Error(`AddRaftVoter ended ${outcome.kind}`);
  return outcome.body;
}

async function removeVoter(cluster: SimWeirCluster, at: string, voterId: number, directory: Uuid): Promise<RemoveRaftVoterResponse> {
  const outcome = await cluster.ask(() => cluster.client.send<RemoveRaftVoterResponse>(at, {
    apiKey: ApiKey.RemoveRaftVoter,
    body: createRemoveRaftVoterRequest({ clusterId: SIM_CLUSTER_ID, voterId, voterDirectoryId: directory }),
  }), 15_000);
  if (outcome.kind !== 'response') throw new Error(`RemoveRaftVoter ended ${outcome.kind}`);
  return outcome.body;
}

/** DescribeQuorum version 2 (every voter's endpoints) as the controller at `at` answers it. */
function describeAt(cluster: SimWeirCluster, at: string): Promise<ClientOutcome<DescribeQuorumResponse>> {
  return cluster.ask(() => cluster.client.send<DescribeQuorumResponse>(at, {
    apiKey: ApiKey.DescribeQuorum, versions: { lowestVersion: 2, highestVersion: 2 },
    body: createDescribeQuorumRequest({ topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] }),
  }));
}

function createTopics(cluster: SimWeirCluster, names: string[]): Promise<number[]> {
  return Promise.all(names.map(async (name) => {
    const outcome = await cluster.client.send<CreateTopicsResponse>('node-2:9092', {
      apiKey: ApiKey.CreateTopics,
      body: createCreateTopicsRequest({ topics: [{ name: topicName(name), numPartitions: 1, replicationFactor: 1,
        assignments: [], configs: [] }], timeoutMs: 5_000, validateOnly: false }),
    });
    return outcome.kind === 'response' ? outcome.body.topics[0]?.errorCode ?? -1 : -1;
  }));
}

describe('the dynamic quorum (KIP-853) across WeirNodes in the simulator', () => {
  test('add a bootstrapped controller while topics are created, remove a voter, and the new set survives crashes', async () => {
    // Node 4's only bootstrap server is node 1, the voter removed below.
    const cluster = new SimWeirCluster(23, { combined: [1, 2, 3], bootstrappedControllers: [4], bootstrapServers: [1] },
      { snapshotEveryEntries: 16 });
    cluster.startAll();
    expect(await cluster.runUntil(() => cluster.liveNodes().length === 4 &&
      cluster.liveNodes().every((node) => node.isReady()), 20_000)).toBe(true);
    const observer = cluster.machine(4).node as WeirNode;
    expect(observer.raftStatus().isVoter).toBe(false);
    expect(observer.raftStatus().voters).toEqual([1, 2, 3]);

    // Only the active controller changes voters.
    const leaderId = (leaderOf(cluster) as WeirNode).raftStatus().id;
    const follower = [1, 2, 3].find((id) => id !== leaderId) as number;
    expect((await addVoter(cluster, controllerAddress(follower))).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    // Kafka's admin client with bootstrap.controllers asks any controller; version 2 names the voters' endpoints.
    const described = await describeAt(cluster, controllerAddress(4));
    expect(described.kind === 'response' && described.body.nodes.map((node) => node.nodeId)).toEqual([1, 2, 3]);
    // The leader lists the new controller among the observers: how an operator sees it caught up.
    const atLeader = await describeAt(cluster, controllerAddress(leaderId));
    expect(atLeader.kind === 'response' ? atLeader.body.topics[0]?.partitions[0]?.observers.map((observer) => observer.replicaId) : atLeader)
      .toEqual([4]);

    // Add node 4 while topics are being created, through a broker that forwards it to the active
    // controller (KIP-853); a not-yet-caught-up voter is refused with REQUEST_TIMED_OUT: retry.
    let added: AddRaftVoterResponse | null = null;
    let created: number[] = [];
    for (let attempt = 0; attempt < 10 && added?.errorCode !== ErrorCode.NONE; attempt += 1) {
      const both = await cluster.ask(() => Promise.all([
        cluster.client.send<AddRaftVoterResponse>('node-3:9092', {
          apiKey: ApiKey.AddRaftVoter,
          body: createAddRaftVoterRequest({ clusterId: SIM_CLUSTER_ID, timeoutMs: 5_000, voterId: 4,
            voterDirectoryId: newVoterDirectory, listeners: [{ name: 'CONTROLLER', host: 'node-4', port: 9093 }] }),
        }),
        createTopics(cluster, [0, 1, 2, 3, 4].map((index) => `during-add-${attempt}-${index}`)),
      ]), 15_000);
      added = both[0].kind === 'response' ? both[0].body : null;
      created = created.concat(both[1]);
    }
    expect(added?.errorCode).toBe(ErrorCode.NONE);
    expect(created.every((code) => code === ErrorCode.NONE)).toBe(true);
    expect(await cluster.runUntil(() => votersEverywhere(cluster, [1, 2, 3, 4]), 5_000)).toBe(true);
    expect(observer.raftStatus().isVoter).toBe(true);
    // Adding it again is DUPLICATE_VOTER.
    expect((await addVoter(cluster, controllerAddress((leaderOf(cluster) as WeirNode).raftStatus().id))).errorCode)
      .toBe(ErrorCode.DUPLICATE_VOTER);

    // UpdateRaftVoter: a voter's endpoints are rewritten; an unknown voter is VOTER_NOT_FOUND.
    const update = async (voterId: number): Promise<number> => {
      const at = controllerAddress((leaderOf(cluster) as WeirNode).raftStatus().id);
      const outcome = await cluster.ask(() => cluster.client.send<UpdateRaftVoterResponse>(at, {
        apiKey: ApiKey.UpdateRaftVoter,
        body: createUpdateRaftVoterRequest({ clusterId: SIM_CLUSTER_ID, currentLeaderEpoch: -1, voterId,
          voterDirectoryId: newVoterDirectory, listeners: [{ name: 'CONTROLLER', host: 'node-4', port: 9093 }],
          kRaftVersionFeature: { minSupportedVersion: 0, maxSupportedVersion: 1 } }),
      }));
      return outcome.kind === 'response' ? outcome.body.errorCode : -1;
    };
    expect(await update(4)).toBe(ErrorCode.NONE);
    expect(await update(9)).toBe(ErrorCode.VOTER_NOT_FOUND);

    // A voter is named by id and directory id: the wrong directory id finds no voter.
    let active = (leaderOf(cluster) as WeirNode).raftStatus().id;
    expect((await removeVoter(cluster, controllerAddress(active), 4, uuidFromBytes(new Uint8Array(16).fill(9)))).errorCode)
      .toBe(ErrorCode.VOTER_NOT_FOUND);
    // Remove voter 1 (a bootstrap voter: its directory id is unknown, ZERO matches it).
    expect(await cluster.runUntil(() => leaderOf(cluster) !== undefined, 5_000)).toBe(true);
    active = (leaderOf(cluster) as WeirNode).raftStatus().id;
    expect((await removeVoter(cluster, controllerAddress(active), 1, ZERO_UUID)).errorCode).toBe(ErrorCode.NONE);
    expect(await cluster.runUntil(() => votersEverywhere(cluster, [2, 3, 4]), 5_000)).toBe(true);
    // Every broker's DescribeQuorum names the voters the quorum has now, never the static ones:
    // the leader's broker answers itself, the others forward to the active controller.
    expect(await cluster.runUntil(() => leaderOf(cluster) !== undefined, 5_000)).toBe(true);
    for (const broker of [1, 2, 3]) {
      const described = await describeAt(cluster, `node-${broker}:9092`);
      const body = described.kind === 'response' ? described.body : null;
      expect(body?.nodes.map((node) => [node.nodeId, node.listeners[0]?.host]), `broker ${broker}`)
        .toEqual([[2, 'node-2'], [3, 'node-3'], [4, 'node-4']]);
      const voters = body?.topics[0]?.partitions[0]?.currentVoters ?? [];
      expect(voters.find((voter) => voter.replicaId === 4)?.replicaDirectoryId, `broker ${broker}`).toBe(newVoterDirectory);
    }
    // More entries, so snapshots compact away the records that named the voters.
    const removalEnd = (leaderOf(cluster) as WeirNode).raftStatus().endOffset;
    const names = Array.from({ length: 24 }, (_, index) => `after-remove-${index}`);
    expect(await cluster.ask(() => createTopics(cluster, names), 20_000)).toEqual(names.map(() => ErrorCode.NONE));
    expect(await cluster.runUntil(() => cluster.liveNodes().every((node) => node.raftStatus().logStartOffset > removalEnd), 10_000))
      .toBe(true);

    // Crash every node; bring back only the removed voter 1 and voter 2. Voter 1 no longer
    // counts, so no leader can be elected among voters {2,3,4} with one of them up.
    for (const id of [1, 2, 3, 4]) cluster.crash(id);
    cluster.start(1);
    cluster.start(2);
    const nodeTwoUp = await cluster.runUntil(() => cluster.machine(2).node !== null, 5_000);
    // Node 2 cannot start serving (no leader to catch up under), so it stays null: run a while.
    expect(nodeTwoUp).toBe(false);
    expect(leaderOf(cluster)).toBeUndefined();
    // Node 2's controller listener is up (it opens before the catch-up): it names the voters of
    // its log and where each is reached, though the records that added 4 were compacted away.
    const named = await describeAt(cluster, controllerAddress(2));
    expect(named.kind === 'response' && named.body.nodes.map((node) => [node.nodeId, node.listeners[0]?.host, node.listeners[0]?.port]))
      .toEqual([[2, 'node-2', 9093], [3, 'node-3', 9093], [4, 'node-4', 9093]]);
    // Voter 4 (whose address only the log and the address books name) makes a majority with 2.
    // Its only bootstrap server is down: it starts from the voters it knew.
    cluster.crash(1);
    cluster.start(4);
    expect(await cluster.runUntil(() => cluster.machine(2).node !== null && cluster.machine(4).node !== null, 20_000)).toBe(true);
    cluster.start(1);
    expect(await cluster.runUntil(() => cluster.machine(1).node !== null, 20_000)).toBe(true);
    expect(await cluster.runUntil(() => leaderOf(cluster) !== undefined, 10_000)).toBe(true);
    expect([2, 4]).toContain((leaderOf(cluster) as WeirNode).raftStatus().id);
    expect(votersEverywhere(cluster, [2, 3, 4])).toBe(true);
    // Metadata changes commit again; then node 3 rejoins and sees the same set.
    expect((await cluster.ask(() => createTopics(cluster, ['after-restart'])))).toEqual([0]);
    cluster.start(3);
    expect(await cluster.runUntil(() => cluster.liveNodes().length === 4 && votersEverywhere(cluster, [2, 3, 4]), 20_000))
      .toBe(true);
    expect(cluster.world.violation).toBeNull();
  }, 120_000);
});
