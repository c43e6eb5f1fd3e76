// Goal: the controller's elections beyond fencing follow Kafka: ElectLeaders PREFERRED moves
// leadership back to the preferred replica (ELECTION_NOT_NEEDED when it leads already,
// PREFERRED_LEADER_NOT_AVAILABLE when it cannot); UNCLEAN elects a live replica outside the ISR of
// an offline partition (ELIGIBLE_LEADERS_NOT_AVAILABLE when none is live) and is logged loudly;
// topics null tries every partition and leaves out those that needed nothing. With
// unclean.leader.election.enable=false a partition whose ISR is all gone stays offline; with it
// true (topic config, set before or after the failure) the controller elects a live replica on
// its own. The automatic rebalance runs on the timer, honours auto.leader.rebalance.enable and
// leader.imbalance.per.broker.percentage. Method: the real QuorumController on the stand-in
// quorum; broker failures are the real fence and unfence records (broker-lifecycle-records.ts),
// ISR expansions entries as AlterPartition would commit them; the manual clock drives the timer.
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { ErrorCode, nodeId, topicName } from '../../src/protocol/mod.js';
import { createPartitionChangeRecord } from '../../src/protocol/generated/metadata/partition-change-record.js';
import type { ElectLeadersResponse } from '../../src/protocol/generated/messages/elect-leaders.js';
import type { MetadataImage, PartitionImage } from '../../src/metadata/image/metadata-image.js';
import { fenceBrokerRecords, unfenceBrokerRecords } from '../../src/controller/broker-lifecycle-records.js';
import type { ReplicationPolicy } from '../../src/controller/replication-policy.js';
import { ControllerFixture, testConfig } from './controller-fixture.js';
import { drain, ids, untilImage } from './partition-images.js';

/** Kafka's rules before KIP-966: no eligible leader replicas, no unclean elections. */
const withoutElr: ReplicationPolicy = { uncleanElectionEnabled: () => false, eligibleLeaderMinIsr: () => undefined };

const TOPIC = topicName('elected');
const PREFERRED = 0;
const UNCLEAN = 1;

function partitionOf(image: MetadataImage, index = 0): PartitionImage {
  const partition = image.topicsByName.get(TOPIC)?.partitions[index];
  expect(partition).toBeDefined();
  return partition as PartitionImage;
}

/** Brokers 1-3 and topic "elected" with the given replica lists (preferred leader first). */
async function cluster(assignments: readonly (readonly number[])[], options: {
  configs?: Record<string, string>; nodeConfig?: string; logLines?: string[];
} = {}): Promise<ControllerFixture> {
  const logLines = options.logLines;
  const fixture = new ControllerFixture({
    config: testConfig(options.nodeConfig ?? ''),
    ...(logLines === undefined ? {} : {
      logger: createLogger({ now: () => 0, sink: (line) => logLines.push(line), level: 'info', component: 'test' }),
    }),
  });
  await fixture.registerBrokers([1, 2, 3]);
  const created = await fixture.controller.createTopics({
    topics: [{ name: TOPIC, numPartitions: -1, replicationFactor: -1,
      assignments: assignments.map((brokers, partitionIndex) => ({ partitionIndex, brokerIds: ids(...brokers) })),
      configs: Object.entries(options.configs ?? {}).map(([name, value]) => ({ name, value })) }],
    timeoutMs: 1000, validateOnly: false,
  }, 7);
  expect(created.topics[0]?.errorCode).toBe(ErrorCode.NONE);
  return fixture;
}

function fence(fixture: ControllerFixture, id: number): void {
  fixture.commitRecords(fenceBrokerRecords(fixture.publisher.current(), nodeId(id), withoutElr));
}

function unfence(fixture: ControllerFixture, id: number): void {
  fixture.commitRecords(unfenceBrokerRecords(fixture.publisher.current(), nodeId(id), withoutElr));
}

