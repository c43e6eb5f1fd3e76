// Goal: __consumer_offsets gets the replication factor the cluster will have. Kafka waits until
// offsets.topic.replication.factor brokers exist; Weir caps the factor at the brokers registered
// (a one-node cluster gets a one-replica offsets topic) and waits until that many are alive, so a
// FindCoordinator during start-up, with one broker unfenced of three, does not create a
// one-replica offsets topic for good. Method: offsetsTopicCreation on hand-built images.
import { describe, expect, test } from 'vitest';

import { coordinatorSettings } from '../../../src/group/runtime/coordinator-settings.js';
import { offsetsTopicCreation } from '../../../src/group/runtime/offsets-topic.js';
import { emptyImage, type BrokerImage, type MetadataImage } from '../../../src/metadata/image/metadata-image.js';
import { nodeId, type Uuid } from '../../../src/protocol/mod.js';
import { testConfig } from '../../controller/controller-fixture.js';

function broker(id: number, fenced: boolean): BrokerImage {
  return { id: nodeId(id), epoch: id, incarnationId: 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid, listeners: [], rack: null, fenced,
    inControlledShutdown: false };
}

function imageWith(brokers: readonly BrokerImage[]): MetadataImage {
  return { ...emptyImage(), brokers: new Map(brokers.map((entry) => [entry.id, entry])) };
}

const settings = coordinatorSettings(testConfig());

function replicationFactorOf(image: MetadataImage): number | string {
  const creation = offsetsTopicCreation(settings, image);
  return 'waiting' in creation ? creation.waiting : creation.request.topics[0]?.replicationFactor ?? -1;
}

describe('the offsets topic replication factor', () => {
  test('is the configured three once three brokers are alive', () => {
    expect(settings.offsetsTopicReplicationFactor).toBe(3);
    expect(replicationFactorOf(imageWith([broker(1, false), broker(2, false), broker(3, false), broker(4, false)]))).toBe(3);
  });

  test('is capped at the brokers registered, so a one-node cluster gets its offsets topic', () => {
    expect(replicationFactorOf(imageWith([broker(1, false)]))).toBe(1);
  });

  test('waits while fewer of the registered brokers are alive than it needs', () => {
    expect(replicationFactorOf(imageWith([broker(1, false), broker(2, true), broker(3, true)])))
      .toBe('1 of the 3 brokers its replication factor needs are alive');
    expect(replicationFactorOf(imageWith([broker(1, false), broker(2, false), broker(3, true)])))
      .toBe('2 of the 3 brokers its replication factor needs are alive');
  });
});
