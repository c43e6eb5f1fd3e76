// Goal: AlterConfigs replaces a topic's overrides, IncrementalAlterConfigs applies SET, DELETE,
// APPEND and SUBTRACT, both with Kafka's error codes; DescribeConfigs (describeTopicConfigs)
// then shows the overrides and the node-config defaults with their sources; topicSettings reads
// the same table. Method: a QuorumController on a stand-in quorum; one rule per test.
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
import { describeTopicConfigs, topicSettings, ConfigSource } from '../../src/controller/topic-configs.js';
import { ConfigOperation } from '../../src/controller/alter-configs.js';
import { ControllerFixture, testConfig } from './controller-fixture.js';

const TOPIC = 2;
const BROKER_LOGGER = 8;

async function withTopic(name = 'configured', extraConfig = ''): Promise<ControllerFixture> {
  const fixture = new ControllerFixture({ config: testConfig(extraConfig) });
  await fixture.registerBrokers([1]);
  await fixture.controller.createTopics(createCreateTopicsRequest({
    topics: [createCreateTopicsRequestCreatableTopic({ name: topicName(name), numPartitions: 1, replicationFactor: 1 })],
  }), 7);
  return fixture;
}

function incremental(resourceName: string, configs: [string, number, string | null][], resourceType = TOPIC) {
  return createIncrementalAlterConfigsRequest({
    resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
      resourceType, resourceName,
      configs: configs.map(([name, configOperation, value]) => createIncrementalAlterConfigsRequestAlterableConfig({ name, configOperation, value })),
    })],
  });
}

function overrides(fixture: ControllerFixture, name = 'configured'): Record<string, string> {
  return Object.fromEntries(fixture.publisher.current().topicsByName.get(topicName(name))!.configs);
}

