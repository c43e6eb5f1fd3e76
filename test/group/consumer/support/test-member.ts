// A consumer as the tests drive it: it heartbeats a ConsumerGroups like librdkafka's KIP-848
// consumer does (full request on join, then its epoch and owned partitions), and keeps the
// partitions it consumes. An answer's assignment is taken up either at once or, for a slow
// consumer, only when the test calls applyAssignment(): until then it still owns (and reports)
// what it had, which is what makes revocation before assignment observable.
import { createConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponse }
  from '../../../../src/protocol/generated/messages/consumer-group-heartbeat.js';
import type { ConsumerGroups } from '../../../../src/group/consumer/consumer-groups.js';
import {
  NO_PARTITIONS, partitionsFromWire, partitionsToWire, type TopicPartitions,
} from '../../../../src/group/consumer/topic-partitions.js';
import { ErrorCode } from '../../../../src/protocol/errors.js';
import type { GroupId, TopicName } from '../../../../src/protocol/entity-types.js';

export interface TestMemberOptions {
  readonly groupId?: string;
  readonly topics: readonly string[];
  readonly memberId?: string;
  readonly instanceId?: string | null;
  readonly apiVersion?: number;
  readonly rebalanceTimeoutMs?: number;
  readonly serverAssignor?: string | null;
  readonly regex?: string | null;
}

export class TestMember {
  memberId: string;
  epoch = 0;
  owned: TopicPartitions = NO_PARTITIONS;
  /** An assignment received but not taken up yet (a slow consumer). */
  pending: TopicPartitions | null = null;
  last: ConsumerGroupHeartbeatResponse | undefined;
  readonly groupId: string;

  constructor(readonly groups: ConsumerGroups, readonly options: TestMemberOptions) {
    this.memberId = options.memberId ?? '';
    this.groupId = options.groupId ?? 'group';
  }

  private get apiVersion(): number {
    return this.options.apiVersion ?? 1;
  }

  /** Joins (or rejoins) with epoch 0 and a full request. */
  async join(): Promise<ConsumerGroupHeartbeatResponse> {
    this.epoch = 0;
    this.owned = NO_PARTITIONS;
    this.pending = null;
    return this.send(createConsumerGroupHeartbeatRequest({
      groupId: this.groupId as GroupId,
      memberId: this.memberId,
      memberEpoch: 0,
      instanceId: this.options.instanceId ?? null,
      rebalanceTimeoutMs: this.options.rebalanceTimeoutMs ?? 300_000,
      subscribedTopicNames: this.options.topics as TopicName[],
      subscribedTopicRegex: this.apiVersion >= 1 ? (this.options.regex ?? '') : null,
      serverAssignor: this.options.serverAssignor ?? null,
      topicPartitions: [],
    }), { takeUp: true });
  }

  /** A regular heartbeat: its epoch and what it owns; `takeUp` false leaves a new assignment pending. */
  async heartbeat(options: { readonly takeUp?: boolean } = {}): Promise<ConsumerGroupHeartbeatResponse> {
    return this.send(createConsumerGroupHeartbeatRequest({
      groupId: this.groupId as GroupId,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      topicPartitions: partitionsToWire(this.owned),
    }), { takeUp: options.takeUp ?? true });
  }

  async leave(epoch = -1): Promise<ConsumerGroupHeartbeatResponse> {
    const response = await this.groups.heartbeat(createConsumerGroupHeartbeatRequest({
      groupId: this.groupId as GroupId, memberId: this.memberId, memberEpoch: epoch,
      instanceId: this.options.instanceId ?? null,
    }), { apiVersion: this.apiVersion, clientId: 'test', clientHost: '/127.0.0.1' });
    this.owned = NO_PARTITIONS;
    this.pending = null;
    this.last = response;
    return response;
  }

  /** Takes up a pending assignment: drops what it lost, starts consuming what it gained. */
  applyAssignment(): void {
    if (this.pending === null) return;
    this.owned = this.pending;
    this.pending = null;
  }

  /** The consumer lost its place (fenced or unknown): it drops everything, as clients do. */
  loseEverything(): void {
    this.owned = NO_PARTITIONS;
    this.pending = null;
    this.epoch = 0;
  }

  private async send(request: Parameters<ConsumerGroups['heartbeat']>[0],
    options: { readonly takeUp: boolean }): Promise<ConsumerGroupHeartbeatResponse> {
    const response = await this.groups.heartbeat(request,
      { apiVersion: this.apiVersion, clientId: 'test', clientHost: '/127.0.0.1' });
    this.last = response;
    if (response.errorCode === ErrorCode.FENCED_MEMBER_EPOCH || response.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
      this.loseEverything();
      return response;
    }
    if (response.errorCode !== 0) return response;
    if (response.memberId !== null) this.memberId = response.memberId;
    this.epoch = response.memberEpoch;
    if (response.assignment !== null) this.pending = partitionsFromWire(response.assignment.topicPartitions);
    // Taking up applies the newest assignment received, whether it came now or earlier.
    if (options.takeUp) this.applyAssignment();
    return response;
  }
}
