// Replaying metadata records into a new MetadataImage (Kafka's MetadataDelta.replay + apply).
//
// Records reach this code only after the Raft quorum committed them, and only the controller
// writes them, having validated each operation against the image it was applied to. So a record
// that does not fit the image (a partition of an unknown topic, a duplicate topic name) is a bug
// in the controller or the log, and is asserted rather than answered.
import assert from 'node:assert/strict';

import type { NodeId, TopicName, Uuid } from '../../protocol/mod.js';
import type { PartitionChangeRecord } from '../../protocol/generated/metadata/partition-change-record.js';
import type { PartitionRecord } from '../../protocol/generated/metadata/partition-record.js';
import type { RegisterBrokerRecord } from '../../protocol/generated/metadata/register-broker-record.js';
import type { UnregisterBrokerRecord } from '../../protocol/generated/metadata/unregister-broker-record.js';
import type { ConfigRecord } from '../../protocol/generated/metadata/config-record.js';
import { CLUSTER_ID_CONFIG, ConfigResourceType, type MetadataRecord } from '../metadata-records.js';
import type { BrokerImage, MetadataImage, PartitionImage, TopicImage } from './metadata-image.js';

/** PartitionChangeRecord's Leader value for "unchanged". */
const NO_LEADER_CHANGE = -2;
/** PartitionChangeRecord's LeaderRecoveryState value for "unchanged". */
const NO_RECOVERY_STATE_CHANGE = -1;
/** BrokerRegistrationChangeRecord's Fenced values. */
const FENCE = 1;
const UNFENCE = -1;

/** A topic being changed by the current replay. */
interface DraftTopic {
  readonly name: TopicName;
  readonly topicId: Uuid;
  readonly partitions: PartitionImage[];
  readonly configs: Map<string, string>;
}

/** A mutable working copy that copies each map the first time it is changed. */
class ImageBuilder {
  clusterId: string | null;
  nextProducerId: bigint;
  private features: ReadonlyMap<string, number>;
  private topicsByName: ReadonlyMap<TopicName, TopicImage>;
  private topicsById: ReadonlyMap<Uuid, TopicImage>;
  private brokers: ReadonlyMap<NodeId, BrokerImage>;
  private brokerConfigs: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The maps already copied from the base image in this replay. */
  private readonly copied = new Set<'features' | 'topics' | 'brokers' | 'brokerConfigs'>();
  /** Broker config resources copied in this replay (changed in place, like draft topics). */
  private readonly draftBrokerConfigs = new Set<string>();
  /** Topics copied in this replay: nobody else sees them yet, so they are changed in place. */
  private readonly drafts = new Map<Uuid, DraftTopic>();

  constructor(private readonly base: MetadataImage) {
    this.clusterId = base.clusterId;
    this.nextProducerId = base.nextProducerId;
    this.features = base.features;
    this.topicsByName = base.topicsByName;
    this.topicsById = base.topicsById;
    this.brokers = base.brokers;
    this.brokerConfigs = base.brokerConfigs;
  }

  topicById(topicId: Uuid): TopicImage | undefined {
    return this.topicsById.get(topicId);
  }

  topicByName(name: TopicName): TopicImage | undefined {
    return this.topicsByName.get(name);
  }

  broker(id: NodeId): BrokerImage | undefined {
    return this.brokers.get(id);
  }

  /** Adds a new topic. Precondition: neither its name nor its id is in use. */
  addTopic(name: TopicName, topicId: Uuid): void {
    const draft: DraftTopic = { name, topicId, partitions: [], configs: new Map() };
    const { byName, byId } = this.writableTopics();
    byName.set(name, draft);
    byId.set(topicId, draft);
    this.drafts.set(topicId, draft);
  }

  /**
   * A topic to change in place: copied from the base image on its first change in this replay
   * (one copy per topic per replay, however many partitions a batch adds).
   */
  draftTopic(topic: TopicImage): DraftTopic {
    const existing = this.drafts.get(topic.topicId);
    if (existing !== undefined) return existing;
    const draft: DraftTopic = {
      name: topic.name, topicId: topic.topicId, partitions: [...topic.partitions], configs: new Map(topic.configs),
    };
    const { byName, byId } = this.writableTopics();
    byName.set(draft.name, draft);
    byId.set(draft.topicId, draft);
    this.drafts.set(draft.topicId, draft);
    return draft;
  }

