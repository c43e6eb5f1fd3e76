// Helpers for the classic group tests: JoinGroup requests with real ConsumerProtocolSubscription
// metadata (written by the generated codec, as a Java or librdkafka consumer writes it), and a
// small driver that joins, syncs and heartbeats like a client, keeping its member id and generation.
import { Writer } from '../../../src/protocol/primitives/writer.js';
import {
  createConsumerProtocolSubscription, writeConsumerProtocolSubscription,
} from '../../../src/protocol/generated/data/consumer-protocol-subscription.js';
import {
  createJoinGroupRequest, type JoinGroupRequest, type JoinGroupResponse,
} from '../../../src/protocol/generated/messages/join-group.js';
import { createSyncGroupRequest, type SyncGroupResponse } from '../../../src/protocol/generated/messages/sync-group.js';
import { createHeartbeatRequest } from '../../../src/protocol/generated/messages/heartbeat.js';
import type { GroupId, TopicName } from '../../../src/protocol/entity-types.js';
import { ClassicGroups } from '../../../src/group/classic/classic-groups.js';
import type { GroupTypeLookup } from '../../../src/group/group-kind.js';
import { InMemoryShardContext } from './in-memory-shard-context.js';

/** A consumer's subscription metadata (version 1: with the partitions it owns, KIP-429). */
export function subscription(topics: string[], owned: Array<{ topic: string; partitions: number[] }> = []): Uint8Array {
  const writer = new Writer();
  writer.writeInt16(1);
  writeConsumerProtocolSubscription(writer, createConsumerProtocolSubscription({
    topics, ownedPartitions: owned.map(({ topic, partitions }) => ({ topic: topic as TopicName, partitions })),
  }), 1);
  return writer.finish();
}

export interface JoinOptions {
  readonly groupId?: string;
  readonly memberId?: string;
  readonly groupInstanceId?: string | null;
  readonly protocolType?: string;
  readonly protocols?: Array<{ name: string; metadata: Uint8Array }>;
  readonly sessionTimeoutMs?: number;
  readonly rebalanceTimeoutMs?: number;
}

export function joinRequest(options: JoinOptions = {}): JoinGroupRequest {
  return createJoinGroupRequest({
    groupId: (options.groupId ?? 'g') as GroupId,
    memberId: options.memberId ?? '',
    groupInstanceId: options.groupInstanceId ?? null,
    protocolType: options.protocolType ?? 'consumer',
    protocols: options.protocols ?? [{ name: 'range', metadata: subscription(['t']) }],
    sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
    rebalanceTimeoutMs: options.rebalanceTimeoutMs ?? 30_000,
  });
}

/** A client of one group: what a consumer's coordinator code keeps between requests. */
export class TestMember {
  memberId = '';
  generationId = -1;
  lastJoin: JoinGroupResponse | undefined;

  constructor(readonly groups: ClassicGroups, readonly options: JoinOptions & { readonly clientId?: string;
    readonly apiVersion?: number } = {}) {}

  get groupId(): string { return this.options.groupId ?? 'g'; }

  /** Sends JoinGroup (not awaited: it parks until the join phase ends). */
  join(overrides: JoinOptions = {}): Promise<JoinGroupResponse> {
    const request = joinRequest({ ...this.options, memberId: this.memberId, ...overrides });
    return this.groups.joinGroup(request, {
      apiVersion: this.options.apiVersion ?? 5, clientId: this.options.clientId ?? 'client', clientHost: '/127.0.0.1',
    }).then((response) => {
      this.lastJoin = response;
      if (response.memberId !== '') this.memberId = response.memberId;
      if (response.errorCode === 0) this.generationId = response.generationId;
      return response;
    });
  }

  /**
   * KIP-394's two steps: MEMBER_ID_REQUIRED, then the rejoin with the given id, whose answer
   * (parked until the join phase ends) comes back wrapped so that awaiting this does not wait for it.
   */
  async joinWithId(overrides: JoinOptions = {}): Promise<{ readonly answer: Promise<JoinGroupResponse> }> {
    const first = await this.join(overrides);
    if (first.errorCode !== 79) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
    return { answer: this.join(overrides) };
  }

  sync(assignments: Array<{ memberId: string; assignment: Uint8Array }> = []): Promise<SyncGroupResponse> {
    return this.groups.syncGroup(createSyncGroupRequest({
      groupId: this.groupId as GroupId, generationId: this.generationId, memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId ?? null, assignments,
    }));
  }

  heartbeat(): Promise<number> {
    return this.groups.heartbeat(createHeartbeatRequest({
      groupId: this.groupId as GroupId, generationId: this.generationId, memberId: this.memberId,
      groupInstanceId: this.options.groupInstanceId ?? null,
    }));
  }
}

/** Bytes of a string (assignments in tests are opaque to the broker, as real ones are). */
export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A shard's classic groups on a fresh in-memory context (no other kind of group unless `typeOf` says). */
export function newShard(settings: ConstructorParameters<typeof InMemoryShardContext>[0] = {},
  typeOf: GroupTypeLookup = () => undefined): { context: InMemoryShardContext; groups: ClassicGroups } {
  const context = new InMemoryShardContext(settings);
  return { context, groups: new ClassicGroups(context, typeOf) };
}

/**
 * Two dynamic members "a" (the leader) and "b" through KIP-394 and the initial rebalance (whose
 * delay runs twice, b arriving during the first): both answered, generation 1, not yet synced.
 */
export async function joinedPair(context: InMemoryShardContext, groups: ClassicGroups,
  options: { readonly a?: JoinOptions; readonly b?: JoinOptions } = {}): Promise<{ a: TestMember; b: TestMember }> {
  const a = new TestMember(groups, { clientId: 'a', ...options.a });
  const b = new TestMember(groups, { clientId: 'b', ...options.b });
  const joinA = a.options.groupInstanceId ? a.join() : (await a.joinWithId()).answer;
  const joinB = b.options.groupInstanceId ? b.join() : (await b.joinWithId()).answer;
  await context.advance(6000);
  await Promise.all([joinA, joinB]);
  return { a, b };
}
