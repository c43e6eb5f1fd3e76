// Goal: dynamic broker configs (KIP-226) through AlterConfigs and IncrementalAlterConfigs on a
// BROKER resource, with Kafka's answers: accepted keys become ConfigRecords (resource type 4,
// name "" or a broker id) in the image and its snapshots; read-only keys, bad values, unknown
// keys and bad names are refused with the codes Kafka's broker gives; validateOnly writes
// nothing; per-broker values beat the cluster-wide default, which beats the static config, and a
// topic's own override beats them all; DescribeConfigs shows each value with its source.
// Method: a QuorumController on a stand-in quorum; one rule per test.
import { describe, expect, test } from 'vitest';
import { ErrorCode, topicName } from '../../src/protocol/mod.js';
import {
  createAlterConfigsRequest, createAlterConfigsRequestAlterConfigsResource, createAlterConfigsRequestAlterableConfig,
} from '../../src/protocol/generated/messages/alter-configs.js';
import { createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic } from '../../src/protocol/generated/messages/create-topics.js';
import {
  createIncrementalAlterConfigsRequest, createIncrementalAlterConfigsRequestAlterConfigsResource,
  createIncrementalAlterConfigsRequestAlterableConfig,
} from '../../src/protocol/generated/messages/incremental-alter-configs.js';
import { ConfigOperation } from '../../src/controller/alter-configs.js';
import { withDynamicBrokerConfigs } from '../../src/controller/broker-config-table.js';
import { describeBrokerConfigs } from '../../src/controller/describe-broker-configs.js';
import { ConfigSource, describeTopicConfigs, topicSettings } from '../../src/controller/topic-configs.js';
import { MetadataPublisher } from '../../src/metadata/image/metadata-publisher.js';
import { decodeImageSnapshot, encodeImageSnapshot } from '../../src/metadata/image/metadata-image.js';
import { decodeMetadataRecords } from '../../src/metadata/metadata-records.js';
import type { Offset, Epoch } from '../../raft/mod.js';
import { ControllerFixture, testConfig } from './controller-fixture.js';

const BROKER = 4;
const { SET, DELETE, APPEND } = ConfigOperation;
type Change = [name: string, operation: number, value: string | null];

function incremental(resourceName: string, changes: Change[], validateOnly = false) {
  return createIncrementalAlterConfigsRequest({
    validateOnly,
    resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
      resourceType: BROKER, resourceName,
      configs: changes.map(([name, configOperation, value]) =>
        createIncrementalAlterConfigsRequestAlterableConfig({ name, configOperation, value })),
    })],
  });
}

async function alter(fixture: ControllerFixture, resourceName: string, changes: Change[]): Promise<number> {
  const response = await fixture.controller.incrementalAlterConfigs(incremental(resourceName, changes), 1);
  return response.responses[0]!.errorCode;
}

function brokerConfigs(fixture: ControllerFixture): Record<string, Record<string, string>> {
  const entries = [...fixture.publisher.current().brokerConfigs];
  return Object.fromEntries(entries.map(([name, configs]) => [name, Object.fromEntries(configs)]));
}

async function started(extraConfig = ''): Promise<ControllerFixture> {
  const fixture = new ControllerFixture({ config: testConfig(extraConfig) });
  await fixture.registerBrokers([1]);
  return fixture;
}

