// A member of a consumer group under the KIP-848 protocol (src/admin/), for `weir consume
// --group`: the broker assigns, the member only heartbeats and follows. The whole protocol from
// the member's side is one request, ConsumerGroupHeartbeat:
//
//   join:     epoch 0, the topics it subscribes to          → its member epoch, heartbeat interval
//   steady:   every heartbeat interval, its epoch and the partitions it owns
//             ← a new assignment whenever the group's target assignment gives it other partitions
//   follow:   partitions it lost are given up first (the caller commits their positions), then
//             the next heartbeat (sent at once) reports what it owns now, which lets the
//             coordinator hand those partitions to their next owner (revocation before
//             assignment: no partition is read by two members at once)
//   leave:    epoch -1                                      → the group reassigns at once
//
// The member id is the member's own (a random UUID), as version 1 of the request asks.
// FENCED_MEMBER_EPOCH or UNKNOWN_MEMBER_ID mean the coordinator dropped it (a missed session):
// it gives up every partition and joins again under the same id with epoch 0, as Kafka's
// consumers do. Timing is the caller's: it asks `heartbeatDue()` between reads.
import assert from 'node:assert/strict';

import { ApiKey, ErrorCode, groupId as brandGroupId, topicName, uuidFromBytes, type Uuid } from '../protocol/mod.js';
import {
  createConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponse,
} from '../protocol/generated/messages/consumer-group-heartbeat.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { sendToCoordinator } from './group-coordinator.js';

/** The epoch a member joins with, and the one it leaves with (Kafka's ConsumerGroupHeartbeatRequest). */
const JOIN_EPOCH = 0;
const LEAVE_EPOCH = -1;

/** How the assignment changed with a heartbeat: partitions (by index) of the one topic. */
export interface AssignmentChange {
  readonly revoked: readonly number[];
  readonly assigned: readonly number[];
}

const NO_CHANGE: AssignmentChange = { revoked: [], assigned: [] };

/** What the member needs to know of its topic. */
export interface MemberOptions {
  readonly groupId: string;
  readonly topic: string;
  /** The topic's id: assignments name topics by id. */
  readonly topicId: Uuid;
  /** How long the member may take to give up partitions (rebalance.timeout.ms of the consumer). */
  readonly rebalanceTimeoutMs: number;
}

/** One member of a consumer group reading one topic. */
export class ConsumerGroupMember {
  readonly memberId: string;
  private epoch = JOIN_EPOCH;
  private owned = new Set<number>();
  private heartbeatIntervalMs = 0;
  private nextHeartbeatAt = 0;
  private joined = false;

  constructor(private readonly session: AdminSession, private readonly options: MemberOptions) {
    this.memberId = uuidFromBytes(session.runtime.random.nextBytes(16));
  }

  /** The member epoch the coordinator last gave (commits carry it). */
  get memberEpoch(): number {
    return this.epoch;
  }

  /** The partitions this member owns now, ascending. */
  ownedPartitions(): number[] {
    return [...this.owned].sort((left, right) => left - right);
  }

  /** True when the heartbeat interval has passed since the last heartbeat (or none was sent). */
  heartbeatDue(): boolean {
    return !this.joined || this.session.runtime.clock.monotonicNow() >= this.nextHeartbeatAt;
  }

  /** Joins the group or heartbeats; answers how the member's partitions changed. */
  async heartbeat(): Promise<AssignmentChange> {
    const response = await this.send(this.epoch);
    if (response.errorCode === ErrorCode.FENCED_MEMBER_EPOCH || response.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
      // The coordinator no longer counts this member: every partition is gone; join again.
      const revoked = this.ownedPartitions();
      this.owned.clear();
      this.epoch = JOIN_EPOCH;
      this.joined = false;
      return { revoked, assigned: [] };
    }
    expectNoError(response.errorCode, response.errorMessage, `heartbeat in group "${this.options.groupId}"`);
    assert.ok(response.memberEpoch > 0, 'a member in the group has a positive epoch');
    this.epoch = response.memberEpoch;
    this.joined = true;
    this.heartbeatIntervalMs = response.heartbeatIntervalMs;
    this.nextHeartbeatAt = this.session.runtime.clock.monotonicNow() + this.heartbeatIntervalMs;
    if (response.assignment === null) return NO_CHANGE;
    const target = new Set(response.assignment.topicPartitions
      .filter((entry) => entry.topicId === this.options.topicId).flatMap((entry) => entry.partitions));
    const change: AssignmentChange = {
      revoked: this.ownedPartitions().filter((partition) => !target.has(partition)),
      assigned: [...target].filter((partition) => !this.owned.has(partition)).sort((left, right) => left - right),
    };
    this.owned = target;
    // What it owns changed: say so at once, so the coordinator can move revoked partitions on.
    if (change.revoked.length > 0 || change.assigned.length > 0) this.nextHeartbeatAt = 0;
    return change;
  }

  /** Leaves the group (epoch -1): the coordinator reassigns its partitions at once. */
  async leave(): Promise<void> {
    if (!this.joined) return;
    const response = await this.send(LEAVE_EPOCH);
    this.joined = false;
    this.owned.clear();
    if (response.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || response.errorCode === ErrorCode.FENCED_MEMBER_EPOCH) return;
    expectNoError(response.errorCode, response.errorMessage, `leave group "${this.options.groupId}"`);
  }

  private send(memberEpoch: number): Promise<ConsumerGroupHeartbeatResponse> {
    const joining = memberEpoch === JOIN_EPOCH;
    const body = createConsumerGroupHeartbeatRequest({
      groupId: brandGroupId(this.options.groupId), memberId: this.memberId, memberEpoch,
      rebalanceTimeoutMs: joining ? this.options.rebalanceTimeoutMs : -1,
      // A joining member names what it subscribes to; later heartbeats send null for "unchanged".
      subscribedTopicNames: joining ? [topicName(this.options.topic)] : null,
      // A joining member owns nothing; a leaving one need not say.
      topicPartitions: memberEpoch === LEAVE_EPOCH ? null : joining ? []
        : [{ topicId: this.options.topicId, partitions: this.ownedPartitions() }],
    });
    return sendToCoordinator<ConsumerGroupHeartbeatResponse>(this.session, this.options.groupId, {
      request: { apiKey: ApiKey.ConsumerGroupHeartbeat, versions: { lowestVersion: 1, highestVersion: 1 }, body },
      errorOf: (answer) => answer.errorCode,
      // A lost heartbeat is sent again with the same epoch: the coordinator answers it the same way.
      retryUnknownOutcome: true,
    });
  }
}