  removeTopic(topic: TopicImage): void {
    const { byName, byId } = this.writableTopics();
    byName.delete(topic.name);
    byId.delete(topic.topicId);
    this.drafts.delete(topic.topicId);
  }

  putBroker(broker: BrokerImage): void {
    this.writableBrokers().set(broker.id, broker);
  }

  removeBroker(id: NodeId): void {
    this.writableBrokers().delete(id);
  }

  /** Sets (or, for a null value, removes) one dynamic broker config; an emptied resource goes. */
  setBrokerConfig(resourceName: string, name: string, value: string | null): void {
    if (!this.copied.has('brokerConfigs')) {
      this.brokerConfigs = new Map(this.brokerConfigs);
      this.copied.add('brokerConfigs');
    }
    const resources = this.brokerConfigs as Map<string, ReadonlyMap<string, string>>;
    let configs = resources.get(resourceName) as Map<string, string> | undefined;
    if (configs === undefined || !this.draftBrokerConfigs.has(resourceName)) {
      configs = new Map(configs);
      resources.set(resourceName, configs);
      this.draftBrokerConfigs.add(resourceName);
    }
    if (value === null) configs.delete(name);
    else configs.set(name, value);
    if (configs.size === 0) resources.delete(resourceName);
  }

  setFeature(name: string, level: number): void {
    if (!this.copied.has('features')) {
      this.features = new Map(this.features);
      this.copied.add('features');
    }
    const features = this.features as Map<string, number>;
    // Level 0 means the feature is not finalized (KIP-584).
    if (level === 0) features.delete(name);
    else features.set(name, level);
  }

  /** The topic maps, copied from the base image on the first change (copy-on-write). */
  private writableTopics(): { byName: Map<TopicName, TopicImage>; byId: Map<Uuid, TopicImage> } {
    if (!this.copied.has('topics')) {
      this.topicsByName = new Map(this.topicsByName);
      this.topicsById = new Map(this.topicsById);
      this.copied.add('topics');
    }
    return {
      byName: this.topicsByName as Map<TopicName, TopicImage>,
      byId: this.topicsById as Map<Uuid, TopicImage>,
    };
  }

  private writableBrokers(): Map<NodeId, BrokerImage> {
    if (!this.copied.has('brokers')) {
      this.brokers = new Map(this.brokers);
      this.copied.add('brokers');
    }
    return this.brokers as Map<NodeId, BrokerImage>;
  }

  build(): MetadataImage {
    const unchanged = this.copied.size === 0 && this.clusterId === this.base.clusterId &&
      this.nextProducerId === this.base.nextProducerId;
    if (unchanged) return this.base;
    return {
      offset: this.base.offset,
      clusterId: this.clusterId,
      features: this.features,
      topicsByName: this.topicsByName,
      topicsById: this.topicsById,
      brokers: this.brokers,
      nextProducerId: this.nextProducerId,
      brokerConfigs: this.brokerConfigs,
    };
  }
}

/**
 * The image after `records`, in order. The offset is unchanged (the caller sets it with
 * `imageAtOffset`). Unchanged topics and maps are shared with `image`.
 */
export function applyRecords(image: MetadataImage, records: readonly MetadataRecord[],
  testOnly: { readonly acceptEpochReuse?: boolean } = {}): MetadataImage {
  const builder = new ImageBuilder(image);
  for (const record of records) applyRecord(builder, record, testOnly.acceptEpochReuse === true);
  return builder.build();
}

function applyRecord(builder: ImageBuilder, record: MetadataRecord, acceptEpochReuse: boolean): void {
  switch (record.type) {
    case 'TopicRecord': return applyTopic(builder, record.record.name, record.record.topicId);
    case 'PartitionRecord': return applyPartition(builder, record.record);
    case 'PartitionChangeRecord': return applyPartitionChange(builder, record.record);
    case 'RemoveTopicRecord': return applyRemoveTopic(builder, record.record.topicId);
    case 'ConfigRecord': return applyConfig(builder, record.record);
    case 'RegisterBrokerRecord': return applyRegisterBroker(builder, record.record, acceptEpochReuse);
    case 'UnregisterBrokerRecord': return applyUnregisterBroker(builder, record.record);
    case 'FenceBrokerRecord': return applyFencing(builder, record.record, { fenced: true });
    case 'UnfenceBrokerRecord': return applyFencing(builder, record.record, { fenced: false });
    case 'BrokerRegistrationChangeRecord': return applyRegistrationChange(builder, record);
    case 'FeatureLevelRecord': return builder.setFeature(record.record.name, record.record.featureLevel);
    case 'ProducerIdsRecord': return applyProducerIds(builder, record.record.nextProducerId);
    case 'NoOpRecord': return;
    case 'Other': return;
    default: {
      const unexpected: never = record;
      assert.fail(`unknown metadata record ${String(unexpected)}`);
    }
  }
}

