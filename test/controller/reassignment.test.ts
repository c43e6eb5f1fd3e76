// Goal: partition reassignment (KIP-455) runs as Kafka's controller runs it: the request adds the
// target replicas (addingReplicas / removingReplicas in the image) and answers at once; the
// reassignment completes only once the new replicas are in the ISR (whoever committed that ISR
// change: here an entry written past the controller's own operations, as AlterPartition's are),
// and then the removed replicas leave in one record that moves the leader off a removed replica
// and bumps the leader epoch; ListPartitionReassignments shows what is under way; cancelling
// reverts; the per-partition errors are Kafka's. Method: the real QuorumController on the
// stand-in quorum of controller-fixture.ts; the ISR changes are committed as PartitionChangeRecords.
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId, topicName, type NodeId } from '../../src/protocol/mod.js';
import { createPartitionChangeRecord } from '../../src/protocol/generated/metadata/partition-change-record.js';
import type { AlterPartitionReassignmentsResponse } from '../../src/protocol/generated/messages/alter-partition-reassignments.js';
import { isReassigning, type MetadataImage, type PartitionImage } from '../../src/metadata/image/metadata-image.js';
import { reassignmentReplicas, revertedReassignment } from '../../src/controller/reassignment.js';
import { ControllerFixture } from './controller-fixture.js';
import { drain, ids, untilImage } from './partition-images.js';

const TOPIC = topicName('moving');

function partitionOf(image: MetadataImage, index = 0): PartitionImage {
  const partition = image.topicsByName.get(TOPIC)?.partitions[index];
  expect(partition).toBeDefined();
  return partition as PartitionImage;
}

/** A controller with brokers 1-4 and topic "moving" on replicas [1, 2] (leader 1, ISR [1, 2]). */
async function cluster(configs: Record<string, string> = {}): Promise<ControllerFixture> {
  const fixture = new ControllerFixture();
  await fixture.registerBrokers([1, 2, 3, 4]);
  const created = await fixture.controller.createTopics({
    topics: [{ name: TOPIC, numPartitions: -1, replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: ids(1, 2) }],
      configs: Object.entries(configs).map(([name, value]) => ({ name, value })) }],
    timeoutMs: 1000, validateOnly: false,
  }, 7);
  expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE);
  return fixture;
}

function reassign(fixture: ControllerFixture, replicas: readonly number[] | null, partitionIndex = 0):
  Promise<AlterPartitionReassignmentsResponse> {
  return fixture.controller.alterPartitionReassignments({
    timeoutMs: 1000,
    topics: [{ name: TOPIC, partitions: [{ partitionIndex, replicas: replicas === null ? null : ids(...replicas) }] }],
  }, 0);
}

function codeOf(response: AlterPartitionReassignmentsResponse): number | undefined {
  return response.responses[0]?.partitions[0]?.errorCode;
}

/** Commits an ISR change as the partition's leader would have it committed through AlterPartition. */
function commitIsr(fixture: ControllerFixture, isr: readonly number[], leader?: number): void {
  const partition = partitionOf(fixture.publisher.current());
  fixture.commitRecords([{ type: 'PartitionChangeRecord', record: createPartitionChangeRecord({
    topicId: partition.topicId, partitionId: 0, isr: isr.map(nodeId), ...(leader === undefined ? {} : { leader: nodeId(leader) }),
  }) }]);
}

