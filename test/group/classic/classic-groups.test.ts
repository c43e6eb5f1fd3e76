// The classic protocol on one shard, driven as clients drive it, against a real in-memory
// GroupShardContext (virtual time, a log that commits or holds writes). Each test names the
// rule it checks (Kafka's GroupMetadataManager behaviour, KIP-394, KIP-345); every step ends with
// the groups' invariants checked.
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassicGroups } from '../../../src/group/classic/classic-groups.js';
import { ErrorCode } from '../../../src/protocol/mod.js';
import { type InMemoryShardContext, settle } from './in-memory-shard-context.js';
import { bytes, newShard, joinRequest, subscription, TestMember } from './classic-test-members.js';

let groups: ClassicGroups;
let context: InMemoryShardContext;

function setUp(settings: Parameters<typeof newShard>[0] = {}): void {
  ({ context, groups } = newShard(settings));
}

afterEach(() => {
  groups.checkInvariants();
});

const client = { apiVersion: 5, clientId: 'client', clientHost: '/127.0.0.1' };

/** Two members (a leads) through the initial rebalance and the leader's assignment: Stable gen 1. */
async function stableGroupOfTwo(): Promise<{ a: TestMember; b: TestMember }> {
  const a = new TestMember(groups, { clientId: 'a' });
  const b = new TestMember(groups, { clientId: 'b' });
  const joinA = (await a.joinWithId()).answer;
  const joinB = (await b.joinWithId()).answer;
  // b arrived during the initial delay, which therefore runs once more.
  await context.advance(6000);
  const [answerA, answerB] = await Promise.all([joinA, joinB]);
  expect(answerA.leader).toBe(a.memberId);
  expect(answerB.leader).toBe(a.memberId);
  const syncB = b.sync();
  const syncA = a.sync([{ memberId: a.memberId, assignment: bytes('a-part') },
    { memberId: b.memberId, assignment: bytes('b-part') }]);
  await Promise.all([syncA, syncB]);
  expect(groups.group('g')?.state).toBe('Stable');
  return { a, b };
}

