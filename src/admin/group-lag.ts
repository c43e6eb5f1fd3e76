// A group with its lag (src/admin/), what `weir group describe`, GET /v1/groups/{id} and the
// console show: the group as its coordinator describes it, its committed offsets (OffsetFetch),
// and the log end of every partition it commits or is assigned (ListOffsets latest, sent to each
// partition's leader), combined per partition by partition-lag.ts. Lag = high watermark −
// committed offset, as kafka-consumer-groups and kafka-exporter compute it.
import { AdminError } from './admin-error.js';
import type { AdminSession } from './admin-session.js';
import {
  describeGroup, fetchCommittedOffsets, listGroups, type GroupDescription, type GroupSummary,
} from './group-reads.js';
import { readMetadata } from './metadata-reads.js';
import { LATEST_TIMESTAMP, readOffsets } from './offset-reads.js';
import { lagPartitions, partitionLags, totalLag, type LogEnds, type PartitionLag } from './partition-lag.js';

/** A described group with each partition's committed offset, log end and lag. */
export interface GroupLagDescription extends GroupDescription {
  readonly partitions: readonly PartitionLag[];
  /** The sum of the partitions' known lags. */
  readonly totalLag: number;
}

/** A listed group with its total lag. */
export interface GroupLagSummary extends GroupSummary {
  readonly members: number;
  readonly totalLag: number;
}

/** The group with its lag; a group that does not exist (Dead, nothing committed) is an AdminError (not-found). */
export async function describeGroupLag(session: AdminSession, groupId: string): Promise<GroupLagDescription> {
  const [group, committed] = await Promise.all([describeGroup(session, groupId), fetchCommittedOffsets(session, groupId)]);
  if (group.state === 'Dead' && committed.length === 0) {
    throw new AdminError(`Cannot describe group "${groupId}": GROUP_ID_NOT_FOUND (no such group)`, 'not-found', 'GROUP_ID_NOT_FOUND');
  }
  const logEnds = await readLogEnds(session, lagPartitions(committed, group.members));
  const partitions = partitionLags(committed, group.members, logEnds);
  return { ...group, partitions, totalLag: totalLag(partitions) };
}

/** Every group with its member count and total lag, sorted by id. */
export async function listGroupsWithLag(session: AdminSession): Promise<GroupLagSummary[]> {
  const groups = await listGroups(session);
  return Promise.all(groups.map(async (summary) => {
    const described = await describeGroupLag(session, summary.groupId).catch((error: unknown) => {
      // Deleted between the listing and the describe.
      if (error instanceof AdminError && error.failure === 'not-found') return null;
      throw error;
    });
    return { ...summary, members: described?.members.length ?? 0, totalLag: described?.totalLag ?? 0 };
  }));
}

/** The high watermark of each of `partitions`, by topic; topics that no longer exist are left out. */
export async function readLogEnds(session: AdminSession, partitions: ReadonlyMap<string, readonly number[]>): Promise<LogEnds> {
  if (partitions.size === 0) return new Map();
  const metadata = await readMetadata(session, [...partitions.keys()]);
  // Partition counts of the topics that exist; a committed offset may outlive its topic.
  const counts = new Map<string, number>(metadata.topics.filter((topic) => topic.errorCode === 0)
    .map((topic) => [topic.name ?? '', topic.partitions.length]));
  const entries = await Promise.all([...partitions].filter(([topic]) => counts.has(topic)).map(async ([topic, indexes]) => {
    const present = indexes.filter((partition) => partition < (counts.get(topic) ?? 0));
    return [topic, await readOffsets(session, topic, present, LATEST_TIMESTAMP)] as const;
  }));
  return new Map(entries);
}
