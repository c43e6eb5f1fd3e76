// Goal: CreateTopics follows Kafka's rules and error codes, and a created topic is in the image
// (with its id, partitions, leaders and config overrides) by the time the answer arrives.
// Method: a QuorumController on a stand-in single-voter quorum (controller-fixture.ts); each test
// states one rule, sends a request, and checks the answer and the image.
import { describe, expect, test } from 'vitest';
import { ErrorCode, ZERO_UUID, topicName, uuidToBytes, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableReplicaAssignment,
  createCreateTopicsRequestCreatableTopic, createCreateTopicsRequestCreatableTopicConfig,
  type CreateTopicsRequestCreatableTopic,
} from '../../src/protocol/generated/messages/create-topics.js';
import { checkImageInvariants } from '../../src/metadata/image/metadata-image.js';
import { ControllerFixture, brokers, testConfig } from './controller-fixture.js';

function topic(name: string, init: Partial<CreateTopicsRequestCreatableTopic> = {}): CreateTopicsRequestCreatableTopic {
  return createCreateTopicsRequestCreatableTopic({ name: topicName(name), numPartitions: -1, replicationFactor: -1, ...init });
}

function assignment(partitionIndex: number, brokerIds: NodeId[]): ReturnType<typeof createCreateTopicsRequestCreatableReplicaAssignment> {
  return createCreateTopicsRequestCreatableReplicaAssignment({ partitionIndex, brokerIds });
}

async function fixtureWithBrokers(ids: number[] = [1], extraConfig = ''): Promise<ControllerFixture> {
  const fixture = new ControllerFixture({ config: testConfig(extraConfig) });
  await fixture.registerBrokers(ids);
  return fixture;
}

async function create(fixture: ControllerFixture, topics: CreateTopicsRequestCreatableTopic[], options: { validateOnly?: boolean; apiVersion?: number } = {}) {
  const request = createCreateTopicsRequest({ topics, timeoutMs: 1000, validateOnly: options.validateOnly ?? false });
  return fixture.controller.createTopics(request, options.apiVersion ?? 7);
}

