// The partition changes the active controller makes on its own after a commit, found by looking
// at the image alone (pure): reassignments whose ISR now allows completion (KIP-455, see
// reassignment.ts), and unclean elections of partitions left without a leader where the topic has
// unclean.leader.election.enable=true (Kafka's maybeElectUncleanLeaders). Because the planner
// reads only the image, it does not matter which path wrote the state that enables the change:
// an AlterPartition ISR expansion, a broker unfencing, or a config change enabling unclean
// election all lead to the same records at the next look.
//
// The looks reach a fixed point rather than writing forever: a completed reassignment has no
// adding or removing replicas left, and an unclean election leaves a leader; at most one more
// change follows (an unclean election of an adding replica can make its reassignment
// completable), as test/controller/pending-partition-changes.test.ts checks on random images.
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import {
  isActiveBroker, isReassigning, NO_LEADER, type MetadataImage, type PartitionImage,
} from '../metadata/image/metadata-image.js';
import { planPartitionChange } from './partition-change.js';
import type { ReplicationPolicy } from './replication-policy.js';

/** The most partitions one look changes (Kafka's maxElectionsPerImbalance); the next look does the rest. */
export const PENDING_CHANGES_PER_LOOK_MAX = 1_000;

/** Why a pending change is made. */
export type PendingChangeReason = 'reassignment-complete' | 'unclean-election' | 'clean-election';

/** One planned change. */
export interface PendingChange {
  readonly partition: PartitionImage;
  readonly reason: PendingChangeReason;
  readonly record: MetadataRecord;
}

/** The changes `image` calls for, in topic-id and partition order, at most PENDING_CHANGES_PER_LOOK_MAX. */
export function planPendingPartitionChanges(image: MetadataImage, policy: ReplicationPolicy): PendingChange[] {
  const changes: PendingChange[] = [];
  const canLead = (id: NodeId): boolean => isActiveBroker(image, id);
  for (const topicId of [...image.topicsById.keys()].sort()) {
    const topic = image.topicsById.get(topicId);
    assert.ok(topic !== undefined, 'a listed topic id is in the image');
    const unclean = policy.uncleanElectionEnabled(topic);
    const minIsr = policy.eligibleLeaderMinIsr(topic);
    for (const partition of topic.partitions) {
      if (changes.length >= PENDING_CHANGES_PER_LOOK_MAX) return changes;
      const leaderless = unclean && partition.leader === NO_LEADER;
      if (!isReassigning(partition) && !leaderless) continue;
      const change = planPartitionChange(partition, { election: unclean ? 'unclean' : 'online', canLead,
        ...(minIsr === undefined ? {} : { minIsr }) });
      if (change.record === null) continue;
      const reason: PendingChangeReason = change.completesReassignment
        ? 'reassignment-complete'
        : change.unclean ? 'unclean-election' : 'clean-election';
      // A reassignment that cannot complete yet writes nothing: only completion or an election does.
      if (!change.completesReassignment && change.leader === partition.leader) continue;
      changes.push({ partition, reason, record: { type: 'PartitionChangeRecord', record: change.record } });
    }
  }
  return changes;
}
