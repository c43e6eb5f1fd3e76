// KIP-848 consumer groups, rule by rule, on the real ConsumerGroups over an in-memory shard
// context (support/memory-shard-context.ts): joining, the incremental hand-over of partitions
// (revocation before assignment), fencing by epoch and by timers, static membership, the group
// epoch following the metadata image, persistence (a new coordinator rebuilds the same state
// from the records), answers only after commit, and the GroupKind answers.
import { describe, expect, it } from 'vitest';
import { ConsumerGroups } from '../../../src/group/consumer/consumer-groups.js';
import type { GroupType } from '../../../src/group/group-kind.js';
import { MemberState } from '../../../src/group/consumer/consumer-group-member.js';
import { partitionCount, renderPartitions, type TopicPartitions } from '../../../src/group/consumer/topic-partitions.js';
import { ErrorCode } from '../../../src/protocol/errors.js';
import { createConsumerGroupHeartbeatRequest } from '../../../src/protocol/generated/messages/consumer-group-heartbeat.js';
import type { GroupId, TopicName } from '../../../src/protocol/entity-types.js';
import { imageWithTopics, MemoryShardContext, testSettings, topicIdOf } from './support/memory-shard-context.js';
import { TestMember } from './support/test-member.js';

function setUp(topics: Record<string, number> = { orders: 6 }, settings = testSettings) {
  const context = new MemoryShardContext(settings, imageWithTopics(topics));
  const groups: ConsumerGroups = new ConsumerGroups(context,
    (groupId): GroupType | undefined => (groups.has(groupId) ? 'consumer' : undefined));
  return { context, groups };
}

function count(partitions: TopicPartitions): number {
  return partitionCount(partitions);
}

describe('KIP-848 join', () => {
  it('v0: the coordinator picks the member id; the first member gets epoch 1 and every partition', async () => {
    const { groups } = setUp();
    const member = new TestMember(groups, { topics: ['orders'], apiVersion: 0 });
    const response = await member.join();
    expect(response.errorCode).toBe(0);
    expect(response.memberId).not.toBe('');
    expect(response.memberEpoch).toBe(1);
    expect(response.heartbeatIntervalMs).toBe(testSettings.consumerGroupHeartbeatIntervalMs);
    expect(count(member.owned)).toBe(6);
    expect(groups.group('group')?.state()).toBe('Stable');
  });

  it('v1: the member brings its own id; joining without one is INVALID_REQUEST', async () => {
    const { groups } = setUp();
    const anonymous = new TestMember(groups, { topics: ['orders'], apiVersion: 1 });
    expect((await anonymous.join()).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'client-made-uuid' });
    const response = await member.join();
    expect(response.memberId).toBe('client-made-uuid');
    expect(groups.group('group')?.members.has('client-made-uuid')).toBe(true);
  });

  it('refuses an unknown assignor (UNSUPPORTED_ASSIGNOR) and a heartbeat of a group that does not exist', async () => {
    const { groups } = setUp();
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'm', serverAssignor: 'sticky' });
    expect((await member.join()).errorCode).toBe(ErrorCode.UNSUPPORTED_ASSIGNOR);
    member.epoch = 3;
    expect((await member.heartbeat()).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('group.consumer.max.size refuses one member more (GROUP_MAX_SIZE_REACHED)', async () => {
    const { groups } = setUp({ orders: 6 }, { ...testSettings, consumerGroupMaxSize: 1 });
    await new TestMember(groups, { topics: ['orders'], memberId: 'a' }).join();
    expect((await new TestMember(groups, { topics: ['orders'], memberId: 'b' }).join()).errorCode)
      .toBe(ErrorCode.GROUP_MAX_SIZE_REACHED);
  });
});

