// A classic group's life around the protocol: rebuilt from its GroupMetadata records on load
// (members then expire by session timeout unless they heartbeat; a tombstone deletes it), unload
// (parked requests answered NOT_COORDINATOR, timers cancelled), and what the group answers the
// rest of the shard: offset commit checks (ClassicGroup.validateOffsetCommit), subscriptions for
// OffsetDelete, listing, DescribeGroups, DeleteGroups, and a group id owned by a consumer group.
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassicGroups } from '../../../src/group/classic/classic-groups.js';
import type { GroupRecord } from '../../../src/group/group-records.js';
import { decodeGroupRecord, encodeGroupRecord } from '../../../src/group/group-records.js';
import type { GroupType } from '../../../src/group/group-kind.js';
import { ErrorCode } from '../../../src/protocol/mod.js';
import { type InMemoryShardContext, settle } from './in-memory-shard-context.js';
import { bytes, joinedPair, newShard, joinRequest, subscription, TestMember } from './classic-test-members.js';

let groups: ClassicGroups;
let context: InMemoryShardContext;
let otherKinds: Map<string, GroupType>;

function setUp(): void {
  otherKinds = new Map();
  ({ context, groups } = newShard({}, (groupId) => (groups.has(groupId) ? 'classic' : otherKinds.get(groupId))));
}

afterEach(() => {
  groups.checkInvariants();
});

async function stableOfTwo(): Promise<{ a: TestMember; b: TestMember }> {
  const a = new TestMember(groups, { clientId: 'a', protocols: [{ name: 'range', metadata: subscription(['orders']) }] });
  const b = new TestMember(groups, { clientId: 'b', groupInstanceId: 'host-b',
    protocols: [{ name: 'range', metadata: subscription(['orders', 'refunds']) }] });
  const answers = [(await a.joinWithId()).answer, b.join()];
  await context.advance(6000);
  await Promise.all(answers);
  await Promise.all([b.sync(), a.sync([{ memberId: a.memberId, assignment: bytes('A') },
    { memberId: b.memberId, assignment: bytes('B') }])]);
  return { a, b };
}

/** A fresh shard that loads `records` through their stored bytes, as the runtime does. */
function reload(records: readonly GroupRecord[]): void {
  ({ context, groups } = newShard());
  for (const record of records) {
    const decoded = decodeGroupRecord(encodeGroupRecord(record));
    if (decoded === undefined) throw new Error('a known record kind');
    expect(groups.replay(decoded)).toBe(true);
  }
  groups.loaded();
}

