// A classic group as its GroupMetadata record of `__consumer_offsets` (key version 2, value
// GroupMetadataValue v3: protocol type, generation, protocol, leader, current state timestamp,
// and per member its ids, client, timeouts, subscription and assignment), and back. Kafka writes
// one when a generation's assignment is stored (the leader's SyncGroup), when a group becomes
// Empty, and when a static member is replaced; a tombstone (null value) deletes the group.
// Loading rebuilds a group from its last record: Stable if it had members, Empty otherwise
// (GroupMetadataManager.replay). Pure.
import assert from 'node:assert/strict';
import type { GroupMetadataValue } from '../../protocol/generated/group-coordinator/group-metadata-value.js';
import type { GroupRecord } from '../group-records.js';
import { ClassicGroup } from './classic-group.js';
import { ClassicMember } from './classic-member.js';

/**
 * The record of `group` as it is now, or with `assignment` (the leader's, not yet applied) in
 * place of the members' current assignments. Precondition: a generation is chosen if it has members.
 */
export function groupMetadataRecord(group: ClassicGroup, assignment?: ReadonlyMap<string, Uint8Array>): GroupRecord {
  const protocolName = group.protocolName;
  const members = [...group.members.values()].map((member) => {
    assert.ok(protocolName !== undefined, 'a group with members has a protocol when it is stored');
    return {
      memberId: member.memberId,
      groupInstanceId: member.groupInstanceId,
      clientId: member.clientId,
      clientHost: member.clientHost,
      rebalanceTimeout: member.rebalanceTimeoutMs,
      sessionTimeout: member.sessionTimeoutMs,
      subscription: member.metadata(protocolName),
      assignment: assignment?.get(member.memberId) ?? member.assignment,
    };
  });
  const value: GroupMetadataValue = {
    protocolType: group.protocolType ?? '',
    generation: group.generationId,
    protocol: protocolName ?? null,
    leader: group.leaderId ?? null,
    currentStateTimestamp: BigInt(group.currentStateTimestampMs),
    members,
  };
  return { type: 'group-metadata', key: { group: group.groupId }, value };
}

/** The tombstone that deletes a group's record. */
export function groupMetadataTombstone(groupId: string): GroupRecord {
  return { type: 'group-metadata', key: { group: groupId }, value: null };
}

/**
 * The group a stored value describes. Each member offers just the stored protocol, with its
 * stored subscription as metadata; a rejoin brings the full list again. An old record without a
 * state timestamp takes `loadedAtMs`.
 */
export function groupFromRecord(groupId: string, value: GroupMetadataValue, loadedAtMs: number): ClassicGroup {
  const hasMembers = value.members.length > 0;
  const timestampMs = value.currentStateTimestamp < 0n ? loadedAtMs : Number(value.currentStateTimestamp);
  const group = new ClassicGroup({
    groupId,
    state: hasMembers ? 'Stable' : 'Empty',
    nowMs: timestampMs,
    generationId: value.generation,
    protocolType: value.protocolType === '' ? undefined : value.protocolType,
    protocolName: hasMembers ? value.protocol ?? undefined : undefined,
  });
  for (const stored of value.members) {
    group.add(new ClassicMember({
      memberId: stored.memberId,
      groupInstanceId: stored.groupInstanceId,
      clientId: stored.clientId,
      clientHost: stored.clientHost,
      protocolType: value.protocolType,
      // Version 0 records have no rebalance timeout: Kafka then uses the session timeout.
      rebalanceTimeoutMs: stored.rebalanceTimeout === -1 ? stored.sessionTimeout : stored.rebalanceTimeout,
      sessionTimeoutMs: stored.sessionTimeout,
      protocols: [{ name: value.protocol ?? '', metadata: stored.subscription }],
      assignment: stored.assignment,
    }));
  }
  if (value.leader !== null && group.members.has(value.leader)) group.leaderId = value.leader;
  return group;
}

/** Whether a stored value can be loaded: a group with members names the protocol they use. */
export function isLoadableGroupValue(value: GroupMetadataValue): boolean {
  if (value.members.length === 0) return true;
  if (value.protocol === null || value.protocol === '' || value.protocolType === '') return false;
  const ids = new Set(value.members.map((member) => member.memberId));
  const instanceIds = value.members.flatMap((member) => member.groupInstanceId === null ? [] : [member.groupInstanceId]);
  return ids.size === value.members.length && !ids.has('') && new Set(instanceIds).size === instanceIds.length;
}
