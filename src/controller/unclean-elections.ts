// Finding the unclean elections in a batch of records, so the controller can log each one loudly
// whichever path planned it (the topic's unclean.leader.election.enable after a fence, the
// controller's own look for leaderless partitions, or ElectLeaders with UNCLEAN). An election is
// unclean when the new leader was neither in the ISR nor (with the ISR empty) among the eligible
// leader replicas (KIP-966) just before: it may lack records the old ISR
// acknowledged, and those records are lost once it leads (Kafka logs these at INFO; Weir warns).
// Pure; linear in the records.
import type { Logger } from '../log/logger.js';
import type { NodeId, TopicName } from '../protocol/mod.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';

/** One unclean election: which partition, who leads now, and the ISR whose records may be lost. */
export interface UncleanElection {
  readonly topicName: TopicName;
  readonly partition: number;
  readonly leader: NodeId;
  /** The ISR just before the election: the replicas known to hold every acknowledged record. */
  readonly previousIsr: readonly NodeId[];
}

/** The unclean elections `records` make when applied, in order, to `image`. */
export function uncleanElectionsIn(image: MetadataImage, records: readonly MetadataRecord[]): UncleanElection[] {
  const isrs = new Map<string, readonly NodeId[]>();
  const elrs = new Map<string, readonly NodeId[]>();
  const elections: UncleanElection[] = [];
  for (const entry of records) {
    if (entry.type !== 'PartitionChangeRecord') continue;
    const { record } = entry;
    const topic = image.topicsById.get(record.topicId);
    const partition = topic?.partitions[record.partitionId];
    if (topic === undefined || partition === undefined) continue;
    const key = `${record.topicId}:${record.partitionId}`;
    const previousIsr = isrs.get(key) ?? partition.isr;
    const previousElr = elrs.get(key) ?? partition.elr;
    const eligible = previousIsr.includes(record.leader) || (previousIsr.length === 0 && previousElr.includes(record.leader));
    if (record.leader >= 0 && !eligible) {
      elections.push({ topicName: topic.name, partition: record.partitionId, leader: record.leader, previousIsr });
    }
    isrs.set(key, record.isr ?? previousIsr);
    elrs.set(key, record.eligibleLeaderReplicas ?? previousElr);
  }
  return elections;
}

/** Logs each of `elections` as a WARN that names the partition, the new leader and what may be lost. */
export function warnOfUncleanElections(logger: Logger, elections: readonly UncleanElection[]): void {
  for (const election of elections) {
    const isr = election.previousIsr.join(', ');
    logger.warn(`UNCLEAN LEADER ELECTION of ${election.topicName}-${election.partition}: broker ${election.leader} ` +
      `leads from outside the ISR [${isr}]; records acknowledged by that ISR but not replicated to the new leader ` +
      'are lost', {
      topic: election.topicName, partition: election.partition, leader: election.leader, previousIsr: isr,
    });
  }
}