describe('load and unload', () => {
  it('replay rebuilds a Stable group from its record; members that do not heartbeat expire to Empty', async () => {
    setUp();
    const { a, b } = await stableOfTwo();
    reload(context.log);
    const group = groups.group('g');
    expect(group?.state).toBe('Stable');
    expect(group?.generationId).toBe(1);
    expect(group?.leaderId).toBe(a.memberId);
    expect([...(group?.members.keys() ?? [])]).toEqual([a.memberId, b.memberId]);
    expect(group?.staticMembers.get('host-b')).toBe(b.memberId);
    const reloadedA = Object.assign(new TestMember(groups), { memberId: a.memberId, generationId: 1 });
    // a heartbeats, b does not: after b's session (10 s) b is gone and a must rejoin.
    for (let step = 0; step < 6; step += 1) {
      await context.advance(2000);
      await reloadedA.heartbeat();
    }
    expect(groups.group('g')?.hasMember(b.memberId)).toBe(false);
    expect(await reloadedA.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    await context.advance(30_000);
    expect(groups.group('g')?.state).toBe('Empty');
    const last = context.log.at(-1);
    if (last?.type !== 'group-metadata' || last.value === null) throw new Error('a group metadata value');
    expect(last.value.members).toEqual([]);
  });

  it('a tombstone deletes the group on load', async () => {
    setUp();
    await stableOfTwo();
    reload([...context.log, { type: 'group-metadata', key: { group: 'g' }, value: null }]);
    expect(groups.has('g')).toBe(false);
  });

  it('unload answers parked JoinGroups NOT_COORDINATOR and cancels every timer', async () => {
    setUp();
    const a = new TestMember(groups, { clientId: 'a' });
    const parked = (await a.joinWithId()).answer;
    expect(context.timerCount).toBeGreaterThan(0);
    groups.unload();
    expect((await parked).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    expect(context.timerCount).toBe(0);
    expect(groups.list()).toEqual([]);
  });

  it('unload answers a parked SyncGroup NOT_COORDINATOR', async () => {
    setUp();
    const { b } = await joinedPair(context, groups);
    const parked = b.sync();
    await settle();
    groups.unload();
    expect((await parked).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
  });
});

describe('what the group answers the shard', () => {
  it('offset commits: generation and member checks, static fencing, REBALANCE_IN_PROGRESS while syncing', async () => {
    setUp();
    const requester = (memberId: string, generation: number, groupInstanceId: string | null = null) =>
      ({ memberId, generationIdOrMemberEpoch: generation, groupInstanceId, apiVersion: 8 });
    expect(groups.validateOffsetCommit('g', requester('', -1))).toBe(ErrorCode.NONE);
    expect(groups.validateOffsetCommit('g', requester('x', 3))).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(groups.validateOffsetCommit('g', { ...requester('x', 3), apiVersion: 9 })).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const { a, b } = await stableOfTwo();
    expect(groups.validateOffsetCommit('g', requester(a.memberId, 1))).toBe(ErrorCode.NONE);
    expect(groups.validateOffsetCommit('g', requester(a.memberId, 0))).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(groups.validateOffsetCommit('g', requester('ghost', 1))).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(groups.validateOffsetCommit('g', requester('', -1))).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(groups.validateOffsetCommit('g', requester('old-b', 1, 'host-b'))).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(groups.validateOffsetCommit('g', requester(b.memberId, 1, 'host-b'))).toBe(ErrorCode.NONE);
    // A new member joins; once the join phase ends the group syncs generation 2.
    const c = new TestMember(groups, { clientId: 'c' });
    const joins = [(await c.joinWithId()).answer, a.join(), b.join()];
    await Promise.all(joins);
    expect(groups.group('g')?.state).toBe('CompletingRebalance');
    expect(groups.validateOffsetCommit('g', requester(a.memberId, 2))).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });

  it('isSubscribedTo reads the members\' subscriptions', async () => {
    setUp();
    await stableOfTwo();
    expect(groups.isSubscribedTo('g', 'orders')).toBe(true);
    expect(groups.isSubscribedTo('g', 'refunds')).toBe(true);
    expect(groups.isSubscribedTo('g', 'payments')).toBe(false);
    expect(groups.isSubscribedTo('nope', 'orders')).toBe(false);
  });

  it('lists, describes (metadata and assignment when Stable), and deletes only an Empty group', async () => {
    setUp();
    const { a, b } = await stableOfTwo();
    expect(groups.list()).toEqual([{ groupId: 'g', protocolType: 'consumer', state: 'Stable', type: 'classic' }]);
    const described = await groups.describeGroup('g', 7);
    expect(described).toMatchObject({ errorCode: 0, groupState: 'Stable', protocolType: 'consumer', protocolData: 'range',
      authorizedOperations: 7 });
    expect(described.members.map((member) => [member.memberId, member.groupInstanceId, member.clientId,
      new TextDecoder().decode(member.memberAssignment)]))
      .toEqual([[a.memberId, null, 'a', 'A'], [b.memberId, 'host-b', 'b', 'B']]);
    expect([...(described.members[0]?.memberMetadata ?? [])]).toEqual([...subscription(['orders'])]);
    expect((await groups.describeGroup('nope', 0)).groupState).toBe('Dead');
    expect(groups.planDelete('g').errorCode).toBe(ErrorCode.NON_EMPTY_GROUP);
    expect(groups.planDelete('nope').errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    await groups.leaveGroup('g', [{ memberId: a.memberId, groupInstanceId: null },
      { memberId: b.memberId, groupInstanceId: 'host-b' }]);
    const planned = groups.planDelete('g');
    expect(planned).toEqual({ errorCode: 0, records: [{ type: 'group-metadata', key: { group: 'g' }, value: null }] });
    groups.deleted('g');
    expect(groups.has('g')).toBe(false);
    expect(context.timerCount).toBe(0);
  });

  it('a group id of a consumer group is refused by the classic protocol', async () => {
    setUp();
    otherKinds.set('kip848', 'consumer');
    const client = { apiVersion: 5, clientId: 'c', clientHost: '/127.0.0.1' };
    expect((await groups.joinGroup(joinRequest({ groupId: 'kip848' }), client)).errorCode)
      .toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect(groups.has('kip848')).toBe(false);
  });
});
