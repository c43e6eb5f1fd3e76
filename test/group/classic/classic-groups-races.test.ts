// Races of the classic protocol: requests that meet in the middle of a rebalance, and static
// membership (KIP-345). Each test sets up the interleaving explicitly on the in-memory shard
// context (virtual time, writes held until the test commits them) and checks Kafka's outcome.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassicGroups } from '../../../src/group/classic/classic-groups.js';
import { ErrorCode } from '../../../src/protocol/mod.js';
import { type InMemoryShardContext, settle } from './in-memory-shard-context.js';
import { bytes, joinedPair, newShard, subscription, TestMember } from './classic-test-members.js';

let context: InMemoryShardContext;
let groups: ClassicGroups;
beforeEach(() => { ({ context, groups } = newShard()); });
afterEach(() => { groups.checkInvariants(); });

/** Joins every member (KIP-394 steps), waits out the initial delay, the leader assigns. */
async function formGroup(members: TestMember[]): Promise<void> {
  const answers = [];
  for (const member of members) answers.push((await member.joinWithId()).answer);
  await context.advance(3000 * members.length);
  await Promise.all(answers);
  const [leader, ...followers] = members as [TestMember, ...TestMember[]];
  await Promise.all([...followers.map((member) => member.sync()),
    leader.sync(members.map((member) => ({ memberId: member.memberId, assignment: bytes(`part-${member.memberId}`) })))]);
  expect(groups.group('g')?.state).toBe('Stable');
}

