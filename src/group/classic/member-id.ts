// Member ids of the classic protocol. KIP-394: the coordinator, not the client, makes a member's
// id, `${clientId}-${uuid}`; a static member (KIP-345, group.instance.id set) gets
// `${groupInstanceId}-${uuid}`, so a log line shows which instance a member id belongs to. The
// uuid makes every id unique: an id once fenced is never handed out again. Pure.
import assert from 'node:assert/strict';

/** The empty member id: "I have none yet" in JoinGroup, "any member" in LeaveGroup by instance id. */
export const UNKNOWN_MEMBER_ID = '';

/**
 * A new member id from the client id (or the static instance id) and a fresh uuid.
 *
 * @example
 * newMemberId({ clientId: 'kafkajs', groupInstanceId: null, uuid: 'q1w2' }); // 'kafkajs-q1w2'
 */
export function newMemberId(options: {
  readonly clientId: string;
  readonly groupInstanceId: string | null;
  readonly uuid: string;
}): string {
  assert.ok(options.uuid.length > 0, 'a member id carries a uuid');
  const prefix = options.groupInstanceId ?? options.clientId;
  const memberId = `${prefix}-${options.uuid}`;
  assert.notEqual(memberId, UNKNOWN_MEMBER_ID, 'a made member id is never the unknown one');
  return memberId;
}

/** KIP-394: JoinGroup v4+ must first learn its member id (MEMBER_ID_REQUIRED) and rejoin with it. */
export function requiresKnownMemberId(joinGroupVersion: number): boolean {
  return joinGroupVersion >= 4;
}

/** KIP-814: from JoinGroup v9 a static leader replaced in a stable group may skip the assignment. */
export function supportsSkippingAssignment(joinGroupVersion: number): boolean {
  return joinGroupVersion >= 9;
}
