// Goal: dynamic broker configs apply live to the logs already open, as Kafka applies them: a
// cluster-wide log.retention.ms deletes old segments of an existing topic at the next retention
// run (a topic with its own retention.ms keeps its records), message.max.bytes changes what
// produce accepts and changes back when deleted; a broker resource naming another broker is
// refused by the receiving broker while the other resources of the request go through; and
// DescribeConfigs over the wire reports the dynamic values with their sources. Method: a broker
// and the real QuorumController on a stand-in quorum, requests through the generated codecs.
import { afterEach, describe, expect, test } from 'vitest';
import type { AlterConfigsResponse } from '../../src/protocol/generated/messages/alter-configs.js';
import type { DescribeConfigsResponse } from '../../src/protocol/generated/messages/describe-configs.js';
import type { IncrementalAlterConfigsResponse } from '../../src/protocol/generated/messages/incremental-alter-configs.js';
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import { ApiKey, ErrorCode, batchOf, listOffsetsRequest, produceRequest } from './support-protocol.js';
import { BrokerHarness, createTopic, type TestClient } from './support.js';

const TOPIC = 2;
const BROKER = 4;
const SET = 0;
const DELETE = 1;

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

async function setBrokerConfig(client: TestClient, resourceName: string, name: string, value: string | null):
  Promise<number | undefined> {
  const response = await client.request<IncrementalAlterConfigsResponse>(ApiKey.IncrementalAlterConfigs, 1, {
    resources: [{ resourceType: BROKER, resourceName, configs: [{ name, configOperation: value === null ? DELETE : SET,
      value }] }],
    validateOnly: false });
  return response.responses[0]?.errorCode;
}

async function produceCode(client: TestClient, topic: string, valueBytes: number): Promise<number | undefined> {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, 9,
    produceRequest(topic, batchOf('v', 1, { valueBytes })));
  return response.responses[0]?.partitionResponses[0]?.errorCode;
}

async function earliestOffset(client: TestClient, topic: string): Promise<bigint | undefined> {
  const response = await client.request<ListOffsetsResponse>(ApiKey.ListOffsets, 7, listOffsetsRequest(topic, -2n));
  return response.topics[0]?.partitions[0]?.offset;
}

describe('log.retention.check.interval.ms', () => {
  test.each([
    ['10000', true],
    [null, false],
  ])('with the interval at %s ms, retention has run after 11 s: %s', async (interval, deleted) => {
    harness = await BrokerHarness.start({ config: `log.retention.ms=1000\n${interval === null ? '' : `log.retention.check.interval.ms=${interval}\n`}` });
    const client = await harness.client();
    await createTopic(client, 'aged', { 'segment.bytes': '1024' });
    for (let round = 0; round < 6; round += 1) expect(await produceCode(client, 'aged', 600)).toBe(ErrorCode.NONE);
    await harness.advance(11_000);
    expect((await earliestOffset(client, 'aged') ?? 0n) > 0n).toBe(deleted);
  });
});

describe('dynamic broker configs applied live', () => {
  test('a cluster-wide log.retention.ms deletes old segments of an existing topic without a restart', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'aged', { 'segment.bytes': '1024' });
    await createTopic(client, 'kept', { 'segment.bytes': '1024', 'retention.ms': '-1' });
    for (let round = 0; round < 6; round += 1) {
      expect(await produceCode(client, 'aged', 600)).toBe(ErrorCode.NONE);
      expect(await produceCode(client, 'kept', 600)).toBe(ErrorCode.NONE);
    }
    expect(await setBrokerConfig(client, '', 'log.retention.ms', '1000')).toBe(ErrorCode.NONE);
    // One jump past the retention check interval (5 minutes): the maintenance timer fires once.
    await harness.advance(301_000);
    expect(await earliestOffset(client, 'aged')).toBeGreaterThan(0n);
    expect(await earliestOffset(client, 'kept')).toBe(0n);
    expect(harness.fatalErrors).toEqual([]);
  });

  test('without the dynamic config the same wait deletes nothing (the default keeps a week)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'aged', { 'segment.bytes': '1024' });
    for (let round = 0; round < 6; round += 1) expect(await produceCode(client, 'aged', 600)).toBe(ErrorCode.NONE);
    await harness.advance(301_000);
    expect(await earliestOffset(client, 'aged')).toBe(0n);
  });

  test('message.max.bytes set for this broker refuses larger batches at once; deleting it restores the limit', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'sized');
    expect(await produceCode(client, 'sized', 2000)).toBe(ErrorCode.NONE);
    expect(await setBrokerConfig(client, '1', 'message.max.bytes', '1000')).toBe(ErrorCode.NONE);
    await harness.advance(0);
    expect(await produceCode(client, 'sized', 2000)).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    expect(await produceCode(client, 'sized', 100)).toBe(ErrorCode.NONE);
    expect(await setBrokerConfig(client, '1', 'message.max.bytes', null)).toBe(ErrorCode.NONE);
    await harness.advance(0);
    expect(await produceCode(client, 'sized', 2000)).toBe(ErrorCode.NONE);
  });

  test('a partition opened after the change starts with it (the open path reads the image too)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    expect(await setBrokerConfig(client, '', 'message.max.bytes', '1000')).toBe(ErrorCode.NONE);
    await createTopic(client, 'later');
    expect(await produceCode(client, 'later', 2000)).toBe(ErrorCode.MESSAGE_TOO_LARGE);
  });
});

describe('the receiving broker', () => {
  test('refuses a broker resource naming another broker and forwards the rest, answering in request order', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'mixed');
    const response = await client.request<AlterConfigsResponse>(ApiKey.AlterConfigs, 1, {
      resources: [
        { resourceType: BROKER, resourceName: '2', configs: [{ name: 'log.retention.ms', value: '1' }] },
        { resourceType: TOPIC, resourceName: 'mixed', configs: [{ name: 'retention.ms', value: '5000' }] },
        { resourceType: BROKER, resourceName: 'one', configs: [{ name: 'log.retention.ms', value: '1' }] },
        { resourceType: BROKER, resourceName: '1', configs: [{ name: 'log.retention.ms', value: '7000' }] },
      ],
      validateOnly: false });
    expect(response.responses.map((result) => [result.resourceName, result.errorCode])).toEqual([
      ['2', ErrorCode.INVALID_REQUEST], ['mixed', ErrorCode.NONE], ['one', ErrorCode.INVALID_REQUEST],
      ['1', ErrorCode.NONE]]);
    expect(harness.fixture.publisher.current().brokerConfigs.get('1')?.get('log.retention.ms')).toBe('7000');
    expect(harness.fixture.publisher.current().brokerConfigs.has('2')).toBe(false);
  });

  test('DescribeConfigs shows a dynamic value with its source, on the broker and on a topic without an override', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'plain');
    expect(await setBrokerConfig(client, '', 'log.retention.ms', '2000')).toBe(ErrorCode.NONE);
    const described = await client.request<DescribeConfigsResponse>(ApiKey.DescribeConfigs, 4, {
      resources: [
        { resourceType: BROKER, resourceName: '1', configurationKeys: ['log.retention.ms', 'node.id'] },
        { resourceType: TOPIC, resourceName: 'plain', configurationKeys: ['retention.ms'] },
      ],
      includeSynonyms: false, includeDocumentation: false });
    expect(described.results.map((result) => result.configs.map((config) =>
      [config.name, config.value, config.configSource, config.readOnly]))).toEqual([
      [['node.id', '1', 4, true], ['log.retention.ms', '2000', 3, false]],
      [['retention.ms', '2000', 3, false]]]);
  });
});