function applyTopic(builder: ImageBuilder, name: TopicName, topicId: Uuid): void {
  assert.equal(builder.topicByName(name), undefined, `topic "${name}" is created once`);
  assert.equal(builder.topicById(topicId), undefined, `topic id ${topicId} is used once`);
  builder.addTopic(name, topicId);
}

function applyPartition(builder: ImageBuilder, record: PartitionRecord): void {
  const topic = builder.topicById(record.topicId);
  assert.ok(topic !== undefined, `a partition record names an existing topic id ${record.topicId}`);
  assert.ok(record.partitionId >= 0 && record.partitionId <= topic.partitions.length, 'partitions are dense');
  const partition: PartitionImage = {
    topicName: topic.name,
    topicId: topic.topicId,
    partition: record.partitionId,
    replicas: [...record.replicas],
    isr: record.isr.map((id) => id as NodeId),
    leader: record.leader,
    leaderEpoch: record.leaderEpoch,
    partitionEpoch: record.partitionEpoch,
    addingReplicas: [...record.addingReplicas],
    removingReplicas: [...record.removingReplicas],
    leaderRecoveryState: record.leaderRecoveryState,
    elr: [...(record.eligibleLeaderReplicas ?? [])],
    lastKnownElr: [...(record.lastKnownElr ?? [])],
  };
  builder.draftTopic(topic).partitions[record.partitionId] = partition;
}

function applyPartitionChange(builder: ImageBuilder, record: PartitionChangeRecord): void {
  const topic = builder.topicById(record.topicId);
  assert.ok(topic !== undefined, `a partition change names an existing topic id ${record.topicId}`);
  const previous = topic.partitions[record.partitionId];
  assert.ok(previous !== undefined, `a partition change names an existing partition ${record.partitionId}`);
  const leaderChanged = record.leader !== NO_LEADER_CHANGE;
  const partition: PartitionImage = {
    ...previous,
    replicas: record.replicas === null ? previous.replicas : [...record.replicas],
    isr: record.isr === null ? previous.isr : [...record.isr],
    leader: leaderChanged ? record.leader : previous.leader,
    // Kafka bumps the leader epoch only when the leader field is set (PartitionRegistration.merge).
    leaderEpoch: leaderChanged ? previous.leaderEpoch + 1 : previous.leaderEpoch,
    partitionEpoch: previous.partitionEpoch + 1,
    addingReplicas: record.addingReplicas === null ? previous.addingReplicas : [...record.addingReplicas],
    removingReplicas: record.removingReplicas === null ? previous.removingReplicas : [...record.removingReplicas],
    leaderRecoveryState: record.leaderRecoveryState === NO_RECOVERY_STATE_CHANGE
      ? previous.leaderRecoveryState
      : record.leaderRecoveryState,
    elr: record.eligibleLeaderReplicas === null ? previous.elr : [...record.eligibleLeaderReplicas],
    lastKnownElr: record.lastKnownElr === null ? previous.lastKnownElr : [...record.lastKnownElr],
  };
  builder.draftTopic(topic).partitions[record.partitionId] = partition;
}

function applyRemoveTopic(builder: ImageBuilder, topicId: Uuid): void {
  const topic = builder.topicById(topicId);
  assert.ok(topic !== undefined, `a topic removal names an existing topic id ${topicId}`);
  builder.removeTopic(topic);
}

