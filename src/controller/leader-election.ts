// Leader and ISR changes when a broker leaves or rejoins service (KIP-631; Kafka's
// ReplicationControlManager.generateLeaderAndIsrUpdates over PartitionChangeBuilder, here
// partition-change.ts). Pure: given an image and the broker that leaves (fenced, in controlled
// shutdown, unregistered) or joins (unfenced in the same entry), it plans PartitionChangeRecords.
//
// The rules, per partition:
// - A leaving broker drops out of the ISR. With eligible leader replicas (KIP-966) it joins the
//   ELR when the ISR is then below min.insync.replicas, and the ISR may empty; one of the ELR
//   leads again when able. Without them the last member stays in the ISR, so the image still
//   names the one replica known to hold every committed record.
// - A broker registering after an unclean shutdown (no clean-shutdown mark) leaves every ELR:
//   it may have lost records it had not flushed (`uncleanShutdown`).
// - The current leader stays if it is still able to lead and in the new ISR. Otherwise the first
//   replica, in assignment order (preferred leader first), that is in the new ISR and able to lead
//   becomes leader; with none, the leader is -1: the partition is offline. Only where the topic
//   has unclean.leader.election.enable=true does a live replica outside the ISR then lead, with
//   the ISR reset to it alone (it may lack acknowledged records; the controller logs it loudly):
//   the controller's look after this entry commits elects it (pending-partition-changes.ts), so
//   the rule lives in one place. The one unclean election made here is KIP-966's last resort:
//   the last known leader, when neither ISR nor ELR is left (partition-change.ts).
// - Able to lead: registered, unfenced, not in controlled shutdown, and not the leaving broker;
//   the joining broker counts as able although the image still shows it fenced.
// - Each leader change bumps the leader epoch (apply-records.ts), fencing the old leader's
//   fetches and produces; an ISR shrink alone does not (Kafka from 3.6, KAFKA-15021).
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import {
  isActiveBroker, NO_LEADER, type MetadataImage, type PartitionImage,
} from '../metadata/image/metadata-image.js';
import { planPartitionChange, type PartitionChange } from './partition-change.js';
import type { ReplicationPolicy } from './replication-policy.js';

/** Which broker leaves service and which joins it; at least one is set. */
export interface ServiceChange {
  /** The broker leadership moves away from and that leaves ISRs, or null. */
  readonly leaving: NodeId | null;
  /** A broker unfenced in the same entry: it may lead partitions that have no leader. */
  readonly joining: NodeId | null;
  /** A broker that restarted after an unclean shutdown: it leaves the ELRs it is in. */
  readonly uncleanShutdown?: NodeId;
  /** Test only (TestOnlyBreakCluster.electLeaderOutsideIsr): a new leader comes from outside the ISR if able. */
  readonly testOnlyElectOutsideIsr?: boolean;
}

/** The new leader and ISR of one partition (what electLeader's callers read of its change). */
export type LeaderAndIsr = Pick<PartitionChange, 'leader' | 'isr'>;

/**
 * The PartitionChangeRecords for `change`, in topic-id and partition order: for a leaving broker
 * every partition whose ISR holds it; for a joining one every partition without a leader.
 * Partitions that would not change get no record.
 */
export function planLeaderElections(image: MetadataImage, change: ServiceChange, policy: ReplicationPolicy): MetadataRecord[] {
  assert.ok(change.leaving !== null || change.joining !== null || change.uncleanShutdown !== undefined,
    'a service change names a broker');
  assert.ok(change.leaving === null || change.leaving !== change.joining, 'one broker does not both leave and join');
  const records: MetadataRecord[] = [];
  const topicIds = [...image.topicsById.keys()].sort();
  for (const topicId of topicIds) {
    const topic = image.topicsById.get(topicId);
    assert.ok(topic !== undefined, 'a listed topic id is in the image');
    for (const partition of topic.partitions) {
      const affected = (change.leaving !== null && partition.isr.includes(change.leaving)) ||
        (change.joining !== null && partition.leader === NO_LEADER) ||
        (change.uncleanShutdown !== undefined && partition.elr.includes(change.uncleanShutdown));
      if (!affected) continue;
      const next = electLeader(image, partition, change, policy.eligibleLeaderMinIsr(topic));
      if (next.record !== null) records.push({ type: 'PartitionChangeRecord', record: next.record });
    }
  }
  return records;
}

/** The change of `partition` after `change` (see the rules above). */
export function electLeader(image: MetadataImage, partition: PartitionImage, change: ServiceChange,
  minIsr: number | undefined): PartitionChange {
  const canLead = (id: NodeId): boolean =>
    id !== change.leaving && (id === change.joining || isActiveBroker(image, id));
  const next = planPartitionChange(partition, {
    isr: partition.isr.filter((id) => id !== change.leaving),
    election: 'online',
    canLead,
    ...(minIsr === undefined ? {} : { minIsr }),
    ...(change.uncleanShutdown === undefined ? {} : { uncleanShutdown: [change.uncleanShutdown] }),
  });
  if (change.testOnlyElectOutsideIsr === true && next.leader !== partition.leader) return electOutsideIsr(partition, next, canLead);
  assert.ok(next.leader === NO_LEADER || canLead(next.leader), 'a leader is able to lead');
  assert.ok(change.leaving === null || next.leader !== change.leaving, 'the leaving broker leads nothing');
  assert.ok(next.leader === NO_LEADER || partition.isr.includes(next.leader) || partition.elr.includes(next.leader) ||
    (next.unclean && partition.lastKnownElr.includes(next.leader)), 'an election picks an ISR or ELR member, or the last known leader');
  return next;
}

/**
 * Test only: `next` with its new leader replaced by an able replica outside the ISR, when there is
 * one: the unclean election that the replication checkers must catch (leader-not-in-isr).
 */
function electOutsideIsr(partition: PartitionImage, next: PartitionChange, canLead: (id: NodeId) => boolean): PartitionChange {
  const outsider = partition.replicas.find((id) => !next.isr.includes(id) && canLead(id));
  if (outsider === undefined || next.record === null) return next;
  return { ...next, leader: outsider, record: { ...next.record, leader: outsider } };
}

/** The partitions `brokerId` leads in `image` (a broker in controlled shutdown waits for zero). */
export function ledPartitionCount(image: MetadataImage, brokerId: NodeId): number {
  let count = 0;
  for (const topic of image.topicsById.values()) {
    for (const partition of topic.partitions) if (partition.leader === brokerId) count += 1;
  }
  return count;
}