describe('CreateTopics', () => {
  test('a created topic is in the image when the answer arrives, with defaults from the node config', async () => {
    const fixture = await fixtureWithBrokers([1], 'num.partitions=3');
    const response = await create(fixture, [topic('orders')]);
    const result = response.topics[0]!;
    expect(result.errorCode).toBe(ErrorCode.NONE);
    expect(result.numPartitions).toBe(3);
    expect(result.replicationFactor).toBe(1);
    const image = fixture.publisher.current();
    const created = image.topicsByName.get(topicName('orders'))!;
    expect(created.topicId).toBe(result.topicId);
    expect(created.topicId).not.toBe(ZERO_UUID);
    expect(created.partitions.map((partition) => partition.leader)).toEqual([1, 1, 1]);
    expect(created.partitions.every((partition) => partition.leaderEpoch === 0 && partition.isr.length === 1)).toBe(true);
    checkImageInvariants(image);
  });

  test('the response lists every topic config with its source (version 5 and later)', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('logs', {
      numPartitions: 1, replicationFactor: 1, configs: [createCreateTopicsRequestCreatableTopicConfig({ name: 'retention.ms', value: '1000' })],
    })]);
    const configs = response.topics[0]!.configs!;
    expect(configs.find((config) => config.name === 'retention.ms')).toMatchObject({ value: '1000', configSource: 1 });
    expect(configs.find((config) => config.name === 'cleanup.policy')).toMatchObject({ value: 'delete', configSource: 5 });
    expect(fixture.publisher.current().topicsByName.get(topicName('logs'))!.configs.get('retention.ms')).toBe('1000');
  });

  test('validateOnly answers as a real creation would but writes nothing', async () => {
    const fixture = await fixtureWithBrokers();
    const proposalsBefore = fixture.proposals;
    const response = await create(fixture, [topic('dry-run', { numPartitions: 2, replicationFactor: 1 })], { validateOnly: true });
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(response.topics[0]!.numPartitions).toBe(2);
    expect(fixture.proposals).toBe(proposalsBefore);
    expect(fixture.publisher.current().topicsByName.has(topicName('dry-run'))).toBe(false);
  });

  test.each([
    ['', 'empty'],
    ['.', 'dot'],
    ['..', 'dot dot'],
    ['a'.repeat(250), 'longer than 249 characters'],
    ['has space', 'illegal character'],
    ['emoji-\u{1F600}', 'non-ASCII character'],
  ])('an illegal name %j (%s) gets INVALID_TOPIC_EXCEPTION', async (name) => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic(name)]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
  });

  test('a name of exactly 249 legal characters is accepted', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('a'.repeat(249))]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.NONE);
  });

  test('an existing topic gets TOPIC_ALREADY_EXISTS', async () => {
    const fixture = await fixtureWithBrokers();
    await create(fixture, [topic('twice')]);
    const response = await create(fixture, [topic('twice')]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
  });

  test('names that differ only by "." and "_" collide: INVALID_TOPIC_EXCEPTION', async () => {
    const fixture = await fixtureWithBrokers();
    await create(fixture, [topic('metrics.cpu')]);
    const response = await create(fixture, [topic('metrics_cpu')]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    const sameRequest = await create(fixture, [topic('a.b'), topic('a_b')]);
    expect(sameRequest.topics.map((result) => result.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_TOPIC_EXCEPTION]);
  });

  test('a name given twice in one request gets INVALID_REQUEST once, and is not created', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('dup'), topic('dup'), topic('single')]);
    expect(response.topics.map((result) => [result.name, result.errorCode])).toEqual([
      ['dup', ErrorCode.INVALID_REQUEST], ['single', ErrorCode.NONE],
    ]);
    expect(fixture.publisher.current().topicsByName.has(topicName('dup'))).toBe(false);
  });

  test('the metadata topic cannot be created: INVALID_REQUEST', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('__cluster_metadata')]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  test.each([[0], [-2]])('a partition count of %i gets INVALID_PARTITIONS', async (numPartitions) => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('bad-count', { numPartitions })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
  });

  test.each([[0], [-2]])('a replication factor of %i gets INVALID_REPLICATION_FACTOR', async (replicationFactor) => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('bad-factor', { replicationFactor })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
  });

  test('a replication factor above the unfenced broker count gets INVALID_REPLICATION_FACTOR', async () => {
    const fixture = await fixtureWithBrokers([1, 2]);
    const response = await create(fixture, [topic('too-wide', { replicationFactor: 3 })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
    const fits = await create(fixture, [topic('fits', { numPartitions: 4, replicationFactor: 2 })]);
    expect(fits.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    const partitions = fixture.publisher.current().topicsByName.get(topicName('fits'))!.partitions;
    // Round-robin placement spreads the leaders over both brokers.
    expect(new Set(partitions.map((partition) => partition.leader)).size).toBe(2);
  });

  test('with no registered broker a topic cannot be placed: INVALID_REPLICATION_FACTOR', async () => {
    const fixture = new ControllerFixture();
    const response = await create(fixture, [topic('nowhere')]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
  });

  test('a manual assignment with a count or factor other than -1 gets INVALID_REQUEST', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('manual', { numPartitions: 1, assignments: [assignment(0, brokers(1))] })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  test('a manual assignment is used as given, leader first', async () => {
    const fixture = await fixtureWithBrokers([1, 2, 3]);
    const response = await create(fixture, [topic('manual', { assignments: [assignment(1, brokers(3, 1)), assignment(0, brokers(2, 3))] })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    const partitions = fixture.publisher.current().topicsByName.get(topicName('manual'))!.partitions;
    expect(partitions.map((partition) => [partition.replicas, partition.leader])).toEqual([[[2, 3], 2], [[3, 1], 3]]);
  });

  test.each([
    ['a partition index gap', [assignment(0, brokers(1)), assignment(2, brokers(1))]],
    ['a partition assigned twice', [assignment(0, brokers(1)), assignment(0, brokers(2))]],
    ['an empty replica list', [assignment(0, [])]],
    ['a broker twice', [assignment(0, brokers(1, 1))]],
    ['an unregistered broker', [assignment(0, brokers(9))]],
    ['different replica counts', [assignment(0, brokers(1)), assignment(1, brokers(1, 2))]],
  ])('a manual assignment with %s gets INVALID_REPLICA_ASSIGNMENT', async (_rule, assignments) => {
    const fixture = await fixtureWithBrokers([1, 2]);
    const response = await create(fixture, [topic('manual', { assignments })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
  });

  test.each([
    ['an unknown key', 'no.such.config', '1'],
    ['a null value', 'retention.ms', null],
    ['a non-number', 'retention.ms', 'soon'],
    ['a value below the minimum', 'segment.bytes', '13'],
    ['a value outside the allowed set', 'cleanup.policy', 'archive'],
    ['an int above 32 bits', 'max.message.bytes', '2147483648'],
  ])('a config with %s gets INVALID_CONFIG', async (_rule, name, value) => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('configured', { configs: [createCreateTopicsRequestCreatableTopicConfig({ name, value })] })]);
    expect(response.topics[0]!.errorCode).toBe(ErrorCode.INVALID_CONFIG);
    expect(fixture.publisher.current().topicsByName.has(topicName('configured'))).toBe(false);
  });

  test('one bad topic does not stop the others of the request', async () => {
    const fixture = await fixtureWithBrokers();
    const response = await create(fixture, [topic('good-1'), topic('bad name'), topic('good-2')]);
    expect(response.topics.map((result) => result.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_TOPIC_EXCEPTION, ErrorCode.NONE]);
    expect([...fixture.publisher.current().topicsByName.keys()].sort()).toEqual(['good-1', 'good-2']);
  });

  test('topic ids are version 4 UUIDs, distinct and reproducible from the seed', async () => {
    const run = async (): Promise<string[]> => {
      const fixture = await fixtureWithBrokers();
      const response = await create(fixture, [topic('a'), topic('b'), topic('c')]);
      return response.topics.map((result) => result.topicId);
    };
    const first = await run();
    expect(new Set(first).size).toBe(3);
    for (const id of first) {
      const bytes = uuidToBytes(id as Uuid);
      expect([bytes[6]! >> 4, bytes[8]! >> 6]).toEqual([4, 2]);
    }
    expect(await run()).toEqual(first);
  });
});
