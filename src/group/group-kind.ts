// What every kind of group (classic/, consumer/) answers for the rest of the shard: the offsets
// part asks it whether a member may commit or fetch, ListGroups lists it, DeleteGroups deletes
// it, offset expiry asks since when it is empty. A group id names one group of one kind in a
// shard; a request of the other protocol for it is answered GROUP_ID_NOT_FOUND or
// INCONSISTENT_GROUP_PROTOCOL as Kafka answers (the shard's registry checks, src/group/runtime/).
import type { GroupRecord } from './group-records.js';
import type { GroupShardPart } from './group-shard-context.js';

export type GroupType = 'classic' | 'consumer';

/** One group as ListGroups (v5: with its type) and the console show it. */
export interface GroupListing {
  readonly groupId: string;
  /** "consumer" for consumer groups of either kind; a classic group's own protocol type otherwise. */
  readonly protocolType: string;
  /** Kafka's state names: Empty, PreparingRebalance, CompletingRebalance, Stable, Dead (classic);
   *  Empty, Assigning, Reconciling, Stable, Dead (consumer). */
  readonly state: string;
  readonly type: GroupType;
}

/** Who sends an OffsetCommit or OffsetFetch, as the request names them. */
export interface OffsetRequester {
  readonly memberId: string;
  /** Classic: the generation id (-1 for a commit outside any generation); consumer: the member epoch. */
  readonly generationIdOrMemberEpoch: number;
  readonly groupInstanceId: string | null;
  readonly apiVersion: number;
}

export interface GroupKind extends GroupShardPart {
  readonly type: GroupType;
  has(groupId: string): boolean;
  list(): GroupListing[];
  /** The error code for an OffsetCommit to an existing group of this kind (0: allowed). */
  validateOffsetCommit(groupId: string, requester: OffsetRequester): number;
  /** The error code for an OffsetFetch (v9+ names the member; earlier versions pass memberId ""). */
  validateOffsetFetch(groupId: string, requester: OffsetRequester): number;
  /** Whether the group's members subscribe to `topic` (OffsetDelete answers GROUP_SUBSCRIBED_TO_TOPIC). */
  isSubscribedTo(groupId: string, topic: string): boolean;
  /**
   * Monotonic-clock-free answer for offset expiry: the wall-clock ms since which the group has
   * had no members, or undefined while it has some (its offsets do not expire then).
   */
  emptySince(groupId: string): number | undefined;
  /**
   * DeleteGroups: the error (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP) or 0 with the tombstones of the
   * group's own records. The caller adds the offsets' tombstones, writes them all, and then calls
   * `deleted`, which drops the group from memory.
   */
  planDelete(groupId: string): { readonly errorCode: number; readonly records: readonly GroupRecord[] };
  deleted(groupId: string): void;
}

/** Which kind of group a group id names in this shard, if any (the shard's registry answers). */
export type GroupTypeLookup = (groupId: string) => GroupType | undefined;
