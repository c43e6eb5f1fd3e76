// Goal: DeleteTopics and CreatePartitions follow Kafka's rules and error codes, and their effect
// is in the image when the answer arrives. Method: a QuorumController on a stand-in quorum
// (controller-fixture.ts); one rule per test.
import { describe, expect, test } from 'vitest';
import { ErrorCode, ZERO_UUID, topicName, type Uuid } from '../../src/protocol/mod.js';
import {
  createCreatePartitionsRequest, createCreatePartitionsRequestCreatePartitionsAssignment,
  createCreatePartitionsRequestCreatePartitionsTopic, type CreatePartitionsRequestCreatePartitionsTopic,
} from '../../src/protocol/generated/messages/create-partitions.js';
import { createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic } from '../../src/protocol/generated/messages/create-topics.js';
import {
  createDeleteTopicsRequest, createDeleteTopicsRequestDeleteTopicState,
} from '../../src/protocol/generated/messages/delete-topics.js';
import { ControllerFixture, brokers } from './controller-fixture.js';

async function withTopics(names: string[], options: { brokerIds?: number[]; numPartitions?: number } = {}): Promise<{ fixture: ControllerFixture; ids: Map<string, Uuid> }> {
  const fixture = new ControllerFixture();
  await fixture.registerBrokers(options.brokerIds ?? [1]);
  const response = await fixture.controller.createTopics(createCreateTopicsRequest({
    topics: names.map((name) => createCreateTopicsRequestCreatableTopic({
      name: topicName(name), numPartitions: options.numPartitions ?? 1, replicationFactor: 1,
    })),
  }), 7);
  return { fixture, ids: new Map(response.topics.map((result) => [result.name, result.topicId])) };
}

