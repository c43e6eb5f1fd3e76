// Goal: every answer the controller gives can be written by the generated codecs in every version
// of its API, so a broker never fails to encode one (an encode error would cost the client its
// connection). Method: answers with successes and each kind of error are produced for every
// version and written with `encodeResponse`; describeTopicConfigs likewise for DescribeConfigs.
import { describe, expect, test } from 'vitest';
import { ApiKey, Writer, encodeResponse, supportedVersions, topicName, type NodeId } from '../../src/protocol/mod.js';
import {
  createAlterConfigsRequest, createAlterConfigsRequestAlterConfigsResource,
} from '../../src/protocol/generated/messages/alter-configs.js';
import {
  createCreatePartitionsRequest, createCreatePartitionsRequestCreatePartitionsTopic,
} from '../../src/protocol/generated/messages/create-partitions.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic, createCreateTopicsRequestCreatableTopicConfig,
} from '../../src/protocol/generated/messages/create-topics.js';
import { createDeleteTopicsRequest, createDeleteTopicsRequestDeleteTopicState } from '../../src/protocol/generated/messages/delete-topics.js';
import {
  createIncrementalAlterConfigsRequest, createIncrementalAlterConfigsRequestAlterConfigsResource,
  createIncrementalAlterConfigsRequestAlterableConfig,
} from '../../src/protocol/generated/messages/incremental-alter-configs.js';
import { describeTopicConfigs } from '../../src/controller/topic-configs.js';
import { ControllerFixture, testConfig } from './controller-fixture.js';

function versions(apiKey: number): number[] {
  const range = supportedVersions(apiKey)!;
  const all: number[] = [];
  for (let version = range.lowestVersion; version <= range.highestVersion; version += 1) all.push(version);
  return all;
}

function encodes(apiKey: number, version: number, body: object): void {
  expect(() => encodeResponse(new Writer(), apiKey, version, body)).not.toThrow();
}

async function fixture(): Promise<ControllerFixture> {
  const fixtureValue = new ControllerFixture();
  await fixtureValue.registerBrokers([1]);
  return fixtureValue;
}

describe('controller answers encode in every version', () => {
  test.each(versions(ApiKey.CreateTopics))('CreateTopics v%i', async (version) => {
    const { controller } = await fixture();
    const topics = [
      createCreateTopicsRequestCreatableTopic({ name: topicName('ok'), numPartitions: 1, replicationFactor: 1, configs: [createCreateTopicsRequestCreatableTopicConfig({ name: 'retention.ms', value: '1' })] }),
      createCreateTopicsRequestCreatableTopic({ name: topicName('bad name'), numPartitions: 1, replicationFactor: 1 }),
      createCreateTopicsRequestCreatableTopic({ name: topicName('dup'), numPartitions: 1, replicationFactor: 1 }),
      createCreateTopicsRequestCreatableTopic({ name: topicName('dup'), numPartitions: 1, replicationFactor: 1 }),
    ];
    encodes(ApiKey.CreateTopics, version, await controller.createTopics(createCreateTopicsRequest({ topics, validateOnly: version >= 1 }), version));
  });

  test.each(versions(ApiKey.DeleteTopics))('DeleteTopics v%i', async (version) => {
    const { controller } = await fixture();
    const request = version >= 6
      ? createDeleteTopicsRequest({ topics: [createDeleteTopicsRequestDeleteTopicState({ name: null, topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' as never }), createDeleteTopicsRequestDeleteTopicState({ name: topicName('x') })] })
      : createDeleteTopicsRequest({ topicNames: [topicName('x'), topicName('x'), topicName('y')] });
    encodes(ApiKey.DeleteTopics, version, await controller.deleteTopics(request, version));
  });

  test.each(versions(ApiKey.CreatePartitions))('CreatePartitions v%i', async (version) => {
    const { controller } = await fixture();
    const request = createCreatePartitionsRequest({ topics: [createCreatePartitionsRequestCreatePartitionsTopic({ name: topicName('nope'), count: 2, assignments: [] as { brokerIds: NodeId[] }[] })] });
    encodes(ApiKey.CreatePartitions, version, await controller.createPartitions(request, version));
  });

  test.each(versions(ApiKey.AlterConfigs))('AlterConfigs v%i', async (version) => {
    const { controller } = await fixture();
    const request = createAlterConfigsRequest({ resources: [createAlterConfigsRequestAlterConfigsResource({ resourceType: 2, resourceName: 'nope', configs: [] })] });
    encodes(ApiKey.AlterConfigs, version, await controller.alterConfigs(request, version));
  });

  test.each(versions(ApiKey.IncrementalAlterConfigs))('IncrementalAlterConfigs v%i', async (version) => {
    const { controller } = await fixture();
    const request = createIncrementalAlterConfigsRequest({
      resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
        resourceType: 4, resourceName: '1', configs: [createIncrementalAlterConfigsRequestAlterableConfig({ name: 'a', configOperation: 0, value: 'b' })],
      })],
    });
    encodes(ApiKey.IncrementalAlterConfigs, version, await controller.incrementalAlterConfigs(request, version));
  });

  test.each(versions(ApiKey.DescribeConfigs))('DescribeConfigs v%i from describeTopicConfigs', async (version) => {
    const value = await fixture();
    await value.controller.createTopics(createCreateTopicsRequest({
      topics: [createCreateTopicsRequestCreatableTopic({ name: topicName('described'), numPartitions: 1, replicationFactor: 1 })],
    }), 7);
    const options = { apiVersion: version, includeSynonyms: version >= 1, includeDocumentation: version >= 3 };
    const results = [
      describeTopicConfigs(value.publisher.current(), topicName('described'), testConfig(), options),
      describeTopicConfigs(value.publisher.current(), topicName('missing'), testConfig(), options),
    ];
    encodes(ApiKey.DescribeConfigs, version, { throttleTimeMs: 0, results });
  });
});