describe('IncrementalAlterConfigs on a broker resource', () => {
  test('SET on "" and on a broker id become ConfigRecords of resource type 4; DELETE removes them', async () => {
    const fixture = await started();
    const before = fixture.committedPayloads.length;
    expect(await alter(fixture, '', [['log.retention.ms', SET, '60000']])).toBe(ErrorCode.NONE);
    expect(await alter(fixture, '1', [['message.max.bytes', SET, '2048'], ['log.cleaner.threads', SET, '2']]))
      .toBe(ErrorCode.NONE);
    const written = fixture.committedPayloads.slice(before).flatMap((payload) => decodeMetadataRecords(payload));
    expect(written.map((record) => record.type === 'ConfigRecord' &&
      [record.record.resourceType, record.record.resourceName, record.record.name, record.record.value]))
      .toEqual([[BROKER, '', 'log.retention.ms', '60000'], [BROKER, '1', 'message.max.bytes', '2048'],
        [BROKER, '1', 'log.cleaner.threads', '2']]);
    expect(brokerConfigs(fixture)).toEqual({ '': { 'log.retention.ms': '60000' },
      1: { 'message.max.bytes': '2048', 'log.cleaner.threads': '2' } });
    expect(await alter(fixture, '', [['log.retention.ms', DELETE, null]])).toBe(ErrorCode.NONE);
    expect(brokerConfigs(fixture)).toEqual({ 1: { 'message.max.bytes': '2048', 'log.cleaner.threads': '2' } });
  });

  test.each([
    ['a read-only key of the node config', [['num.partitions', SET, '3']], ErrorCode.INVALID_REQUEST],
    ['a static Kafka key (a lower-priority synonym)', [['log.retention.hours', SET, '1']], ErrorCode.INVALID_REQUEST],
    ['a value that does not parse', [['log.retention.ms', SET, 'soon']], ErrorCode.INVALID_REQUEST],
    ['a value out of bounds', [['log.cleaner.threads', SET, '0']], ErrorCode.INVALID_REQUEST],
    ['a key Weir does not know', [['made.up', SET, '1']], ErrorCode.INVALID_REQUEST],
    ['SET with a null value', [['log.retention.ms', SET, null]], ErrorCode.INVALID_REQUEST],
    ['a key twice', [['log.retention.ms', SET, '1'], ['log.retention.ms', DELETE, null]], ErrorCode.INVALID_REQUEST],
    ['an unknown operation', [['log.retention.ms', 9, '1']], ErrorCode.INVALID_REQUEST],
    ['APPEND to a key that is not a list', [['log.retention.ms', APPEND, '1']], ErrorCode.INVALID_CONFIG],
  ] as [string, Change[], number][])('%s is refused with its code and changes nothing', async (_rule, changes, errorCode) => {
    const fixture = await started();
    const proposals = fixture.proposals;
    expect(await alter(fixture, '1', changes)).toBe(errorCode);
    expect(fixture.proposals).toBe(proposals);
    expect(brokerConfigs(fixture)).toEqual({});
  });

  test.each(['x', '-1', '99999999999'])('resource name "%s" is not a broker id: INVALID_REQUEST', async (name) => {
    const fixture = await started();
    expect(await alter(fixture, name, [['log.retention.ms', SET, '1']])).toBe(ErrorCode.INVALID_REQUEST);
  });

  test('validateOnly answers as the change would and writes nothing', async () => {
    const fixture = await started();
    const proposals = fixture.proposals;
    const valid = await fixture.controller.incrementalAlterConfigs(incremental('', [['log.retention.ms', SET, '1']], true), 1);
    const invalid = await fixture.controller.incrementalAlterConfigs(incremental('', [['node.id', SET, '2']], true), 1);
    expect([valid.responses[0]!.errorCode, invalid.responses[0]!.errorCode]).toEqual([ErrorCode.NONE, ErrorCode.INVALID_REQUEST]);
    expect(fixture.proposals).toBe(proposals);
    expect(brokerConfigs(fixture)).toEqual({});
  });

  test('APPEND to log.cleanup.policy starts from Kafka\'s default "delete"', async () => {
    const fixture = await started();
    expect(await alter(fixture, '', [['log.cleanup.policy', APPEND, 'compact']])).toBe(ErrorCode.NONE);
    expect(brokerConfigs(fixture)).toEqual({ '': { 'log.cleanup.policy': 'delete,compact' } });
  });

  test('a broker config and a topic config in one request both apply', async () => {
    const fixture = await started();
    await fixture.controller.createTopics(createCreateTopicsRequest({ topics: [
      createCreateTopicsRequestCreatableTopic({ name: topicName('mixed'), numPartitions: 1, replicationFactor: 1 })] }), 7);
    const request = incremental('', [['log.retention.ms', SET, '5']]);
    request.resources.push(createIncrementalAlterConfigsRequestAlterConfigsResource({ resourceType: 2, resourceName: 'mixed',
      configs: [createIncrementalAlterConfigsRequestAlterableConfig({ name: 'retention.ms', configOperation: SET, value: '6' })] }));
    const response = await fixture.controller.incrementalAlterConfigs(request, 1);
    expect(response.responses.map((result) => result.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(brokerConfigs(fixture)).toEqual({ '': { 'log.retention.ms': '5' } });
    expect(fixture.publisher.current().topicsByName.get(topicName('mixed'))!.configs.get('retention.ms')).toBe('6');
  });
});

describe('AlterConfigs on a broker resource', () => {
  test('replaces the resource\'s whole set; a null value is INVALID_REQUEST', async () => {
    const fixture = await started();
    await alter(fixture, '1', [['log.retention.ms', SET, '1000'], ['message.max.bytes', SET, '4096']]);
    const legacy = (value: string | null) => createAlterConfigsRequest({ resources: [createAlterConfigsRequestAlterConfigsResource({
      resourceType: BROKER, resourceName: '1', configs: [createAlterConfigsRequestAlterableConfig({ name: 'log.segment.bytes', value })] })] });
    expect((await fixture.controller.alterConfigs(legacy('1048576'), 0)).responses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(brokerConfigs(fixture)).toEqual({ 1: { 'log.segment.bytes': '1048576' } });
    expect((await fixture.controller.alterConfigs(legacy(null), 0)).responses[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(brokerConfigs(fixture)).toEqual({ 1: { 'log.segment.bytes': '1048576' } });
  });
});

describe('precedence and restart', () => {
  test('topic override > per-broker > cluster-wide default > static config, in settings and DescribeConfigs', async () => {
    const fixture = await started('log.retention.ms=1000');
    await fixture.controller.createTopics(createCreateTopicsRequest({ topics: [
      createCreateTopicsRequestCreatableTopic({ name: topicName('plain'), numPartitions: 1, replicationFactor: 1 })] }), 7);
    const config = testConfig('log.retention.ms=1000');
    const effective = () => {
      const image = fixture.publisher.current();
      const defaults = withDynamicBrokerConfigs(config, image, 1);
      const described = describeTopicConfigs(image, topicName('plain'), defaults, { configurationKeys: ['retention.ms'] });
      const [entry] = described.configs;
      return [topicSettings(image.topicsByName.get(topicName('plain'))!.configs, defaults).retentionMs, entry!.configSource];
    };
    expect(effective()).toEqual([1000, ConfigSource.STATIC_BROKER_CONFIG]);
    await alter(fixture, '', [['log.retention.ms', SET, '2000']]);
    expect(effective()).toEqual([2000, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG]);
    await alter(fixture, '1', [['log.retention.ms', SET, '3000']]);
    expect(effective()).toEqual([3000, ConfigSource.DYNAMIC_BROKER_CONFIG]);
    await fixture.controller.incrementalAlterConfigs(createIncrementalAlterConfigsRequest({ resources: [
      createIncrementalAlterConfigsRequestAlterConfigsResource({ resourceType: 2, resourceName: 'plain', configs: [
        createIncrementalAlterConfigsRequestAlterableConfig({ name: 'retention.ms', configOperation: SET, value: '4000' })] })] }), 1);
    expect(effective()).toEqual([4000, ConfigSource.TOPIC_CONFIG]);
    // Another broker sees the cluster-wide default, not broker 1's own value.
    const other = withDynamicBrokerConfigs(config, fixture.publisher.current(), 2);
    expect(topicSettings(new Map(), other).retentionMs).toBe(2000);
  });

  test('the configs survive a replay of the committed log and a snapshot round trip', async () => {
    const fixture = await started();
    await alter(fixture, '', [['log.retention.ms', SET, '2000'], ['log.cleanup.policy', SET, 'compact']]);
    await alter(fixture, '1', [['message.max.bytes', SET, '4096']]);
    const replayed = new MetadataPublisher({ checkInvariants: true });
    fixture.committedPayloads.forEach((payload, index) =>
      replayed.apply([{ offset: index as Offset, epoch: 1 as Epoch, kind: 'data', payload }]));
    const expected = { '': { 'log.retention.ms': '2000', 'log.cleanup.policy': 'compact' }, 1: { 'message.max.bytes': '4096' } };
    const asObject = (image: ReturnType<MetadataPublisher['current']>) =>
      Object.fromEntries([...image.brokerConfigs].map(([name, configs]) => [name, Object.fromEntries(configs)]));
    expect(asObject(replayed.current())).toEqual(expected);
    const image = fixture.publisher.current();
    const restored = decodeImageSnapshot(encodeImageSnapshot(image), image.offset + 1);
    expect(asObject(restored)).toEqual(expected);
    expect(restored.clusterId).toBe(image.clusterId);
  });
});

describe('describeBrokerConfigs', () => {
  test('this broker: values with their sources, read-only flags, synonyms; "" only the cluster-wide defaults', async () => {
    const fixture = await started('log.retention.ms=1000');
    await alter(fixture, '', [['log.retention.ms', SET, '2000'], ['log.cleaner.threads', SET, '2']]);
    await alter(fixture, '1', [['log.retention.ms', SET, '3000']]);
    const config = testConfig('log.retention.ms=1000');
    const options = { nodeId: 1, configurationKeys: null, includeSynonyms: true, apiVersion: 4 };
    const mine = describeBrokerConfigs(fixture.publisher.current(), config, '1', options);
    const byName = new Map(mine.configs.map((entry) => [entry.name, entry]));
    expect(byName.get('log.retention.ms')).toMatchObject({ value: '3000', readOnly: false,
      configSource: ConfigSource.DYNAMIC_BROKER_CONFIG });
    expect(byName.get('log.retention.ms')!.synonyms.map((synonym) => [synonym.value, synonym.source])).toEqual([
      ['3000', ConfigSource.DYNAMIC_BROKER_CONFIG], ['2000', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
      ['1000', ConfigSource.STATIC_BROKER_CONFIG]]);
    expect(byName.get('log.cleaner.threads')).toMatchObject({ value: '2', readOnly: false,
      configSource: ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG });
    expect(byName.get('num.io.threads')).toMatchObject({ value: '8', configSource: ConfigSource.DEFAULT_CONFIG });
    // A stored-only key that is also a node key shows the node's value.
    expect(byName.get('log.cleaner.backoff.ms')).toMatchObject({ value: '15000',
      configSource: ConfigSource.STATIC_BROKER_CONFIG });
    expect(byName.get('node.id')).toMatchObject({ value: '1', readOnly: true, configSource: ConfigSource.STATIC_BROKER_CONFIG });
    const defaults = describeBrokerConfigs(fixture.publisher.current(), config, '', options);
    expect(defaults.configs.map((entry) => [entry.name, entry.value, entry.configSource, entry.readOnly])).toEqual([
      ['log.retention.ms', '2000', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, false],
      ['log.cleaner.threads', '2', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, false]]);
    expect(describeBrokerConfigs(fixture.publisher.current(), config, '2', options).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});