describe('KIP-455 reassignment through the controller', () => {
  test('[1, 2] to [3, 4]: adding, then the ISR catches up, then the old replicas leave and 3 leads', async () => {
    const fixture = await cluster();
    expect(codeOf(await reassign(fixture, [3, 4]))).toBe(ErrorCode.NONE);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({
      replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2], isr: [1, 2], leader: 1, leaderEpoch: 0,
    });
    const listed = await fixture.controller.listPartitionReassignments({ timeoutMs: 1000, topics: null }, 0);
    expect(listed.topics).toEqual([{ name: TOPIC, partitions: [
      { partitionIndex: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }] }]);
    // One new replica in sync is not enough.
    commitIsr(fixture, [1, 2, 3]);
    await drain();
    expect(isReassigning(partitionOf(fixture.publisher.current()))).toBe(true);
    // Both in sync: the controller completes it on its own.
    commitIsr(fixture, [1, 2, 3, 4]);
    const done = await untilImage(fixture.publisher, (image) => !isReassigning(partitionOf(image)));
    expect(partitionOf(done)).toMatchObject({ replicas: [3, 4], isr: [3, 4], leader: 3, leaderEpoch: 1 });
    const after = await fixture.controller.listPartitionReassignments({ timeoutMs: 1000, topics: null }, 0);
    expect(after.topics).toEqual([]);
    fixture.controller.checkInvariants();
  });

  test('a reassignment that only drops a replica completes in the request\'s own record', async () => {
    const fixture = await cluster();
    expect(codeOf(await reassign(fixture, [2]))).toBe(ErrorCode.NONE);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({
      replicas: [2], isr: [2], leader: 2, addingReplicas: [], removingReplicas: [], leaderEpoch: 1,
    });
  });

  test('cancelling reverts to the original replicas; cancelling again is NO_REASSIGNMENT_IN_PROGRESS', async () => {
    const fixture = await cluster();
    expect(codeOf(await reassign(fixture, [3, 4]))).toBe(ErrorCode.NONE);
    commitIsr(fixture, [1, 2, 3]);
    expect(codeOf(await reassign(fixture, null))).toBe(ErrorCode.NONE);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({
      replicas: [1, 2], isr: [1, 2], leader: 1, addingReplicas: [], removingReplicas: [],
    });
    expect(codeOf(await reassign(fixture, null))).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
  });

  test('per-partition errors: unknown topic or partition, bad assignments; the good ones still go through', async () => {
    const fixture = await cluster();
    const response = await fixture.controller.alterPartitionReassignments({ timeoutMs: 1000, topics: [
      { name: topicName('absent'), partitions: [{ partitionIndex: 0, replicas: ids(1) }] },
      { name: TOPIC, partitions: [
        { partitionIndex: 7, replicas: ids(1) },
        { partitionIndex: 0, replicas: ids(3, 3) },
      ] },
    ] }, 0);
    expect(response.responses.map((topic) => topic.partitions.map((partition) => partition.errorCode))).toEqual([
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_REPLICA_ASSIGNMENT],
    ]);
    expect(codeOf(await reassign(fixture, [9]))).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(codeOf(await reassign(fixture, [2, 3]))).toBe(ErrorCode.NONE);
    // A partition named twice: the first entry is planned, the repeat refused.
    const twice = await fixture.controller.alterPartitionReassignments({ timeoutMs: 1000, topics: [
      { name: TOPIC, partitions: [{ partitionIndex: 0, replicas: ids(3) }] },
      { name: TOPIC, partitions: [{ partitionIndex: 0, replicas: ids(4) }] },
    ] }, 0);
    expect(twice.responses.map((topic) => topic.partitions[0]?.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_REQUEST]);
    expect(partitionOf(fixture.publisher.current()).addingReplicas).not.toContain(4);
  });

  test('a standby controller refuses with NOT_CONTROLLER on the whole request', async () => {
    const fixture = await cluster();
    fixture.role = 'follower';
    const response = await reassign(fixture, [3]);
    expect([response.errorCode, codeOf(response)]).toEqual([ErrorCode.NOT_CONTROLLER, ErrorCode.NOT_CONTROLLER]);
    const listed = await fixture.controller.listPartitionReassignments({ timeoutMs: 1000, topics: null }, 0);
    expect(listed.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });
});

describe('the reassignment arithmetic (PartitionReassignmentReplicas, PartitionReassignmentRevert)', () => {
  test('target first, then the removed replicas sorted; adding and removing sorted', () => {
    expect(reassignmentReplicas(ids(5, 1, 3), ids(4, 3, 2))).toEqual({
      replicas: ids(4, 3, 2, 1, 5), adding: ids(2, 4), removing: ids(1, 5),
    });
  });

  test('reverting when only adding replicas are in sync needs an unclean election', () => {
    const partition = { replicas: ids(3, 1), isr: ids(3), addingReplicas: ids(3), removingReplicas: ids(1) } as
      Pick<PartitionImage, 'replicas' | 'isr' | 'addingReplicas' | 'removingReplicas'> as PartitionImage;
    expect(revertedReassignment(partition)).toEqual({ replicas: [1], isr: [1], unclean: true });
  });

  test('a revert that needs an unclean election is refused unless the topic allows one', async () => {
    for (const [allowed, code] of [['false', ErrorCode.INVALID_REPLICA_ASSIGNMENT], ['true', ErrorCode.NONE]] as const) {
      const fixture = await cluster({ 'unclean.leader.election.enable': allowed });
      expect(codeOf(await reassign(fixture, [3, 1]))).toBe(ErrorCode.NONE);
      // Only the new replica 3 stays in sync, and leads (1 and 2 fell out of the ISR).
      commitIsr(fixture, [3], 3);
      expect(codeOf(await reassign(fixture, null))).toBe(code);
      const leader: NodeId | undefined = partitionOf(fixture.publisher.current()).leader;
      expect(leader).toBe(allowed === 'true' ? 1 : 3);
    }
  });
});