/** Commits an ISR expansion of partition `index` as AlterPartition would. */
function expandIsr(fixture: ControllerFixture, isr: readonly number[], index = 0): void {
  const partition = partitionOf(fixture.publisher.current(), index);
  fixture.commitRecords([{ type: 'PartitionChangeRecord', record: createPartitionChangeRecord({
    topicId: partition.topicId, partitionId: index, isr: ids(...isr),
  }) }]);
}

function elect(fixture: ControllerFixture, electionType: number, partitions: readonly number[] | null = [0], version = 2):
  Promise<ElectLeadersResponse> {
  return fixture.controller.electLeaders({
    electionType, timeoutMs: 1000, topicPartitions: partitions === null ? null : [{ topic: TOPIC, partitions: [...partitions] }],
  }, version);
}

function codes(response: ElectLeadersResponse): number[] {
  return response.replicaElectionResults.flatMap((topic) => topic.partitionResult.map((result) => result.errorCode));
}

describe('ElectLeaders PREFERRED (KIP-460)', () => {
  test('moves leadership back to the preferred replica, then needs no election', async () => {
    const fixture = await cluster([[1, 2]]);
    fence(fixture, 1);
    unfence(fixture, 1);
    expandIsr(fixture, [2, 1]);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({ leader: 2, leaderEpoch: 1 });
    expect(codes(await elect(fixture, PREFERRED))).toEqual([ErrorCode.NONE]);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({ leader: 1, leaderEpoch: 2 });
    expect(codes(await elect(fixture, PREFERRED))).toEqual([ErrorCode.ELECTION_NOT_NEEDED]);
    // Version 0 has no election type: it is a preferred election too.
    expect(codes(await elect(fixture, UNCLEAN, [0], 0))).toEqual([ErrorCode.ELECTION_NOT_NEEDED]);
  });

  test('PREFERRED_LEADER_NOT_AVAILABLE while the preferred replica is out of the ISR; unknown partitions', async () => {
    const fixture = await cluster([[1, 2]]);
    fence(fixture, 1);
    unfence(fixture, 1);
    expect(codes(await elect(fixture, PREFERRED, [0, 5]))).toEqual([
      ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
  });

  test('topics null tries every partition and leaves out those already led by their preferred replica', async () => {
    const fixture = await cluster([[1, 2], [2, 1], [3, 1]]);
    fence(fixture, 1);
    unfence(fixture, 1);
    expandIsr(fixture, [2, 1], 0);
    const response = await elect(fixture, PREFERRED, null);
    expect(response.replicaElectionResults).toEqual([{ topic: TOPIC, partitionResult: [
      { partitionId: 0, errorCode: ErrorCode.NONE, errorMessage: null }] }]);
  });

  test('an unknown election type refuses the request with INVALID_REQUEST', async () => {
    const fixture = await cluster([[1, 2]]);
    expect((await elect(fixture, 7)).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('unclean leader election', () => {
  test('by default a partition whose ISR is all fenced stays offline, even when another replica returns', async () => {
    const logLines: string[] = [];
    const fixture = await cluster([[1, 2]], { logLines });
    fence(fixture, 1);
    fence(fixture, 2);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({ leader: -1, isr: [2] });
    unfence(fixture, 1);
    await drain();
    expect(partitionOf(fixture.publisher.current())).toMatchObject({ leader: -1, isr: [2] });
    expect(logLines.filter((line) => line.includes('UNCLEAN'))).toEqual([]);
  });

  test('ElectLeaders UNCLEAN elects the live replica outside the ISR, logs it, then needs no election', async () => {
    const logLines: string[] = [];
    const fixture = await cluster([[1, 2]], { logLines });
    fence(fixture, 1);
    fence(fixture, 2);
    expect(codes(await elect(fixture, UNCLEAN))).toEqual([ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE]);
    expect(codes(await elect(fixture, PREFERRED))).toEqual([ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE]);
    unfence(fixture, 1);
    expect(codes(await elect(fixture, UNCLEAN))).toEqual([ErrorCode.NONE]);
    expect(partitionOf(fixture.publisher.current())).toMatchObject({ leader: 1, isr: [1], leaderRecoveryState: 1 });
    const warnings = logLines.filter((line) => line.includes(' WARN ') && line.includes('UNCLEAN LEADER ELECTION'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('elected-0');
    expect(codes(await elect(fixture, UNCLEAN))).toEqual([ErrorCode.ELECTION_NOT_NEEDED]);
  });

  test('with the topic config true the controller elects a live replica on its own once one is back', async () => {
    const logLines: string[] = [];
    const fixture = await cluster([[1, 2]], { logLines, configs: { 'unclean.leader.election.enable': 'true' } });
    fence(fixture, 1);
    fence(fixture, 2);
    unfence(fixture, 1);
    const elected = await untilImage(fixture.publisher, (image) => partitionOf(image).leader === 1);
    expect(partitionOf(elected)).toMatchObject({ leader: 1, isr: [1] });
    expect(logLines.some((line) => line.includes(' WARN ') && line.includes('UNCLEAN LEADER ELECTION'))).toBe(true);
  });

  test('turning the config on for an offline partition elects at once; the broker default counts too', async () => {
    for (const nodeConfig of ['', 'unclean.leader.election.enable=true\n']) {
      const fixture = await cluster([[1, 2]], { nodeConfig });
      fence(fixture, 1);
      fence(fixture, 2);
      unfence(fixture, 1);
      await drain();
      if (nodeConfig !== '') {
        expect(partitionOf(fixture.publisher.current()).leader).toBe(1);
        continue;
      }
      expect(partitionOf(fixture.publisher.current()).leader).toBe(-1);
      const altered = await fixture.controller.incrementalAlterConfigs({ validateOnly: false, resources: [{
        resourceType: 2, resourceName: 'elected', configs: [{ name: 'unclean.leader.election.enable', configOperation: 0, value: 'true' }],
      }] }, 1);
      expect(altered.responses[0]?.errorCode).toBe(ErrorCode.NONE);
      await untilImage(fixture.publisher, (image) => partitionOf(image).leader === 1);
    }
  });
});

describe('auto.leader.rebalance.enable', () => {
  async function misled(nodeConfig: string): Promise<ControllerFixture> {
    const fixture = await cluster([[1, 2], [1, 3]], { nodeConfig });
    fence(fixture, 1);
    unfence(fixture, 1);
    expandIsr(fixture, [2, 1], 0);
    expandIsr(fixture, [3, 1], 1);
    expect([0, 1].map((index) => partitionOf(fixture.publisher.current(), index).leader)).toEqual([2, 3]);
    return fixture;
  }

  test('every leader.imbalance.check.interval.seconds, leaders move back to preferred replicas', async () => {
    const fixture = await misled('leader.imbalance.check.interval.seconds=30\n');
    fixture.clock.advance(29_000);
    await drain();
    expect(partitionOf(fixture.publisher.current(), 0).leader).toBe(2);
    fixture.clock.advance(1_000);
    const balanced = await untilImage(fixture.publisher,
      (image) => partitionOf(image, 0).leader === 1 && partitionOf(image, 1).leader === 1);
    expect(partitionOf(balanced, 0).leaderEpoch).toBe(2);
  });

  test('disabled, or with the imbalance under leader.imbalance.per.broker.percentage, nothing moves', async () => {
    for (const nodeConfig of ['auto.leader.rebalance.enable=false\n', 'leader.imbalance.per.broker.percentage=100\n']) {
      const fixture = await misled(nodeConfig);
      fixture.clock.advance(600_000);
      await drain();
      expect([0, 1].map((index) => partitionOf(fixture.publisher.current(), index).leader)).toEqual([2, 3]);
    }
  });
});