describe('KIP-848 incremental reconciliation', () => {
  it('a partition moves only after its owner acknowledged the revocation', async () => {
    const { groups } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    await first.join();
    const second = new TestMember(groups, { topics: ['orders'], memberId: 'b' });
    const joined = await second.join();
    // Group epoch 2: b is at epoch 2 but gets none of a's partitions while a still owns them.
    expect(joined.memberEpoch).toBe(2);
    expect(count(second.owned)).toBe(0);
    expect(groups.group('group')?.members.get('b')?.state).toBe(MemberState.UNRELEASED_PARTITIONS);
    // a is asked to revoke three: it stays at epoch 1 until it acknowledges.
    const asked = await first.heartbeat({ takeUp: false });
    expect(asked.memberEpoch).toBe(1);
    expect(count(first.pending!)).toBe(3);
    expect(groups.group('group')?.members.get('a')?.state).toBe(MemberState.UNREVOKED_PARTITIONS);
    await second.heartbeat();
    expect(count(second.owned)).toBe(0);
    first.applyAssignment();
    expect((await first.heartbeat()).memberEpoch).toBe(2);
    await second.heartbeat();
    expect(count(second.owned)).toBe(3);
    expect(groups.group('group')?.state()).toBe('Stable');
    expect(renderPartitions(first.owned)).not.toContain(renderPartitions(second.owned));
  });

  it('a stale epoch is FENCED_MEMBER_EPOCH; the previous epoch with a subset of the assignment is accepted', async () => {
    const { groups } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    await first.join();
    await new TestMember(groups, { topics: ['orders'], memberId: 'b' }).join();
    await first.heartbeat();
    await first.heartbeat();
    expect(first.epoch).toBe(2);
    first.epoch = 1; // the answer carrying epoch 2 was lost; it owns a subset of its assignment
    expect((await first.heartbeat()).errorCode).toBe(0);
    first.epoch = 7;
    expect((await first.heartbeat()).errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
  });

  it('a member leaving (epoch -1) hands its partitions to the others', async () => {
    const { groups, context } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    const second = new TestMember(groups, { topics: ['orders'], memberId: 'b' });
    await first.join();
    await second.join();
    await first.heartbeat();
    await second.heartbeat();
    const left = await second.leave();
    expect(left.memberEpoch).toBe(-1);
    await first.heartbeat();
    expect(count(first.owned)).toBe(6);
    const tombstones = context.records().filter((record) => record.value === null && 'memberId' in record.key
      && record.key.memberId === 'b');
    expect(tombstones.map((record) => record.type)).toEqual(['consumer-group-current-member-assignment',
      'consumer-group-target-assignment-member', 'consumer-group-member-metadata']);
  });
});

describe('KIP-848 timers', () => {
  it('a member that stops heartbeating is fenced after group.consumer.session.timeout.ms', async () => {
    const { groups, context } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    const second = new TestMember(groups, { topics: ['orders'], memberId: 'b' });
    await first.join();
    await second.join();
    context.advance(testSettings.consumerGroupSessionTimeoutMs - 1);
    await first.heartbeat();
    context.advance(2);
    expect(groups.group('group')?.members.has('b')).toBe(false);
    expect(groups.group('group')?.members.has('a')).toBe(true);
    await first.heartbeat();
    expect(count(first.owned)).toBe(6);
  });

  it('a member that does not revoke within its rebalance timeout is fenced; one that did is not', async () => {
    const { groups, context } = setUp();
    const slow = new TestMember(groups, { topics: ['orders'], memberId: 'a', rebalanceTimeoutMs: 10_000 });
    await slow.join();
    await new TestMember(groups, { topics: ['orders'], memberId: 'b' }).join();
    await slow.heartbeat({ takeUp: false });
    context.advance(9_999);
    expect(groups.group('group')?.members.has('a')).toBe(true);
    context.advance(1);
    expect(groups.group('group')?.members.has('a')).toBe(false);
    expect((await slow.heartbeat()).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});

describe('KIP-848 static membership', () => {
  it('a static member leaving with -2 and coming back under a new id gets its partitions back without a rebalance', async () => {
    const { groups } = setUp();
    const stay = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    const restart = new TestMember(groups, { topics: ['orders'], memberId: 'old', instanceId: 'pod-1' });
    await stay.join();
    await restart.join();
    await stay.heartbeat();
    await restart.heartbeat();
    const before = restart.owned;
    const epoch = groups.group('group')!.groupEpoch;
    expect((await restart.leave(-2)).memberEpoch).toBe(-2);
    const back = new TestMember(groups, { topics: ['orders'], memberId: 'new', instanceId: 'pod-1' });
    await back.join();
    expect(renderPartitions(back.owned)).toBe(renderPartitions(before));
    expect(groups.group('group')!.groupEpoch).toBe(epoch);
    expect(groups.group('group')!.members.has('old')).toBe(false);
  });

  it('a static member away (-2) keeps its partitions from others until its session ends', async () => {
    const { groups, context } = setUp();
    const stay = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    const away = new TestMember(groups, { topics: ['orders'], memberId: 'old', instanceId: 'pod-1' });
    await stay.join();
    await away.join();
    await stay.heartbeat();
    await away.heartbeat();
    await away.leave(-2);
    await stay.heartbeat();
    expect(count(stay.owned)).toBe(3);
    context.advance(testSettings.consumerGroupSessionTimeoutMs - 1);
    await stay.heartbeat();
    expect(groups.group('group')!.members.has('old')).toBe(true);
    context.advance(1);
    expect(groups.group('group')!.members.has('old')).toBe(false);
    await stay.heartbeat();
    expect(count(stay.owned)).toBe(6);
  });

  it('an instance id still in use is UNRELEASED_INSTANCE_ID; another member id for it is FENCED_INSTANCE_ID', async () => {
    const { groups } = setUp();
    await new TestMember(groups, { topics: ['orders'], memberId: 'x', instanceId: 'pod-1' }).join();
    expect((await new TestMember(groups, { topics: ['orders'], memberId: 'y', instanceId: 'pod-1' }).join()).errorCode)
      .toBe(ErrorCode.UNRELEASED_INSTANCE_ID);
    const impostor = await groups.heartbeat(createConsumerGroupHeartbeatRequest({
      groupId: 'group' as GroupId, memberId: 'y', memberEpoch: 1, instanceId: 'pod-1', topicPartitions: [],
    }), { apiVersion: 1, clientId: 'c', clientHost: 'h' });
    expect(impostor.errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
  });
});

describe('KIP-848 group epoch and the metadata image', () => {
  it('partitions added to a subscribed topic bump the group epoch and are assigned', async () => {
    const { groups, context } = setUp({ orders: 2 });
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    await member.join();
    expect(count(member.owned)).toBe(2);
    await member.heartbeat();
    expect(groups.group('group')!.groupEpoch).toBe(1);
    context.currentImage = imageWithTopics({ orders: 5 });
    await member.heartbeat();
    expect(groups.group('group')!.groupEpoch).toBe(2);
    expect(count(member.owned)).toBe(5);
  });

  it('a regex subscription (v1) follows topics created later', async () => {
    const { groups, context } = setUp({ 'logs-a': 1, other: 1 });
    const member = new TestMember(groups, { topics: [], memberId: 'a', regex: 'logs-.*' });
    await member.join();
    expect(count(member.owned)).toBe(1);
    context.currentImage = imageWithTopics({ 'logs-a': 1, other: 1, 'logs-b': 2 });
    await member.heartbeat();
    expect(count(member.owned)).toBe(3);
    expect(groups.isSubscribedTo('group', 'logs-b')).toBe(true);
    expect(groups.isSubscribedTo('group', 'other')).toBe(false);
  });
});

describe('KIP-848 persistence', () => {
  it('a new coordinator replaying the records has the same group, members, epochs and owners', async () => {
    const { groups, context } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    const second = new TestMember(groups, { topics: ['orders'], memberId: 'b', instanceId: 'pod' });
    await first.join();
    await second.join();
    await first.heartbeat({ takeUp: false });
    const reloaded = new ConsumerGroups(context, () => undefined);
    context.replayInto(reloaded);
    const [before] = await groups.describe(['group'], -2147483648);
    const [after] = await reloaded.describe(['group'], -2147483648);
    expect(after).toEqual(before);
    expect(reloaded.group('group')!.members.get('a')!.state).toBe(MemberState.UNREVOKED_PARTITIONS);
    expect(reloaded.group('group')!.ownerOf(topicIdOf(1), 0)).toEqual(groups.group('group')!.ownerOf(topicIdOf(1), 0));
  });

  it('answers only once the records are committed, and with the write error when they are not', async () => {
    const { groups, context } = setUp();
    context.holdCommits = true;
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    let answered = false;
    const joining = member.join().then((response) => { answered = true; return response; });
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe(false);
    context.commit();
    expect((await joining).memberEpoch).toBe(1);
    const next = member.heartbeat();
    await Promise.resolve();
    context.failPending(ErrorCode.NOT_COORDINATOR);
    expect((await next).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
  });

  it('unload stops every timer', async () => {
    const { groups, context } = setUp();
    await new TestMember(groups, { topics: ['orders'], memberId: 'a' }).join();
    expect(context.activeTimerCount()).toBeGreaterThan(0);
    groups.unload();
    expect(context.activeTimerCount()).toBe(0);
  });
});

describe('KIP-848 ConsumerGroupDescribe', () => {
  it('shows epochs, the assignor, and each member with its subscription, assignment and target', async () => {
    const { groups } = setUp();
    const first = new TestMember(groups, { topics: ['orders'], memberId: 'a', serverAssignor: 'range' });
    await first.join();
    await new TestMember(groups, { topics: ['orders'], memberId: 'b', instanceId: 'pod' }).join();
    const [described] = await groups.describe(['group'], 328);
    expect(described).toMatchObject({ errorCode: 0, groupId: 'group', groupState: 'Reconciling', groupEpoch: 2,
      assignmentEpoch: 2, assignorName: 'range', authorizedOperations: 328 });
    const [a, b] = described!.members;
    expect(a).toMatchObject({ memberId: 'a', memberEpoch: 1, clientId: 'test', clientHost: '/127.0.0.1',
      subscribedTopicNames: ['orders'], instanceId: null });
    expect(a!.assignment.topicPartitions).toEqual([{ topicId: topicIdOf(1), topicName: 'orders', partitions: [0, 1, 2, 3, 4, 5] }]);
    // range over a, b: a keeps 0-2 as its target; b's target is 3-5 but it holds nothing yet.
    expect(a!.targetAssignment.topicPartitions[0]?.partitions).toEqual([0, 1, 2]);
    expect(b).toMatchObject({ memberId: 'b', memberEpoch: 2, instanceId: 'pod' });
    expect(b!.assignment.topicPartitions).toEqual([]);
    expect(b!.targetAssignment.topicPartitions[0]?.partitions).toEqual([3, 4, 5]);
  });
});

describe('KIP-848 GroupKind answers', () => {
  it('offset commits need the current member epoch; admin commits only to an empty group', async () => {
    const { groups } = setUp();
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    await member.join();
    const requester = { memberId: 'a', generationIdOrMemberEpoch: 1, groupInstanceId: null, apiVersion: 9 };
    expect(groups.validateOffsetCommit('group', requester)).toBe(0);
    expect(groups.validateOffsetCommit('group', { ...requester, generationIdOrMemberEpoch: 0 }))
      .toBe(ErrorCode.STALE_MEMBER_EPOCH);
    expect(groups.validateOffsetCommit('group', { ...requester, memberId: 'z' })).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(groups.validateOffsetCommit('group', { ...requester, apiVersion: 8 })).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const admin = { memberId: '', generationIdOrMemberEpoch: -1, groupInstanceId: null, apiVersion: 2 };
    expect(groups.validateOffsetCommit('group', admin)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(groups.validateOffsetFetch('group', admin)).toBe(0);
    expect(groups.validateOffsetFetch('group', { ...requester, generationIdOrMemberEpoch: 3 }))
      .toBe(ErrorCode.STALE_MEMBER_EPOCH);
    await member.leave();
    expect(groups.validateOffsetCommit('group', admin)).toBe(0);
  });

  it('lists states, counts empty time, refuses to delete a non-empty group and deletes an empty one', async () => {
    const { groups, context } = setUp();
    const member = new TestMember(groups, { topics: ['orders'], memberId: 'a' });
    await member.join();
    expect(groups.list()).toEqual([{ groupId: 'group', protocolType: 'consumer', state: 'Stable', type: 'consumer' }]);
    expect(groups.emptySince('group')).toBeUndefined();
    expect(groups.planDelete('group').errorCode).toBe(ErrorCode.NON_EMPTY_GROUP);
    await member.leave();
    expect(groups.list()[0]?.state).toBe('Empty');
    expect(groups.emptySince('group')).toBe(context.now());
    const plan = groups.planDelete('group');
    expect(plan.errorCode).toBe(0);
    expect(plan.records.map((record) => record.type)).toEqual(['consumer-group-target-assignment-metadata',
      'consumer-group-partition-metadata', 'consumer-group-metadata']);
    await context.write(plan.records);
    groups.deleted('group');
    expect(groups.has('group')).toBe(false);
    const reloaded = new ConsumerGroups(context, () => undefined);
    context.replayInto(reloaded);
    expect(reloaded.has('group')).toBe(false);
    expect(groups.planDelete('group').errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('a heartbeat for a classic group is GROUP_ID_NOT_FOUND; describe names unknown groups', async () => {
    const context = new MemoryShardContext(testSettings, imageWithTopics({ orders: 1 }));
    const groups = new ConsumerGroups(context, () => 'classic');
    const response = await groups.heartbeat(createConsumerGroupHeartbeatRequest({
      groupId: 'old' as GroupId, memberId: 'a', memberEpoch: 0, rebalanceTimeoutMs: 1000,
      subscribedTopicNames: ['orders' as TopicName], topicPartitions: [],
    }), { apiVersion: 1, clientId: 'c', clientHost: 'h' });
    expect(response.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const [described] = await groups.describe(['old'], -2147483648);
    expect(described?.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });
});