describe('JoinGroup', () => {
  it('KIP-394: v4+ first gets MEMBER_ID_REQUIRED with its new id, and joins with it', async () => {
    setUp();
    const first = await groups.joinGroup(joinRequest(), client);
    expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    expect(first.memberId).toBe('client-uuid1');
    expect(groups.group('g')?.state).toBe('Empty');
    const second = groups.joinGroup(joinRequest({ memberId: first.memberId }), client);
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
    await context.advance(3000);
    const answer = await second;
    expect(answer).toMatchObject({ errorCode: 0, generationId: 1, memberId: 'client-uuid1', leader: 'client-uuid1',
      protocolName: 'range', protocolType: 'consumer' });
    expect(answer.members.map((member) => member.memberId)).toEqual(['client-uuid1']);
  });

  it('before v4 a member without id joins at once', async () => {
    setUp();
    const answer = groups.joinGroup(joinRequest(), { ...client, apiVersion: 2 });
    expect(groups.group('g')?.members.size).toBe(1);
    await context.advance(3000);
    expect((await answer).generationId).toBe(1);
  });

  it('a pending member that never rejoins is forgotten after its session timeout', async () => {
    setUp();
    await groups.joinGroup(joinRequest({ sessionTimeoutMs: 10_000 }), client);
    expect(groups.group('g')?.pendingJoinMembers.size).toBe(1);
    await context.advance(10_000);
    expect(groups.group('g')?.pendingJoinMembers.size).toBe(0);
  });

  it('group.initial.rebalance.delay.ms: members arriving during the delay form one generation', async () => {
    setUp();
    const a = new TestMember(groups, { clientId: 'a' });
    const b = new TestMember(groups, { clientId: 'b' });
    const joinA = (await a.joinWithId()).answer;
    await context.advance(2000);
    const joinB = (await b.joinWithId()).answer;
    await context.advance(1000);
    // b arrived during the delay: it is extended once more (at most the delay again).
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
    await context.advance(3000);
    const [answerA, answerB] = await Promise.all([joinA, joinB]);
    expect(answerA.generationId).toBe(1);
    expect(answerB.generationId).toBe(1);
    expect(answerA.members).toHaveLength(2);
    expect(answerB.members).toHaveLength(0);
  });

  it('the leader gets every member\'s metadata for the chosen protocol, as sent', async () => {
    setUp();
    const metadataA = subscription(['t'], [{ topic: 't', partitions: [0, 1] }]);
    const metadataB = subscription(['t', 'u'], [{ topic: 't', partitions: [2] }]);
    const a = new TestMember(groups, { clientId: 'a', protocols: [
      { name: 'cooperative-sticky', metadata: metadataA }, { name: 'range', metadata: bytes('ra') }] });
    const b = new TestMember(groups, { clientId: 'b', protocols: [
      { name: 'range', metadata: bytes('rb') }, { name: 'cooperative-sticky', metadata: metadataB }] });
    const joinA = (await a.joinWithId()).answer;
    const joinB = (await b.joinWithId()).answer;
    await context.advance(6000);
    const answer = await joinA;
    await joinB;
    // One vote each: the tie goes to the oldest member's preference.
    expect(answer.protocolName).toBe('cooperative-sticky');
    expect(answer.members.map((member) => [...member.metadata])).toEqual([[...metadataA], [...metadataB]]);
  });

  it('INCONSISTENT_GROUP_PROTOCOL for another protocol type or no common protocol', async () => {
    setUp();
    await stableGroupOfTwo();
    const otherType = await groups.joinGroup(joinRequest({ protocolType: 'connect' }), client);
    expect(otherType.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const noCommon = await groups.joinGroup(joinRequest({ protocols: [{ name: 'roundrobin', metadata: bytes('x') }] }), client);
    expect(noCommon.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  it('INVALID_SESSION_TIMEOUT outside group.min/max.session.timeout.ms, INVALID_GROUP_ID for ""', async () => {
    setUp();
    expect((await groups.joinGroup(joinRequest({ sessionTimeoutMs: 5999 }), client)).errorCode)
      .toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect((await groups.joinGroup(joinRequest({ sessionTimeoutMs: 1_800_001 }), client)).errorCode)
      .toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect((await groups.joinGroup(joinRequest({ groupId: '' }), client)).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    expect(groups.list()).toEqual([]);
  });

  it('GROUP_MAX_SIZE_REACHED beyond group.max.size', async () => {
    setUp({ groupMaxSize: 2 });
    await stableGroupOfTwo();
    // A full Stable group refuses a new member before it is even given an id.
    const third = new TestMember(groups, { clientId: 'c' });
    expect((await third.join()).errorCode).toBe(ErrorCode.GROUP_MAX_SIZE_REACHED);
    expect(groups.group('g')?.members.size).toBe(2);
    expect(groups.group('g')?.pendingJoinMembers.size).toBe(0);
  });

  it('UNKNOWN_MEMBER_ID for a member id the group does not know', async () => {
    setUp();
    expect((await groups.joinGroup(joinRequest({ memberId: 'ghost' }), client)).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    await stableGroupOfTwo();
    expect((await groups.joinGroup(joinRequest({ memberId: 'ghost' }), client)).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a follower rejoining a Stable group unchanged is told the current generation, no rebalance', async () => {
    setUp();
    const { b } = await stableGroupOfTwo();
    const answer = await b.join();
    expect(answer).toMatchObject({ errorCode: 0, generationId: 1 });
    expect(groups.group('g')?.state).toBe('Stable');
  });

  it('the leader rejoining a Stable group starts a rebalance', async () => {
    setUp();
    const { a, b } = await stableGroupOfTwo();
    const rejoinA = a.join();
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
    expect(await b.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoinB = b.join();
    const [answerA, answerB] = await Promise.all([rejoinA, rejoinB]);
    expect(answerA.generationId).toBe(2);
    expect(answerB.generationId).toBe(2);
  });
});

describe('SyncGroup', () => {
  it('the leader\'s assignment reaches every member only once its GroupMetadata record is committed', async () => {
    setUp();
    const a = new TestMember(groups, { clientId: 'a' });
    const b = new TestMember(groups, { clientId: 'b' });
    const joinA = (await a.joinWithId()).answer;
    const joinB = (await b.joinWithId()).answer;
    await context.advance(6000);
    await Promise.all([joinA, joinB]);
    context.writeMode = { kind: 'hold' };
    let answered = 0;
    const syncB = b.sync().then((response) => { answered += 1; return response; });
    const syncA = a.sync([{ memberId: a.memberId, assignment: bytes('A') }, { memberId: b.memberId, assignment: bytes('B') }])
      .then((response) => { answered += 1; return response; });
    await settle();
    expect(answered).toBe(0);
    expect(groups.group('g')?.state).toBe('CompletingRebalance');
    expect(context.pendingWriteCount).toBe(1);
    context.commitAll();
    const [answerA, answerB] = await Promise.all([syncA, syncB]);
    expect(new TextDecoder().decode(answerA.assignment)).toBe('A');
    expect(new TextDecoder().decode(answerB.assignment)).toBe('B');
    expect(answerA.protocolName).toBe('range');
    expect(groups.group('g')?.state).toBe('Stable');
    const [record] = context.log;
    expect(record?.type).toBe('group-metadata');
    if (record?.type !== 'group-metadata' || record.value === null) throw new Error('a group metadata value');
    expect(record.value).toMatchObject({ protocolType: 'consumer', generation: 1, protocol: 'range', leader: a.memberId });
    expect(record.value.members.map((member) => [member.memberId, new TextDecoder().decode(member.assignment)]))
      .toEqual([[a.memberId, 'A'], [b.memberId, 'B']]);
  });

  it('a failed store answers the parked SyncGroups with the write error and rebalances', async () => {
    setUp();
    const a = new TestMember(groups, { clientId: 'a' });
    const joinA = (await a.joinWithId()).answer;
    await context.advance(3000);
    await joinA;
    context.writeMode = { kind: 'fail', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE };
    const answer = await a.sync([{ memberId: a.memberId, assignment: bytes('A') }]);
    expect(answer.errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
  });

  it('ILLEGAL_GENERATION for an old generation, INCONSISTENT_GROUP_PROTOCOL for another protocol name (v5)', async () => {
    setUp();
    const { a } = await stableGroupOfTwo();
    a.generationId = 0;
    expect((await a.sync()).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    a.generationId = 1;
    const request = { groupId: 'g', generationId: 1, memberId: a.memberId, groupInstanceId: null,
      protocolType: 'consumer', protocolName: 'roundrobin', assignments: [] };
    expect((await groups.syncGroup(request as never)).errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  it('REBALANCE_IN_PROGRESS during a join phase', async () => {
    setUp();
    const { a, b } = await stableGroupOfTwo();
    void a.join();
    expect((await b.sync()).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });
});

describe('Heartbeat and session timeouts', () => {
  it('answers NONE when Stable, ILLEGAL_GENERATION for an old generation, UNKNOWN_MEMBER_ID for a stranger', async () => {
    setUp();
    const { a } = await stableGroupOfTwo();
    expect(await a.heartbeat()).toBe(ErrorCode.NONE);
    a.generationId = 0;
    expect(await a.heartbeat()).toBe(ErrorCode.ILLEGAL_GENERATION);
    const stranger = new TestMember(groups);
    stranger.memberId = 'stranger';
    expect(await stranger.heartbeat()).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a member whose session ends is removed and the rest rebalance without it', async () => {
    setUp();
    const { a, b } = await stableGroupOfTwo();
    for (let second = 1; second < 10; second += 1) {
      await context.advance(1000);
      expect(await a.heartbeat()).toBe(ErrorCode.NONE);
    }
    expect(groups.group('g')?.hasMember(b.memberId)).toBe(true);
    await context.advance(1000);
    // b sent nothing for its 10 s session: it is gone and a is told to rejoin.
    expect(groups.group('g')?.hasMember(b.memberId)).toBe(false);
    expect(await a.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const answer = await a.join();
    expect(answer).toMatchObject({ generationId: 2, leader: a.memberId });
    expect(answer.members.map((member) => member.memberId)).toEqual([a.memberId]);
  });

  it('members that do not rejoin within the rebalance timeout are removed', async () => {
    setUp();
    const { a, b } = await stableGroupOfTwo();
    const rejoinA = a.join();
    // b keeps heartbeating (REBALANCE_IN_PROGRESS) but never rejoins.
    for (let second = 5; second < 30; second += 5) {
      await context.advance(5000);
      expect(await b.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    }
    await context.advance(5000);
    const answer = await rejoinA;
    expect(answer.generationId).toBe(2);
    expect(answer.members.map((member) => member.memberId)).toEqual([a.memberId]);
    expect(await b.heartbeat()).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('the last member leaving makes the group Empty and writes its empty record', async () => {
    setUp();
    const { a, b } = await stableGroupOfTwo();
    const answer = await groups.leaveGroup('g', [{ memberId: a.memberId, groupInstanceId: null },
      { memberId: b.memberId, groupInstanceId: null }]);
    expect(answer.members.map((member) => member.errorCode)).toEqual([0, 0]);
    expect(groups.group('g')?.state).toBe('Empty');
    const last = context.log.at(-1);
    if (last?.type !== 'group-metadata' || last.value === null) throw new Error('a group metadata value');
    expect(last.value).toMatchObject({ generation: 2, protocol: null, leader: null, members: [] });
    expect(groups.emptySince('g')).toBe(context.now());
  });
});

describe('LeaveGroup', () => {
  it('v3+: several members at once, each with its own error', async () => {
    setUp();
    const { a } = await stableGroupOfTwo();
    const answer = await groups.leaveGroup('g', [
      { memberId: a.memberId, groupInstanceId: null },
      { memberId: 'ghost', groupInstanceId: null },
      { memberId: '', groupInstanceId: 'no-such-instance' },
    ]);
    expect(answer.errorCode).toBe(0);
    expect(answer.members.map((member) => member.errorCode))
      .toEqual([0, ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID]);
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
  });
});