describe('races in a rebalance', () => {
  it('two members joining at once land in the same generation, one of them leading', async () => {
    const a = new TestMember(groups, { clientId: 'a' });
    const b = new TestMember(groups, { clientId: 'b' });
    // Both get their ids before either rejoins; then both rejoins are parked together.
    await Promise.all([a.join(), b.join()]);
    const [joinA, joinB] = [a.join(), b.join()];
    await context.advance(6000);
    const [answerA, answerB] = await Promise.all([joinA, joinB]);
    expect(answerA.generationId).toBe(1);
    expect(answerB.generationId).toBe(1);
    expect(answerA.leader).toBe(answerB.leader);
    const leaderAnswer = answerA.leader === a.memberId ? answerA : answerB;
    expect(leaderAnswer.members.map((member) => member.memberId).sort()).toEqual([a.memberId, b.memberId].sort());
  });

  it('a heartbeat during the rebalance is told REBALANCE_IN_PROGRESS and keeps the session alive', async () => {
    const a = new TestMember(groups, { clientId: 'a' });
    const b = new TestMember(groups, { clientId: 'b' });
    await formGroup([a, b]);
    const rejoinA = a.join({ protocols: [{ name: 'range', metadata: subscription(['t', 'u']) }] });
    // b heartbeats through a period longer than its session before it rejoins.
    for (let step = 0; step < 4; step += 1) {
      await context.advance(4000);
      expect(await b.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    }
    const rejoinB = b.join();
    const [answerA, answerB] = await Promise.all([rejoinA, rejoinB]);
    expect([answerA.generationId, answerB.generationId]).toEqual([2, 2]);
    expect(answerA.members).toHaveLength(2);
  });

  it('a follower leaving while its SyncGroup is parked: the SyncGroup is answered and the rest rebalance', async () => {
    const { a, b } = await joinedPair(context, groups);
    const parkedSync = b.sync();
    await settle();
    const left = await groups.leaveGroup('g', [{ memberId: b.memberId, groupInstanceId: null }]);
    expect(left.members[0]?.errorCode).toBe(ErrorCode.NONE);
    expect((await parkedSync).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
    expect(await a.heartbeat()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const answer = await a.join();
    expect(answer).toMatchObject({ generationId: 2, leader: a.memberId });
  });

  it('a member joining while the leader\'s assignment is being stored: the store lands, but the group rebalances', async () => {
    const a = new TestMember(groups, { clientId: 'a' });
    const joinA = (await a.joinWithId()).answer;
    await context.advance(3000);
    await joinA;
    context.writeMode = { kind: 'hold' };
    const syncA = a.sync([{ memberId: a.memberId, assignment: bytes('all') }]);
    await settle();
    context.writeMode = { kind: 'commit' };
    const b = new TestMember(groups, { clientId: 'b' });
    const joinB = (await b.joinWithId()).answer;
    // b's join moved the group to a new join phase: a's parked SyncGroup is told to rejoin.
    expect((await syncA).errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    context.commitAll();
    await settle();
    expect(groups.group('g')?.state).toBe('PreparingRebalance');
    const rejoinA = a.join();
    const [answerA, answerB] = await Promise.all([rejoinA, joinB]);
    expect([answerA.generationId, answerB.generationId]).toEqual([2, 2]);
  });

  it('a member that never sends SyncGroup within the rebalance timeout is removed', async () => {
    const { a, b } = await joinedPair(context, groups);
    const syncA = a.sync([{ memberId: a.memberId, assignment: bytes('A') }, { memberId: b.memberId, assignment: bytes('B') }]);
    expect((await syncA).errorCode).toBe(ErrorCode.NONE);
    // b keeps heartbeating but never syncs: after the rebalance timeout (30 s) it is dropped.
    for (let step = 0; step < 7; step += 1) {
      await context.advance(5000);
      await a.heartbeat();
      await b.heartbeat();
    }
    expect(groups.group('g')?.hasMember(b.memberId)).toBe(false);
  });
});

describe('static membership (KIP-345)', () => {
  it('a static member rejoining with its instance id replaces its old member id without a rebalance', async () => {
    const a = new TestMember(groups, { clientId: 'a', groupInstanceId: 'host-a' });
    const b = new TestMember(groups, { clientId: 'b' });
    const joinA = a.join();
    const joinB = (await b.joinWithId()).answer;
    await context.advance(6000);
    await Promise.all([joinA, joinB]);
    expect(a.memberId).toBe('host-a-uuid1');
    await Promise.all([b.sync(), a.sync([{ memberId: a.memberId, assignment: bytes('A') },
      { memberId: b.memberId, assignment: bytes('B') }])]);
    const oldMemberId = a.memberId;
    const recordsBefore = context.log.length;

    // The instance restarts: it has lost its member id.
    const restarted = new TestMember(groups, { clientId: 'a', groupInstanceId: 'host-a' });
    const answer = await restarted.join();
    expect(answer.errorCode).toBe(ErrorCode.NONE);
    expect(answer.generationId).toBe(1);
    expect(restarted.memberId).not.toBe(oldMemberId);
    expect(groups.group('g')?.state).toBe('Stable');
    // The replacement is stored (the record names the new member id), and it keeps its assignment.
    expect(context.log.length).toBe(recordsBefore + 1);
    const last = context.log.at(-1);
    if (last?.type !== 'group-metadata' || last.value === null) throw new Error('a group metadata value');
    expect(last.value.members.map((member) => member.memberId)).toContain(restarted.memberId);
    expect(new TextDecoder().decode((await restarted.sync()).assignment)).toBe('A');
    // The old incarnation is fenced.
    expect(await a.heartbeat()).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(await b.heartbeat()).toBe(ErrorCode.NONE);
  });

  it('a static member whose protocol would change the group\'s selection triggers a rebalance', async () => {
    const a = new TestMember(groups, { clientId: 'a', groupInstanceId: 'host-a',
      protocols: [{ name: 'range', metadata: bytes('r') }, { name: 'roundrobin', metadata: bytes('rr') }] });
    const joinA = a.join();
    await context.advance(3000);
    await joinA;
    await a.sync([{ memberId: a.memberId, assignment: bytes('A') }]);
    const restarted = new TestMember(groups, { clientId: 'a', groupInstanceId: 'host-a',
      protocols: [{ name: 'roundrobin', metadata: bytes('rr') }] });
    const answer = await restarted.join();
    expect(answer).toMatchObject({ errorCode: 0, generationId: 2, protocolName: 'roundrobin' });
  });

  it('a static member keeps its place through a rebalance it sleeps through; a dynamic one is removed', async () => {
    const s = new TestMember(groups, { clientId: 's', groupInstanceId: 'host-s', sessionTimeoutMs: 60_000 });
    const d = new TestMember(groups, { clientId: 'd', sessionTimeoutMs: 60_000 });
    const x = new TestMember(groups, { clientId: 'x', sessionTimeoutMs: 60_000 });
    const joins = [s.join(), (await d.joinWithId()).answer, (await x.joinWithId()).answer];
    await context.advance(9000);
    await Promise.all(joins);
    await Promise.all([d.sync(), x.sync(), s.sync([])]);
    expect(groups.group('g')?.state).toBe('Stable');
    const rejoinX = x.join({ protocols: [{ name: 'range', metadata: subscription(['t', 'v']) }] });
    await context.advance(30_000);
    const answer = await rejoinX;
    expect(answer.generationId).toBe(2);
    expect(groups.group('g')?.hasMember(s.memberId)).toBe(true);
    expect(groups.group('g')?.hasMember(d.memberId)).toBe(false);
  });

  it('LeaveGroup by instance id alone removes the static member (an operator\'s removal)', async () => {
    const s = new TestMember(groups, { clientId: 's', groupInstanceId: 'host-s' });
    const join = s.join();
    await context.advance(3000);
    await join;
    await s.sync([]);
    const answer = await groups.leaveGroup('g', [{ memberId: '', groupInstanceId: 'host-s' }]);
    expect(answer.members[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(groups.group('g')?.state).toBe('Empty');
  });
});
