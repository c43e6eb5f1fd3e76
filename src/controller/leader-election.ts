// Leader and ISR changes when a broker leaves or rejoins service (KIP-631; the clean-election
// rules of Kafka's ReplicationControlManager.generateLeaderAndIsrUpdates and
// PartitionChangeBuilder). Pure: given an image and the broker that leaves (fenced, in controlled
// shutdown, unregistered) or joins (unfenced in the same entry), it plans PartitionChangeRecords.
//
// The rules, per partition:
// - A leaving broker drops out of the ISR, unless it is the last member: then the ISR stays as it
//   is, so the image still names the one replica known to hold every committed record (with
//   replication factor 1 the ISR never shrinks).
// - The current leader stays if it is still able to lead and in the new ISR. Otherwise the first
//   replica, in assignment order (preferred leader first), that is in the new ISR and able to lead
//   becomes leader; with none, the leader is -1 (no unclean election: a replica outside the ISR
//   may lack committed records).
// - Able to lead: registered, unfenced, not in controlled shutdown, and not the leaving broker;
//   the joining broker counts as able although the image still shows it fenced.
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import { createPartitionChangeRecord } from '../protocol/generated/metadata/partition-change-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import {
  isActiveBroker, NO_LEADER, type MetadataImage, type PartitionImage,
} from '../metadata/image/metadata-image.js';

/** PartitionChangeRecord's leader value for "the leader did not change". */
const LEADER_UNCHANGED = -2 as NodeId;

/** Which broker leaves service and which joins it; at least one is set. */
export interface ServiceChange {
  /** The broker leadership moves away from and that leaves ISRs, or null. */
  readonly leaving: NodeId | null;
  /** A broker unfenced in the same entry: it may lead partitions that have no leader. */
  readonly joining: NodeId | null;
  /** Test only (TestOnlyBreakCluster.electLeaderOutsideIsr): a new leader comes from outside the ISR if able. */
  readonly testOnlyElectOutsideIsr?: boolean;
}

/** The new leader and ISR of one partition. */
export interface LeaderAndIsr {
  readonly leader: NodeId;
  readonly isr: readonly NodeId[];
}

/**
 * The PartitionChangeRecords for `change`, in topic-id and partition order: for a leaving broker
 * every partition whose ISR holds it; for a joining one every partition without a leader.
 * Partitions that would not change get no record.
 */
export function planLeaderElections(image: MetadataImage, change: ServiceChange): MetadataRecord[] {
  assert.ok(change.leaving !== null || change.joining !== null, 'a service change names a broker');
  assert.ok(change.leaving === null || change.leaving !== change.joining, 'one broker does not both leave and join');
  const records: MetadataRecord[] = [];
  const topicIds = [...image.topicsById.keys()].sort();
  for (const topicId of topicIds) {
    const topic = image.topicsById.get(topicId);
    assert.ok(topic !== undefined, 'a listed topic id is in the image');
    for (const partition of topic.partitions) {
      const affected = (change.leaving !== null && partition.isr.includes(change.leaving)) ||
        (change.joining !== null && partition.leader === NO_LEADER);
      if (!affected) continue;
      const next = electLeader(image, partition, change);
      const record = partitionChangeRecord(partition, next);
      if (record !== null) records.push(record);
    }
  }
  return records;
}

/** The leader and ISR of `partition` after `change` (see the rules above). */
export function electLeader(image: MetadataImage, partition: PartitionImage, change: ServiceChange): LeaderAndIsr {
  const canLead = (id: NodeId): boolean =>
    id !== change.leaving && (id === change.joining || isActiveBroker(image, id));
  const shrunk = partition.isr.filter((id) => id !== change.leaving);
  const isr = shrunk.length > 0 ? shrunk : partition.isr;
  const keepsLeader = partition.leader !== NO_LEADER && canLead(partition.leader) && isr.includes(partition.leader);
  const unclean = keepsLeader || change.testOnlyElectOutsideIsr !== true ? undefined
    : partition.replicas.find((id) => !isr.includes(id) && canLead(id));
  const leader = keepsLeader
    ? partition.leader
    : unclean ?? partition.replicas.find((id) => isr.includes(id) && canLead(id)) ?? NO_LEADER;
  assert.ok(isr.length > 0, 'an ISR never becomes empty');
  assert.ok(isr.every((id) => partition.replicas.includes(id)), 'the ISR stays within the replicas');
  assert.ok(leader === NO_LEADER || leader === unclean || (isr.includes(leader) && canLead(leader)), 'a leader is an able ISR member');
  assert.ok(change.leaving === null || leader !== change.leaving, 'the leaving broker leads nothing');
  return { leader, isr };
}

/** The record moving `partition` to `next`, or null when nothing changes. */
function partitionChangeRecord(partition: PartitionImage, next: LeaderAndIsr): MetadataRecord | null {
  const isrChanged = next.isr.length !== partition.isr.length ||
    next.isr.some((id, index) => partition.isr[index] !== id);
  const leaderChanged = next.leader !== partition.leader;
  if (!isrChanged && !leaderChanged) return null;
  return {
    type: 'PartitionChangeRecord',
    record: createPartitionChangeRecord({
      partitionId: partition.partition,
      topicId: partition.topicId,
      isr: isrChanged ? [...next.isr] : null,
      leader: leaderChanged ? next.leader : LEADER_UNCHANGED,
    }),
  };
}

/** The partitions `brokerId` leads in `image` (a broker in controlled shutdown waits for zero). */
export function ledPartitionCount(image: MetadataImage, brokerId: NodeId): number {
  let count = 0;
  for (const topic of image.topicsById.values()) {
    for (const partition of topic.partitions) if (partition.leader === brokerId) count += 1;
  }
  return count;
}