function applyConfig(builder: ImageBuilder, record: ConfigRecord): void {
  const clusterWide = record.resourceType === ConfigResourceType.BROKER && record.resourceName === '';
  if (clusterWide && record.name === CLUSTER_ID_CONFIG) {
    assert.ok(record.value !== null && record.value !== '', 'the cluster id is never removed');
    assert.ok(builder.clusterId === null || builder.clusterId === record.value,
      'the cluster id never changes');
    builder.clusterId = record.value;
    return;
  }
  if (record.resourceType === ConfigResourceType.BROKER) {
    // KIP-226 dynamic broker configs: "" is the cluster-wide default, a number one broker.
    assert.ok(record.resourceName === '' || /^\d+$/.test(record.resourceName), 'a broker config names a broker id');
    builder.setBrokerConfig(record.resourceName, record.name, record.value);
    return;
  }
  // Other resource types (client metrics, groups) are not written by Weir's controller.
  if (record.resourceType !== ConfigResourceType.TOPIC) return;
  const topic = builder.topicByName(record.resourceName as TopicName);
  assert.ok(topic !== undefined, `a topic config names an existing topic "${record.resourceName}"`);
  const { configs } = builder.draftTopic(topic);
  if (record.value === null) configs.delete(record.name);
  else configs.set(record.name, record.value);
}

/** `acceptEpochReuse`: test only (TestOnlyBreakCluster.reuseBrokerEpoch), the image lets a reused epoch in. */
function applyRegisterBroker(builder: ImageBuilder, record: RegisterBrokerRecord, acceptEpochReuse: boolean): void {
  const previous = builder.broker(record.brokerId);
  const epoch = Number(record.brokerEpoch);
  assert.ok(acceptEpochReuse || previous === undefined || previous.epoch < epoch, 'a new registration has a larger broker epoch');
  builder.putBroker({
    id: record.brokerId,
    epoch,
    incarnationId: record.incarnationId,
    listeners: record.endPoints.map((endpoint) => ({
      name: endpoint.name,
      host: endpoint.host,
      port: endpoint.port,
      securityProtocol: endpoint.securityProtocol,
    })),
    rack: record.rack,
    fenced: record.fenced,
    inControlledShutdown: record.inControlledShutdown,
  });
}

function applyUnregisterBroker(builder: ImageBuilder, record: UnregisterBrokerRecord): void {
  const broker = builder.broker(record.brokerId);
  // As Kafka's ClusterControlManager replays it: the record names the current registration.
  assert.ok(broker !== undefined, `an unregistration names a registered broker ${record.brokerId}`);
  assert.equal(broker.epoch, Number(record.brokerEpoch), 'an unregistration names the current registration');
  builder.removeBroker(record.brokerId);
}

function applyFencing(
  builder: ImageBuilder,
  record: { readonly id: NodeId; readonly epoch: bigint },
  change: { fenced: boolean },
): void {
  const broker = builder.broker(record.id);
  assert.ok(broker !== undefined, `fencing names a registered broker ${record.id}`);
  assert.equal(broker.epoch, Number(record.epoch), 'fencing names the current registration');
  builder.putBroker({ ...broker, fenced: change.fenced });
}

function applyRegistrationChange(
  builder: ImageBuilder,
  record: Extract<MetadataRecord, { type: 'BrokerRegistrationChangeRecord' }>,
): void {
  const { brokerId, brokerEpoch, fenced, inControlledShutdown } = record.record;
  assert.ok(fenced === FENCE || fenced === UNFENCE || fenced === 0, `a fencing change is -1, 0 or 1, not ${fenced}`);
  assert.ok(inControlledShutdown === 0 || inControlledShutdown === 1,
    `a controlled shutdown change is 0 or 1, not ${inControlledShutdown}`);
  const broker = builder.broker(brokerId);
  assert.ok(broker !== undefined, `a registration change names a registered broker ${brokerId}`);
  assert.equal(broker.epoch, Number(brokerEpoch), 'a registration change names the current registration');
  builder.putBroker({
    ...broker,
    fenced: fenced === FENCE ? true : fenced === UNFENCE ? false : broker.fenced,
    inControlledShutdown: inControlledShutdown === 1 ? true : broker.inControlledShutdown,
  });
}

function applyProducerIds(builder: ImageBuilder, nextProducerId: bigint): void {
  assert.ok(nextProducerId >= builder.nextProducerId, 'producer id blocks only move forward');
  builder.nextProducerId = nextProducerId;
}