describe('DeleteTopics', () => {
  test('deleting by name removes the topic from the image and answers with its id', async () => {
    const { fixture, ids } = await withTopics(['gone', 'kept']);
    const response = await fixture.controller.deleteTopics(createDeleteTopicsRequest({ topicNames: [topicName('gone')] }), 5);
    expect(response.responses).toEqual([{ name: 'gone', topicId: ids.get('gone'), errorCode: ErrorCode.NONE, errorMessage: null }]);
    expect([...fixture.publisher.current().topicsByName.keys()]).toEqual(['kept']);
    expect(fixture.publisher.current().topicsById.has(ids.get('gone')!)).toBe(false);
  });

  test('version 6 deletes by id and answers with the name', async () => {
    const { fixture, ids } = await withTopics(['by-id']);
    const request = createDeleteTopicsRequest({ topics: [createDeleteTopicsRequestDeleteTopicState({ name: null, topicId: ids.get('by-id')! })] });
    const response = await fixture.controller.deleteTopics(request, 6);
    expect(response.responses[0]).toMatchObject({ name: 'by-id', errorCode: ErrorCode.NONE });
    expect(fixture.publisher.current().topicsByName.size).toBe(0);
  });

  test('an unknown name gets UNKNOWN_TOPIC_OR_PARTITION, an unknown id UNKNOWN_TOPIC_ID', async () => {
    const { fixture } = await withTopics([]);
    const byName = await fixture.controller.deleteTopics(createDeleteTopicsRequest({ topicNames: [topicName('nope')] }), 1);
    expect(byName.responses[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const unknownId = 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid;
    const byId = await fixture.controller.deleteTopics(createDeleteTopicsRequest({
      topics: [createDeleteTopicsRequestDeleteTopicState({ name: null, topicId: unknownId })],
    }), 6);
    expect(byId.responses[0]).toMatchObject({ name: null, topicId: unknownId, errorCode: ErrorCode.UNKNOWN_TOPIC_ID });
  });

  test('naming a topic by both name and id, or by neither, gets INVALID_REQUEST', async () => {
    const { fixture, ids } = await withTopics(['both']);
    const response = await fixture.controller.deleteTopics(createDeleteTopicsRequest({
      topics: [
        createDeleteTopicsRequestDeleteTopicState({ name: topicName('both'), topicId: ids.get('both')! }),
        createDeleteTopicsRequestDeleteTopicState({ name: null, topicId: ZERO_UUID }),
      ],
    }), 6);
    expect(response.responses.map((result) => result.errorCode)).toEqual([ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);
    expect(fixture.publisher.current().topicsByName.size).toBe(1);
  });

  test('a name given twice gets INVALID_REQUEST once and the topic stays', async () => {
    const { fixture } = await withTopics(['twice']);
    const response = await fixture.controller.deleteTopics(createDeleteTopicsRequest({ topicNames: [topicName('twice'), topicName('twice')] }), 3);
    expect(response.responses.map((result) => result.errorCode)).toEqual([ErrorCode.INVALID_REQUEST]);
    expect(fixture.publisher.current().topicsByName.size).toBe(1);
  });

  test('a topic named by name and by id in one request is deleted once, the second naming refused', async () => {
    const { fixture, ids } = await withTopics(['aliased']);
    const response = await fixture.controller.deleteTopics(createDeleteTopicsRequest({
      topics: [
        createDeleteTopicsRequestDeleteTopicState({ name: topicName('aliased'), topicId: ZERO_UUID }),
        createDeleteTopicsRequestDeleteTopicState({ name: null, topicId: ids.get('aliased')! }),
      ],
    }), 6);
    expect(response.responses.map((result) => result.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_REQUEST]);
    expect(fixture.publisher.current().topicsByName.size).toBe(0);
  });

  test('a deleted name can be created again and gets a new id', async () => {
    const { fixture, ids } = await withTopics(['reborn']);
    await fixture.controller.deleteTopics(createDeleteTopicsRequest({ topicNames: [topicName('reborn')] }), 5);
    const again = await fixture.controller.createTopics(createCreateTopicsRequest({
      topics: [createCreateTopicsRequestCreatableTopic({ name: topicName('reborn'), numPartitions: 1, replicationFactor: 1 })],
    }), 7);
    expect(again.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(again.topics[0]!.topicId).not.toBe(ids.get('reborn'));
  });
});

function grow(name: string, count: number, init: Partial<CreatePartitionsRequestCreatePartitionsTopic> = {}): CreatePartitionsRequestCreatePartitionsTopic {
  return createCreatePartitionsRequestCreatePartitionsTopic({ name: topicName(name), count, assignments: null, ...init });
}

describe('CreatePartitions', () => {
  test('growing a topic adds partitions with new leaders, keeping the old ones', async () => {
    const { fixture } = await withTopics(['grows'], { numPartitions: 2 });
    const before = fixture.publisher.current().topicsByName.get(topicName('grows'))!.partitions;
    const response = await fixture.controller.createPartitions(createCreatePartitionsRequest({ topics: [grow('grows', 5)] }), 3);
    expect(response.results[0]).toMatchObject({ name: 'grows', errorCode: ErrorCode.NONE });
    const after = fixture.publisher.current().topicsByName.get(topicName('grows'))!.partitions;
    expect(after).toHaveLength(5);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after.map((partition) => partition.partition)).toEqual([0, 1, 2, 3, 4]);
  });

  test('the same count gets INVALID_PARTITIONS, and so does a smaller one', async () => {
    const { fixture } = await withTopics(['fixed'], { numPartitions: 3 });
    const response = await fixture.controller.createPartitions(createCreatePartitionsRequest({ topics: [grow('fixed', 3)] }), 1);
    expect(response.results[0]!.errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
    const shrink = await fixture.controller.createPartitions(createCreatePartitionsRequest({ topics: [grow('fixed', 2)] }), 1);
    expect(shrink.results[0]!.errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
  });

  test('an unknown topic gets UNKNOWN_TOPIC_OR_PARTITION; a topic named twice INVALID_REQUEST', async () => {
    const { fixture } = await withTopics(['known']);
    const response = await fixture.controller.createPartitions(createCreatePartitionsRequest({
      topics: [grow('unknown', 2), grow('known', 2), grow('known', 3)],
    }), 1);
    expect(response.results.map((result) => [result.name, result.errorCode])).toEqual([
      ['unknown', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION], ['known', ErrorCode.INVALID_REQUEST],
    ]);
  });

  test('manual assignments must match the number of new partitions and the replication factor', async () => {
    const { fixture } = await withTopics(['manual'], { brokerIds: [1, 2] });
    const assignment = (...ids: number[]) => createCreatePartitionsRequestCreatePartitionsAssignment({ brokerIds: brokers(...ids) });
    const tooFew = await fixture.controller.createPartitions(createCreatePartitionsRequest({
      topics: [grow('manual', 3, { assignments: [assignment(2)] })],
    }), 1);
    expect(tooFew.results[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    const wrongFactor = await fixture.controller.createPartitions(createCreatePartitionsRequest({
      topics: [grow('manual', 2, { assignments: [assignment(1, 2)] })],
    }), 1);
    expect(wrongFactor.results[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    const unknownBroker = await fixture.controller.createPartitions(createCreatePartitionsRequest({
      topics: [grow('manual', 2, { assignments: [assignment(7)] })],
    }), 1);
    expect(unknownBroker.results[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    const good = await fixture.controller.createPartitions(createCreatePartitionsRequest({
      topics: [grow('manual', 2, { assignments: [assignment(2)] })],
    }), 1);
    expect(good.results[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(fixture.publisher.current().topicsByName.get(topicName('manual'))!.partitions[1]!.replicas).toEqual([2]);
  });

  test('validateOnly checks without adding partitions', async () => {
    const { fixture } = await withTopics(['dry']);
    const response = await fixture.controller.createPartitions(createCreatePartitionsRequest({ topics: [grow('dry', 4)], validateOnly: true }), 1);
    expect(response.results[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(fixture.publisher.current().topicsByName.get(topicName('dry'))!.partitions).toHaveLength(1);
  });
});
