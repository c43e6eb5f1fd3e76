// The admission rules of JoinGroup, pure: the session timeout a member may ask for, and whether
// a group has room for a joining member (group.max.size, KIP-389).
import assert from 'node:assert/strict';
import type { ClassicGroup } from './classic-group.js';

/** group.min.session.timeout.ms ≤ session ≤ group.max.session.timeout.ms, else INVALID_SESSION_TIMEOUT. */
export function isSessionTimeoutAllowed(sessionTimeoutMs: number, bounds: {
  readonly groupMinSessionTimeoutMs: number; readonly groupMaxSessionTimeoutMs: number;
}): boolean {
  return sessionTimeoutMs >= bounds.groupMinSessionTimeoutMs && sessionTimeoutMs <= bounds.groupMaxSessionTimeoutMs;
}

/**
 * Whether the group takes this JoinGroup (GroupMetadataManager.acceptJoiningMember). Empty and
 * Dead groups always do. During a join phase the count is of members already parked, not of all
 * members: the size may be over a lowered max, and counting the parked ones lets the last
 * members to rejoin be the ones turned away. Otherwise an existing member always may rejoin and a
 * new one only while the group is below the max.
 */
export function acceptsJoiningMember(group: ClassicGroup, memberId: string, groupMaxSize: number): boolean {
  switch (group.state) {
    case 'Empty':
    case 'Dead':
      return true;
    case 'PreparingRebalance':
      return group.members.get(memberId)?.isAwaitingJoin === true || group.awaitingJoinCount() < groupMaxSize;
    case 'CompletingRebalance':
    case 'Stable':
      return group.hasMember(memberId) || group.members.size < groupMaxSize;
    default: {
      const unexpected: never = group.state;
      return assert.fail(`unexpected group state ${String(unexpected)}`);
    }
  }
}
