// The automatic leader rebalance (auto.leader.rebalance.enable): every
// leader.imbalance.check.interval.seconds the active controller moves leadership back to
// preferred replicas (the first of each partition's replicas), so that leaders spread over the
// brokers again after failovers. Pure: this file plans; partition-maintenance.ts runs it on the
// runtime's timer.
//
// The threshold is the one Kafka's ZooKeeper controller applied and documents for
// leader.imbalance.per.broker.percentage: a broker's imbalance is the share of the partitions it
// is preferred leader of that another broker leads; above the percentage, each of those whose
// preferred replica can lead now (in the ISR, active) gets a preferred election. Kafka's KRaft
// controller rebalances every imbalanced partition whatever the share, which is the same rule at
// a percentage of 0.
import assert from 'node:assert/strict';

import type { NodeId } from '../protocol/mod.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage, PartitionImage } from '../metadata/image/metadata-image.js';
import { hasPreferredLeader, planElection } from './elect-leaders.js';
import { PENDING_CHANGES_PER_LOOK_MAX } from './pending-partition-changes.js';

/** Per preferred leader: the partitions it should lead, and those another broker leads. */
export interface LeaderImbalance {
  readonly preferredCount: number;
  readonly misled: readonly PartitionImage[];
}

/** The imbalance of every broker that is some partition's preferred leader, by broker id. */
export function leaderImbalances(image: MetadataImage): Map<NodeId, LeaderImbalance> {
  const imbalances = new Map<NodeId, { preferredCount: number; misled: PartitionImage[] }>();
  for (const topic of image.topicsById.values()) {
    for (const partition of topic.partitions) {
      const preferred = partition.replicas[0];
      assert.ok(preferred !== undefined, 'a partition has a replica');
      const entry = imbalances.get(preferred) ?? { preferredCount: 0, misled: [] };
      entry.preferredCount += 1;
      if (!hasPreferredLeader(partition)) entry.misled.push(partition);
      imbalances.set(preferred, entry);
    }
  }
  return imbalances;
}

/** True when some partition is led by another broker than its preferred replica (or by none). */
export function hasMisledPartition(image: MetadataImage): boolean {
  for (const topic of image.topicsById.values()) {
    if (topic.partitions.some((partition) => !hasPreferredLeader(partition))) return true;
  }
  return false;
}

/**
 * The preferred elections a rebalance makes: for every broker whose imbalance is above
 * `imbalancePercentage` (0-100), each of its misled partitions whose preferred replica can lead.
 * At most PENDING_CHANGES_PER_LOOK_MAX; the next check does the rest.
 */
export function planLeaderRebalance(image: MetadataImage, imbalancePercentage: number): MetadataRecord[] {
  assert.ok(imbalancePercentage >= 0 && imbalancePercentage <= 100, 'a percentage is within 0-100');
  const records: MetadataRecord[] = [];
  const brokers = [...leaderImbalances(image)].sort(([a], [b]) => a - b);
  for (const [, imbalance] of brokers) {
    if (imbalance.misled.length * 100 <= imbalancePercentage * imbalance.preferredCount) continue;
    for (const partition of imbalance.misled) {
      if (records.length >= PENDING_CHANGES_PER_LOOK_MAX) return records;
      const planned = planElection(image, partition, 'preferred');
      if (planned.ok) records.push(planned.record);
    }
  }
  return records;
}
