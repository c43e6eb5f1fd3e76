// The records of each broker lifecycle step (KIP-631; Kafka's ReplicationControlManager
// handleBrokerFenced, handleBrokerUnfenced, handleBrokerInControlledShutdown and
// handleBrokerUnregistered). Pure: each takes the image the step is planned against.
//
// At metadata.version 14 (Kafka 3.6) fencing, unfencing and controlled shutdown are
// BrokerRegistrationChangeRecords, as Kafka writes them from 3.3. Records are ordered so that the
// image between any two of them keeps "a fenced broker leads nothing": leadership moves before a
// fence, and an unfence comes before the elections that give the broker leadership.
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import {
  createBrokerRegistrationChangeRecord,
} from '../protocol/generated/metadata/broker-registration-change-record.js';
import { createUnregisterBrokerRecord } from '../protocol/generated/metadata/unregister-broker-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { BrokerImage, MetadataImage } from '../metadata/image/metadata-image.js';
import { planLeaderElections } from './leader-election.js';
import type { ReplicationPolicy } from './replication-policy.js';

/** BrokerRegistrationChangeRecord's Fenced values (Kafka's BrokerRegistrationFencingChange). */
const FENCE = 1;
const UNFENCE = -1;
const NO_CHANGE = 0;
/** BrokerRegistrationChangeRecord's InControlledShutdown value for "entered controlled shutdown". */
const IN_CONTROLLED_SHUTDOWN = 1;

function registered(image: MetadataImage, id: NodeId): BrokerImage {
  const broker = image.brokers.get(id);
  assert.ok(broker !== undefined, `broker ${id} is registered`);
  return broker;
}

function registrationChange(broker: BrokerImage, change: { fenced: number; inControlledShutdown: number }): MetadataRecord {
  return {
    type: 'BrokerRegistrationChangeRecord',
    record: createBrokerRegistrationChangeRecord({
      brokerId: broker.id, brokerEpoch: BigInt(broker.epoch), ...change,
    }),
  };
}

/**
 * Fences broker `id`: its leadership moves away (and it leaves ISRs), then the fence. The test-only
 * flags break it for the simulator's negative controls (TestOnlyBreakCluster).
 */
export function fenceBrokerRecords(image: MetadataImage, id: NodeId, policy: ReplicationPolicy, testOnlyKeepLeaders = false,
  testOnlyElectOutsideIsr = false): MetadataRecord[] {
  const broker = registered(image, id);
  assert.ok(!broker.fenced, 'only an unfenced broker is fenced');
  return [
    ...(testOnlyKeepLeaders ? [] : planLeaderElections(image, { leaving: id, joining: null, testOnlyElectOutsideIsr }, policy)),
    registrationChange(broker, { fenced: FENCE, inControlledShutdown: NO_CHANGE }),
  ];
}

/** Unfences broker `id`, then elects it where partitions it is in-sync for have no leader. */
export function unfenceBrokerRecords(image: MetadataImage, id: NodeId, policy: ReplicationPolicy): MetadataRecord[] {
  const broker = registered(image, id);
  assert.ok(broker.fenced, 'only a fenced broker is unfenced');
  return [
    registrationChange(broker, { fenced: UNFENCE, inControlledShutdown: NO_CHANGE }),
    ...planLeaderElections(image, { leaving: null, joining: id }, policy),
  ];
}

/**
 * Puts broker `id` in controlled shutdown (once) and moves its leadership away. Planned again at
 * every heartbeat of the shutdown, so leadership it gained meanwhile moves too.
 */
export function controlledShutdownRecords(image: MetadataImage, id: NodeId, policy: ReplicationPolicy): MetadataRecord[] {
  const broker = registered(image, id);
  assert.ok(!broker.fenced, 'a fenced broker has nothing to hand over');
  const enter = broker.inControlledShutdown
    ? []
    : [registrationChange(broker, { fenced: NO_CHANGE, inControlledShutdown: IN_CONTROLLED_SHUTDOWN })];
  return [...enter, ...planLeaderElections(image, { leaving: id, joining: null }, policy)];
}

/** Unregisters broker `id`: its leadership moves away, then the UnregisterBrokerRecord. */
export function unregisterBrokerRecords(image: MetadataImage, id: NodeId, policy: ReplicationPolicy): MetadataRecord[] {
  const broker = registered(image, id);
  return [
    ...planLeaderElections(image, { leaving: id, joining: null }, policy),
    {
      type: 'UnregisterBrokerRecord',
      record: createUnregisterBrokerRecord({ brokerId: id, brokerEpoch: BigInt(broker.epoch) }),
    },
  ];
}
