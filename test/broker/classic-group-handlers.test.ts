// Goal: the classic group APIs on a broker, per version, through the generated codecs: JoinGroup
// v0 (no rebalance timeout, no KIP-394 step, a non-null protocol name), v5 (MEMBER_ID_REQUIRED)
// and v9 (flexible); SyncGroup v0 and v5 (protocol type and name required); Heartbeat; LeaveGroup
// v0 (one member, top-level error) and v3 (batched); DescribeGroups v2 and v5 (authorized
// operations, instance ids). Method: a broker on the in-memory network with the test harness's
// manual clock (test/broker/support.ts); the initial rebalance delay is 0 so a join phase ends
// when the clock is advanced.
import { afterEach, describe, expect, test } from 'vitest';
import type { FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.js';
import type { JoinGroupResponse } from '../../src/protocol/generated/messages/join-group.js';
import type { SyncGroupResponse } from '../../src/protocol/generated/messages/sync-group.js';
import type { HeartbeatResponse } from '../../src/protocol/generated/messages/heartbeat.js';
import type { LeaveGroupResponse } from '../../src/protocol/generated/messages/leave-group.js';
import type { DescribeGroupsResponse } from '../../src/protocol/generated/messages/describe-groups.js';
import { ApiKey, ErrorCode } from './support-protocol.js';
import { BrokerHarness, settle, type TestClient } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

async function start(): Promise<{ started: BrokerHarness; client: TestClient }> {
  const started = await BrokerHarness.start({
    config: 'offsets.topic.num.partitions=1\ngroup.initial.rebalance.delay.ms=0\n' });
  harness = started;
  const client = await started.client();
  const found = await client.request<FindCoordinatorResponse>(ApiKey.FindCoordinator, 0, { key: 'g' });
  expect(found.errorCode).toBe(ErrorCode.NONE);
  for (let turn = 0; turn < 200 && started.broker.groupCoordinator.loadedShards().length < 1; turn += 1) await settle();
  return { started, client };
}

const protocols = [{ name: 'range', metadata: new Uint8Array([0, 0, 0, 0, 0, 0]) }];

function joinBody(memberId: string, extra: object = {}): object {
  return { groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 20_000, memberId, protocolType: 'consumer',
    protocols, ...extra };
}

/** Sends a JoinGroup, lets the join phase end on the manual clock, returns the answer. */
async function join(started: BrokerHarness, client: TestClient, version: number, body: object): Promise<JoinGroupResponse> {
  const correlationId = client.send(ApiKey.JoinGroup, version, body);
  await settle();
  await started.advance(0);
  return client.responseTo<JoinGroupResponse>(correlationId);
}

describe('classic group APIs by version', () => {
  test('v0 clients: join at once (session timeout as rebalance timeout), sync, heartbeat, leave', async () => {
    const { started, client } = await start();
    const joined = await join(started, client, 0, joinBody(''));
    expect(joined).toMatchObject({ errorCode: 0, generationId: 1, protocolName: 'range' });
    expect(joined.leader).toBe(joined.memberId);
    expect(started.broker.groupCoordinator.loadedShards()[0]?.classic.group('g')?.members.get(joined.memberId)
      ?.rebalanceTimeoutMs).toBe(10_000);
    const synced = await client.request<SyncGroupResponse>(ApiKey.SyncGroup, 0, { groupId: 'g', generationId: 1,
      memberId: joined.memberId, assignments: [{ memberId: joined.memberId, assignment: new Uint8Array([7]) }] });
    expect(synced).toMatchObject({ errorCode: 0, assignment: new Uint8Array([7]) });
    const beat = await client.request<HeartbeatResponse>(ApiKey.Heartbeat, 0,
      { groupId: 'g', generationId: 1, memberId: joined.memberId });
    expect(beat.errorCode).toBe(ErrorCode.NONE);
    const stranger = await client.request<LeaveGroupResponse>(ApiKey.LeaveGroup, 0, { groupId: 'g', memberId: 'nobody' });
    expect(stranger.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const left = await client.request<LeaveGroupResponse>(ApiKey.LeaveGroup, 0, { groupId: 'g', memberId: joined.memberId });
    expect(left.errorCode).toBe(ErrorCode.NONE);
  });

  test('v5: MEMBER_ID_REQUIRED first; SyncGroup v5 must name the protocol; DescribeGroups v5 and v2', async () => {
    const { started, client } = await start();
    const first = await client.request<JoinGroupResponse>(ApiKey.JoinGroup, 5, joinBody('', { groupInstanceId: null }));
    expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    const joined = await join(started, client, 5, joinBody(first.memberId));
    expect(joined).toMatchObject({ errorCode: 0, generationId: 1, memberId: first.memberId });
    const unnamed = await client.request<SyncGroupResponse>(ApiKey.SyncGroup, 5,
      { groupId: 'g', generationId: 1, memberId: joined.memberId, protocolType: null, protocolName: null, assignments: [] });
    expect(unnamed.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const synced = await client.request<SyncGroupResponse>(ApiKey.SyncGroup, 5, { groupId: 'g', generationId: 1,
      memberId: joined.memberId, protocolType: 'consumer', protocolName: 'range',
      assignments: [{ memberId: joined.memberId, assignment: new Uint8Array([1, 2]) }] });
    expect(synced).toMatchObject({ errorCode: 0, protocolType: 'consumer', protocolName: 'range' });
    const described = await client.request<DescribeGroupsResponse>(ApiKey.DescribeGroups, 5,
      { groups: ['g', 'missing'], includeAuthorizedOperations: true });
    expect(described.groups[0]).toMatchObject({ errorCode: 0, groupState: 'Stable', protocolType: 'consumer',
      protocolData: 'range', authorizedOperations: (1 << 3) | (1 << 6) | (1 << 8) });
    expect(described.groups[0]?.members[0]).toMatchObject({ memberId: joined.memberId, clientId: 'test-client',
      memberAssignment: new Uint8Array([1, 2]) });
    expect(described.groups[1]).toMatchObject({ groupId: 'missing', groupState: 'Dead', errorCode: 0 });
    const old = await client.request<DescribeGroupsResponse>(ApiKey.DescribeGroups, 2, { groups: ['g'] });
    expect(old.groups[0]?.members).toHaveLength(1);
  });

  test('v9 (flexible) joins; LeaveGroup v3 answers each member', async () => {
    const { started, client } = await start();
    const first = await client.request<JoinGroupResponse>(ApiKey.JoinGroup, 9, joinBody('', { reason: 'test' }));
    const joined = await join(started, client, 9, joinBody(first.memberId));
    expect(joined).toMatchObject({ errorCode: 0, generationId: 1, protocolType: 'consumer', skipAssignment: false });
    const left = await client.request<LeaveGroupResponse>(ApiKey.LeaveGroup, 3, { groupId: 'g', members: [
      { memberId: joined.memberId, groupInstanceId: null }, { memberId: 'nobody', groupInstanceId: null }] });
    expect(left.errorCode).toBe(ErrorCode.NONE);
    expect(left.members.map((member) => [member.memberId, member.errorCode]))
      .toEqual([[joined.memberId, 0], ['nobody', ErrorCode.UNKNOWN_MEMBER_ID]]);
  });
});
