// One member of a classic group, as the coordinator knows it (Kafka's ClassicGroupMember): who
// it is (member id, static instance id, client id and host), its timeouts, the protocols it
// offered in its last JoinGroup with their metadata (for consumers: the subscription, with the
// partitions it owns for cooperative rebalancing), the assignment the leader gave it, and the
// JoinGroup or SyncGroup it has parked at the coordinator, if any.
import assert from 'node:assert/strict';
import type { JoinGroupResponse } from '../../protocol/generated/messages/join-group.js';
import type { SyncGroupResponse } from '../../protocol/generated/messages/sync-group.js';

/** A protocol a member offers, with its opaque metadata (bytes the leader's assignor reads). */
export interface MemberProtocol {
  readonly name: string;
  readonly metadata: Uint8Array;
}

/** Answers a parked JoinGroup. */
export type JoinWaiter = (response: JoinGroupResponse) => void;
/** Answers a parked SyncGroup. */
export type SyncWaiter = (response: SyncGroupResponse) => void;

export class ClassicMember {
  /** Invariant: non-empty. */
  readonly memberId: string;
  /** KIP-345 static membership: the instance id, or null for a dynamic member. */
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly protocolType: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  /** Invariant: non-empty, names unique, most preferred first. */
  protocols: readonly MemberProtocol[];
  /** The leader's assignment for this member (empty until one is known). */
  assignment: Uint8Array = new Uint8Array(0);
  /**
   * True from the join that added the member until its first JoinGroup answer: such a member
   * expires on its (long) new-member join timeout even while its JoinGroup is parked.
   */
  isNew = false;
  /** The parked JoinGroup (the member is "awaiting join"). */
  joinWaiter: JoinWaiter | undefined;
  /** The parked SyncGroup (the member is "awaiting sync"). */
  syncWaiter: SyncWaiter | undefined;

  constructor(init: {
    readonly memberId: string;
    readonly groupInstanceId: string | null;
    readonly clientId: string;
    readonly clientHost: string;
    readonly protocolType: string;
    readonly rebalanceTimeoutMs: number;
    readonly sessionTimeoutMs: number;
    readonly protocols: readonly MemberProtocol[];
    readonly assignment?: Uint8Array;
  }) {
    assert.ok(init.memberId.length > 0, 'a member has an id');
    assert.ok(init.protocols.length > 0, 'a member offers a protocol');
    this.memberId = init.memberId;
    this.groupInstanceId = init.groupInstanceId;
    this.clientId = init.clientId;
    this.clientHost = init.clientHost;
    this.protocolType = init.protocolType;
    this.rebalanceTimeoutMs = init.rebalanceTimeoutMs;
    this.sessionTimeoutMs = init.sessionTimeoutMs;
    this.protocols = init.protocols;
    if (init.assignment !== undefined) this.assignment = init.assignment;
  }

  get isStatic(): boolean { return this.groupInstanceId !== null; }
  get isAwaitingJoin(): boolean { return this.joinWaiter !== undefined; }
  get isAwaitingSync(): boolean { return this.syncWaiter !== undefined; }

  /** The protocol names, most preferred first. */
  protocolNames(): string[] {
    return this.protocols.map((protocol) => protocol.name);
  }

  /** The metadata offered for `protocolName`. Precondition: the member offers it. */
  metadata(protocolName: string): Uint8Array {
    const protocol = this.protocols.find((candidate) => candidate.name === protocolName);
    assert.ok(protocol !== undefined, `member ${this.memberId} offers protocol "${protocolName}"`);
    return protocol.metadata;
  }

  /** Whether a JoinGroup's protocols are exactly the ones offered before (same order, same bytes). */
  matches(protocols: readonly MemberProtocol[]): boolean {
    return protocols.length === this.protocols.length && protocols.every((protocol, index) => {
      const own = this.protocols[index] as MemberProtocol;
      return own.name === protocol.name && sameBytes(own.metadata, protocol.metadata);
    });
  }

  /**
   * Whether a session-timeout expiry spares the member: a member parked in JoinGroup or SyncGroup
   * is waiting on the coordinator, not failing to heartbeat — unless it is new, since a new
   * member that never got its JoinGroup answer may simply have gone away.
   */
  hasSatisfiedHeartbeat(): boolean {
    if (this.isNew) return false;
    return this.isAwaitingJoin || this.isAwaitingSync;
  }
}

/** Byte-wise equality of two arrays. */
export function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) {
    if (left[index] !== right[index]) return false;
  }
  return true;
}
