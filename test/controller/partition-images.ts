// Builders of small metadata images for the controller's planner tests: brokers in a given state
// (active, fenced, shutting down) and rack, one topic "t" whose partitions have given replicas,
// ISR, leader and reassignment, all built by replaying real records so the image invariants hold.
import fc from 'fast-check';
import { nodeId, topicName, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import { createBrokerRegistrationChangeRecord } from '../../src/protocol/generated/metadata/broker-registration-change-record.js';
import { createConfigRecord } from '../../src/protocol/generated/metadata/config-record.js';
import { createPartitionRecord } from '../../src/protocol/generated/metadata/partition-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../../src/protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../../src/protocol/generated/metadata/topic-record.js';
import { ConfigResourceType, type MetadataRecord } from '../../src/metadata/metadata-records.js';
import {
  applyRecords, checkImageInvariants, emptyImage, type MetadataImage, type PartitionImage,
} from '../../src/metadata/image/metadata-image.js';
import { incarnation } from './controller-fixture.js';

export type BrokerState = 'active' | 'fenced' | 'shutting-down';

export interface BrokerShape {
  readonly id: number;
  readonly state?: BrokerState;
  readonly rack?: string | null;
}

export interface PartitionShape {
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly leader: number;
  readonly adding?: readonly number[];
  readonly removing?: readonly number[];
}

export const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid;

function brokerRecords(broker: BrokerShape): MetadataRecord[] {
  const id = nodeId(broker.id);
  const state = broker.state ?? 'active';
  const records: MetadataRecord[] = [{
    type: 'RegisterBrokerRecord',
    record: createRegisterBrokerRecord({
      brokerId: id, brokerEpoch: BigInt(broker.id), incarnationId: incarnation(broker.id), fenced: state === 'fenced',
      rack: broker.rack ?? null,
      endPoints: [createRegisterBrokerRecordBrokerEndpoint({
        name: 'PLAINTEXT', host: 'h', port: 9000 + broker.id, securityProtocol: 0,
      })],
    }),
  }];
  if (state === 'shutting-down') {
    records.push({ type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({
      brokerId: id, brokerEpoch: BigInt(broker.id), fenced: 0, inControlledShutdown: 1,
    }) });
  }
  return records;
}

/** An image of `brokers` and, when `partitions` is given, topic "t" with those partitions and `configs`. */
export function imageOf(brokers: readonly BrokerShape[], partitions: readonly PartitionShape[] = [],
  configs: Readonly<Record<string, string>> = {}): MetadataImage {
  const records: MetadataRecord[] = brokers.flatMap(brokerRecords);
  if (partitions.length > 0) {
    records.push({ type: 'TopicRecord', record: createTopicRecord({ name: topicName('t'), topicId: TOPIC_ID }) });
    for (const [name, value] of Object.entries(configs)) {
      records.push({ type: 'ConfigRecord', record: createConfigRecord({
        resourceType: ConfigResourceType.TOPIC, resourceName: 't', name, value,
      }) });
    }
  }
  partitions.forEach((shape, partitionId) => records.push({
    type: 'PartitionRecord',
    record: createPartitionRecord({
      partitionId, topicId: TOPIC_ID, replicas: shape.replicas.map(nodeId), isr: shape.isr.map(nodeId),
      leader: nodeId(shape.leader), leaderEpoch: 0, partitionEpoch: 0,
      addingReplicas: (shape.adding ?? []).map(nodeId), removingReplicas: (shape.removing ?? []).map(nodeId),
    }),
  }));
  const image = applyRecords(emptyImage(), records);
  checkImageInvariants(image);
  return image;
}

/** The partitions of topic "t". */
export function partitionsOf(image: MetadataImage): readonly PartitionImage[] {
  return image.topicsById.get(TOPIC_ID)?.partitions ?? [];
}

/** Node ids from numbers. */
export function ids(...values: number[]): NodeId[] {
  return values.map(nodeId);
}

/**
 * Waits, for at most `turns` event-loop turns (no timers: the clock is manual), until `holds` is
 * true of the fixture's current image; throws when it never is.
 */
export async function untilImage(publisher: { current(): MetadataImage }, holds: (image: MetadataImage) => boolean,
  turns = 50): Promise<MetadataImage> {
  for (let turn = 0; turn < turns; turn += 1) {
    const image = publisher.current();
    if (holds(image)) return image;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error('the image never reached the awaited state');
}

/** Lets queued controller work run for `turns` event-loop turns (to show that nothing more happens). */
export async function drain(turns = 10): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** 1-5 brokers' states, active more often than not. */
export const brokerStatesArbitrary = fc.array(
  fc.constantFrom<BrokerState>('active', 'active', 'fenced', 'shutting-down'), { minLength: 1, maxLength: 5 });

/** A partition over the brokers of `states` satisfying the image invariants, a reassignment maybe under way. */
export function partitionArbitrary(states: readonly string[]): fc.Arbitrary<PartitionShape> {
  const all = states.map((_, index) => index + 1);
  return fc.shuffledSubarray(all, { minLength: 1 }).chain((replicas) => fc.record({
    isr: fc.shuffledSubarray(replicas, { minLength: 1 }),
    adding: fc.subarray(replicas, { maxLength: replicas.length - 1 }),
  }).chain(({ isr, adding }) => {
    const removable = replicas.filter((id) => !adding.includes(id));
    return fc.record({
      removing: fc.subarray(removable, { maxLength: Math.min(removable.length, replicas.length - 1) }),
      leader: fc.constantFrom(-1, ...isr.filter((id) => states[id - 1] !== 'fenced')),
    }).map(({ removing, leader }) => ({ replicas, isr, leader, adding, removing }));
  }));
}

