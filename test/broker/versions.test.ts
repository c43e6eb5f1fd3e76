// Goal: every advertised (API, version) pair is answered — decoded, handled and encoded in that
// version without the connection closing — so no response carries a field its version lacks.
// Method: one representative request per API, sent in each advertised version over an
// in-memory network; the response must arrive and report success where the request is sound.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { advertisedApiVersions } from '../../src/broker/dispatch.js';
import { ApiKey, ErrorCode, batchOf, fetchRequest, listOffsetsRequest, metadataRequest, produceRequest, topicName,
  type Uuid } from './support-protocol.js';
import { BrokerHarness, type TestClient } from './support.js';
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';

let harness: BrokerHarness;
let client: TestClient;
let topicId: Uuid;

beforeAll(async () => {
  harness = await BrokerHarness.start();
  client = await harness.client();
  const created = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, { topics: [{ name: topicName('every'),
    numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false });
  topicId = created.topics[0]?.topicId as Uuid;
});

afterAll(async () => {
  await harness.broker.stop();
});

function requestFor(apiKey: number, version: number): object {
  const fresh = `v${version}-${apiKey}`;
  switch (apiKey) {
    case ApiKey.Produce: return produceRequest('every', batchOf(`p${version}`, 2));
    case ApiKey.Fetch: return version >= 13 ? fetchRequest({ topicId }) : fetchRequest({ topic: 'every' });
    case ApiKey.ListOffsets: return listOffsetsRequest('every', -1n);
    case ApiKey.OffsetForLeaderEpoch:
      return { replicaId: -1, topics: [{ topic: topicName('every'), partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] };
    case ApiKey.Metadata: return version === 0 ? { topics: [] } : metadataRequest(['every']);
    case ApiKey.ApiVersions: return { clientSoftwareName: 'test', clientSoftwareVersion: '1' };
    case ApiKey.CreateTopics:
      return { topics: [{ name: topicName(fresh), numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 1000, validateOnly: false };
    case ApiKey.DeleteTopics: return version >= 6
      ? { topics: [{ name: topicName('absent'), topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 1000 }
      : { topicNames: [topicName('absent')], timeoutMs: 1000 };
    case ApiKey.DeleteRecords:
      return { topics: [{ name: topicName('every'), partitions: [{ partitionIndex: 0, offset: 0n }] }], timeoutMs: 1000 };
    case ApiKey.DescribeConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configurationKeys: null }], includeSynonyms: version >= 1,
        includeDocumentation: version >= 3 };
    case ApiKey.AlterConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configs: [{ name: 'retention.ms', value: '86400000' }] }],
        validateOnly: true };
    case ApiKey.CreatePartitions:
      return { topics: [{ name: topicName('every'), count: 1, assignments: null }], timeoutMs: 1000, validateOnly: true };
    case ApiKey.IncrementalAlterConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configs: [{ name: 'retention.ms', configOperation: 0,
        value: '86400000' }] }], validateOnly: true };
    case ApiKey.DescribeQuorum:
      return { topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] };
    case ApiKey.DescribeCluster: return { includeClusterAuthorizedOperations: false, endpointType: 1 };
    case ApiKey.AddRaftVoter:
      return { clusterId: null, timeoutMs: 1000, voterId: 9, voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
        listeners: [{ name: 'CONTROLLER', host: 'h', port: 1 }] };
    case ApiKey.RemoveRaftVoter: return { clusterId: null, voterId: 9, voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA' };
    default: throw new Error(`no sample request for API key ${apiKey}`);
  }
}

const pairs = advertisedApiVersions().flatMap((range) =>
  Array.from({ length: range.maxVersion - range.minVersion + 1 }, (_, index) => [range.apiKey, range.minVersion + index]));

describe('every advertised version', () => {
  test.each(pairs)('API key %i version %i is answered', async (apiKey, version) => {
    const response = await client.request<Record<string, unknown>>(apiKey as number, version as number,
      requestFor(apiKey as number, version as number));
    expect(client.closed).toBe(false);
    // The harness's broker has no controller to forward voter changes to: it refuses them as Kafka's would.
    const forwardedOnly = apiKey === ApiKey.AddRaftVoter || apiKey === ApiKey.RemoveRaftVoter;
    if (forwardedOnly) expect(response['errorCode']).toBe(ErrorCode.NOT_CONTROLLER);
    else if ('errorCode' in response && apiKey !== ApiKey.DescribeCluster) expect(response.errorCode).toBe(ErrorCode.NONE);
  });
});