describe('IncrementalAlterConfigs', () => {
  test('SET adds an override and DELETE removes it', async () => {
    const fixture = await withTopic();
    const set = await fixture.controller.incrementalAlterConfigs(incremental('configured', [['retention.ms', ConfigOperation.SET, '5000']]), 1);
    expect(set.responses[0]).toMatchObject({ errorCode: ErrorCode.NONE, resourceType: TOPIC, resourceName: 'configured' });
    expect(overrides(fixture)).toEqual({ 'retention.ms': '5000' });
    await fixture.controller.incrementalAlterConfigs(incremental('configured', [['retention.ms', ConfigOperation.DELETE, null]]), 1);
    expect(overrides(fixture)).toEqual({});
  });

  test('APPEND and SUBTRACT change a list starting from its current value', async () => {
    const fixture = await withTopic();
    await fixture.controller.incrementalAlterConfigs(incremental('configured', [['cleanup.policy', ConfigOperation.APPEND, 'compact']]), 1);
    expect(overrides(fixture)).toEqual({ 'cleanup.policy': 'delete,compact' });
    await fixture.controller.incrementalAlterConfigs(incremental('configured', [['cleanup.policy', ConfigOperation.SUBTRACT, 'delete']]), 1);
    expect(overrides(fixture)).toEqual({ 'cleanup.policy': 'compact' });
  });

  test('APPEND on a key that is not a list gets INVALID_CONFIG', async () => {
    const fixture = await withTopic();
    const response = await fixture.controller.incrementalAlterConfigs(incremental('configured', [['retention.ms', ConfigOperation.APPEND, '1']]), 1);
    expect(response.responses[0]!.errorCode).toBe(ErrorCode.INVALID_CONFIG);
  });

  test.each([
    ['an unknown key', [['made.up', ConfigOperation.SET, '1']], ErrorCode.INVALID_CONFIG],
    ['a bad value', [['min.insync.replicas', ConfigOperation.SET, '0']], ErrorCode.INVALID_CONFIG],
    ['SET with a null value', [['retention.ms', ConfigOperation.SET, null]], ErrorCode.INVALID_CONFIG],
    ['a key twice', [['retention.ms', ConfigOperation.SET, '1'], ['retention.ms', ConfigOperation.DELETE, null]], ErrorCode.INVALID_REQUEST],
    ['an unknown operation', [['retention.ms', 9, '1']], ErrorCode.INVALID_REQUEST],
  ] as [string, [string, number, string | null][], number][])('%s gets its error and changes nothing', async (_rule, configs, errorCode) => {
    const fixture = await withTopic();
    const response = await fixture.controller.incrementalAlterConfigs(incremental('configured', configs), 1);
    expect(response.responses[0]!.errorCode).toBe(errorCode);
    expect(overrides(fixture)).toEqual({});
  });

  test('an unknown topic gets UNKNOWN_TOPIC_OR_PARTITION; a broker logger resource INVALID_REQUEST', async () => {
    const fixture = await withTopic();
    const unknown = await fixture.controller.incrementalAlterConfigs(incremental('nope', [['retention.ms', ConfigOperation.SET, '1']]), 1);
    expect(unknown.responses[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const logger = await fixture.controller.incrementalAlterConfigs(incremental('1', [['kafka.server', ConfigOperation.SET, 'DEBUG']], BROKER_LOGGER), 1);
    expect(logger.responses[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  test('validateOnly reports success without writing', async () => {
    const fixture = await withTopic();
    const request = { ...incremental('configured', [['retention.ms', ConfigOperation.SET, '7']]), validateOnly: true };
    const response = await fixture.controller.incrementalAlterConfigs(request, 1);
    expect(response.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(overrides(fixture)).toEqual({});
  });
});

describe('AlterConfigs', () => {
  test('replaces the whole set of overrides', async () => {
    const fixture = await withTopic();
    await fixture.controller.incrementalAlterConfigs(incremental('configured', [['retention.ms', ConfigOperation.SET, '5000']]), 1);
    const response = await fixture.controller.alterConfigs(createAlterConfigsRequest({
      resources: [createAlterConfigsRequestAlterConfigsResource({
        resourceType: TOPIC, resourceName: 'configured',
        configs: [createAlterConfigsRequestAlterableConfig({ name: 'segment.bytes', value: '1048576' })],
      })],
    }), 0);
    expect(response.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(overrides(fixture)).toEqual({ 'segment.bytes': '1048576' });
  });

  test('a resource named twice gets INVALID_REQUEST', async () => {
    const fixture = await withTopic();
    const resource = createAlterConfigsRequestAlterConfigsResource({ resourceType: TOPIC, resourceName: 'configured', configs: [] });
    const response = await fixture.controller.alterConfigs(createAlterConfigsRequest({ resources: [resource, resource] }), 0);
    expect(response.responses.map((result) => result.errorCode)).toEqual([ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);
  });
});

describe('describeTopicConfigs and topicSettings', () => {
  test('overrides show as TOPIC_CONFIG, node settings as STATIC_BROKER_CONFIG, the rest as DEFAULT_CONFIG', async () => {
    const fixture = await withTopic('configured', 'log.retention.bytes=1000000');
    await fixture.controller.incrementalAlterConfigs(incremental('configured', [['retention.ms', ConfigOperation.SET, '60000']]), 1);
    const config = testConfig('log.retention.bytes=1000000');
    const result = describeTopicConfigs(fixture.publisher.current(), topicName('configured'), config, { includeSynonyms: true });
    const byName = new Map(result.configs.map((entry) => [entry.name, entry]));
    expect(byName.get('retention.ms')).toMatchObject({ value: '60000', configSource: ConfigSource.TOPIC_CONFIG });
    expect(byName.get('retention.bytes')).toMatchObject({ value: '1000000', configSource: ConfigSource.STATIC_BROKER_CONFIG });
    expect(byName.get('retention.bytes')!.synonyms.map((synonym) => synonym.name)).toEqual(['log.retention.bytes', 'log.retention.bytes']);
    expect(byName.get('cleanup.policy')).toMatchObject({ value: 'delete', configSource: ConfigSource.DEFAULT_CONFIG });
    expect(byName.get('flush.ms')!.value).toBe('9223372036854775807');
  });

  test('only the keys asked for are described; version 0 uses isDefault', async () => {
    const fixture = await withTopic();
    const result = describeTopicConfigs(fixture.publisher.current(), topicName('configured'), testConfig(), {
      configurationKeys: ['segment.bytes', 'no.such.key'], apiVersion: 0,
    });
    expect(result.configs.map((entry) => [entry.name, entry.isDefault])).toEqual([['segment.bytes', true]]);
  });

  test('an unknown topic is described with UNKNOWN_TOPIC_OR_PARTITION', () => {
    const fixture = new ControllerFixture();
    const result = describeTopicConfigs(fixture.publisher.current(), topicName('ghost'), testConfig());
    expect(result.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  test('topicSettings types the effective values: overrides first, then node defaults', () => {
    const settings = topicSettings(new Map([['message.timestamp.type', 'LogAppendTime'], ['retention.ms', '-1']]), testConfig('log.segment.bytes=4096'));
    expect(settings).toMatchObject({
      messageTimestampType: 'LogAppendTime', retentionMs: -1, segmentBytes: 4096, cleanupPolicy: ['delete'],
      maxMessageBytes: 1048588, flushMessages: Number.MAX_SAFE_INTEGER, flushMs: Number.MAX_SAFE_INTEGER,
    });
  });
});
