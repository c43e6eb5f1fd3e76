// Reading consumer groups over the Kafka protocol (src/admin/), as Kafka's admin client does:
// ListGroups asked of every broker (each lists the groups it coordinates); a group described by
// its coordinator with ConsumerGroupDescribe (KIP-848 groups) or, for a classic group (answered
// GROUP_ID_NOT_FOUND there, or by a broker without the API), DescribeGroups; and its committed
// offsets with OffsetFetch (v8+, the multi-group form, as an admin: no member id, epoch -1).
import assert from 'node:assert/strict';

import { ApiKey, ErrorCode, groupId as brandGroupId } from '../protocol/mod.js';
import {
  createConsumerGroupDescribeRequest, type ConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponseDescribedGroup,
} from '../protocol/generated/messages/consumer-group-describe.js';
import {
  createDescribeGroupsRequest, type DescribeGroupsResponse, type DescribeGroupsResponseDescribedGroup,
} from '../protocol/generated/messages/describe-groups.js';
import { createListGroupsRequest, type ListGroupsResponse } from '../protocol/generated/messages/list-groups.js';
import {
  createOffsetFetchRequest, createOffsetFetchRequestGroup, type OffsetFetchResponse,
} from '../protocol/generated/messages/offset-fetch.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { sendToCoordinator } from './group-coordinator.js';
import { brokerAddress } from './leader-book.js';
import { decodeMemberAssignment, type TopicAssignment } from './member-assignment.js';
import { readMetadata } from './metadata-reads.js';

/** The protocol a group speaks: classic (JoinGroup/SyncGroup) or consumer (KIP-848). */
export type GroupProtocol = 'classic' | 'consumer';

/** A group as ListGroups reports it. */
export interface GroupSummary {
  readonly groupId: string;
  /** "consumer" for consumer groups; "" for a group with no members' protocol yet (offsets only). */
  readonly protocolType: string;
  /** Kafka's state name (Empty, Stable, PreparingRebalance, ...); "" from a broker before ListGroups v4. */
  readonly state: string;
  /** "classic" or "consumer" (ListGroups v5); "" from older brokers. */
  readonly type: string;
  /** The broker that coordinates it. */
  readonly coordinator: number;
}

/** A member of a described group. */
export interface GroupMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** The member's assigned partitions; null when its assignment is not a consumer's. */
  readonly assignment: readonly TopicAssignment[] | null;
}

/** A described group. */
export interface GroupDescription {
  readonly groupId: string;
  readonly type: GroupProtocol;
  /** Kafka's state name; "Dead" for a group that does not exist. */
  readonly state: string;
  readonly protocolType: string;
  /** The partition assignor: a classic group's chosen protocol, a consumer group's server-side assignor. */
  readonly assignor: string;
  readonly members: readonly GroupMember[];
}

/** One committed offset of a group. */
export interface CommittedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly leaderEpoch: number;
  readonly metadata: string | null;
}

/** Every group of the cluster (ListGroups on each broker), sorted by id. */
export async function listGroups(session: AdminSession): Promise<GroupSummary[]> {
  const metadata = await readMetadata(session, []);
  const perBroker = await Promise.all(metadata.brokers.map(async (broker) => {
    const address = brokerAddress(broker.host, broker.port);
    const outcome = await session.sendTo<ListGroupsResponse>(address, { apiKey: ApiKey.ListGroups, body: createListGroupsRequest() });
    if (outcome.kind === 'sent') assert.fail('ListGroups is always answered');
    if (outcome.kind !== 'response') throw session.failure(outcome, ApiKey.ListGroups, address);
    expectNoError(outcome.body.errorCode, null, `list the groups of broker ${broker.nodeId}`);
    return outcome.body.groups.map((group) => ({
      groupId: String(group.groupId), protocolType: group.protocolType, state: group.groupState, type: group.groupType,
      coordinator: broker.nodeId,
    }));
  }));
  return perBroker.flat().sort((a, b) => a.groupId.localeCompare(b.groupId));
}

/** The group `groupId` as its coordinator describes it; a group that does not exist is "Dead" with no members. */
export async function describeGroup(session: AdminSession, groupId: string): Promise<GroupDescription> {
  const consumer = await describeConsumerGroup(session, groupId);
  return consumer ?? describeClassicGroup(session, groupId);
}

/** A KIP-848 group's description, or null when the group is not one (or the broker lacks the API). */
async function describeConsumerGroup(session: AdminSession, groupId: string): Promise<GroupDescription | null> {
  let response: ConsumerGroupDescribeResponse;
  try {
    response = await sendToCoordinator<ConsumerGroupDescribeResponse>(session, groupId, {
      request: { apiKey: ApiKey.ConsumerGroupDescribe,
        body: createConsumerGroupDescribeRequest({ groupIds: [brandGroupId(groupId)] }) },
      errorOf: (body) => body.groups[0]?.errorCode ?? ErrorCode.NONE,
      retryUnknownOutcome: true,
    });
  } catch (error) {
    if (error instanceof AdminError && error.kafkaError === 'UNSUPPORTED_VERSION') return null;
    throw error;
  }
  const group = onlyGroup(response.groups, groupId);
  if (group.errorCode === ErrorCode.GROUP_ID_NOT_FOUND) return null;
  expectNoError(group.errorCode, group.errorMessage, `describe group "${groupId}"`);
  return consumerDescription(group);
}

function consumerDescription(group: ConsumerGroupDescribeResponseDescribedGroup): GroupDescription {
  const members = group.members.map((member) => ({
    memberId: member.memberId, groupInstanceId: member.instanceId, clientId: member.clientId, clientHost: member.clientHost,
    assignment: member.assignment.topicPartitions
      .map((entry) => ({ topic: String(entry.topicName), partitions: [...entry.partitions].sort((a, b) => a - b) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  }));
  return { groupId: String(group.groupId), type: 'consumer', state: group.groupState, protocolType: 'consumer',
    assignor: group.assignorName, members: sortMembers(members) };
}

async function describeClassicGroup(session: AdminSession, groupId: string): Promise<GroupDescription> {
  const response = await sendToCoordinator<DescribeGroupsResponse>(session, groupId, {
    request: { apiKey: ApiKey.DescribeGroups, body: createDescribeGroupsRequest({ groups: [brandGroupId(groupId)] }) },
    errorOf: (body) => body.groups[0]?.errorCode ?? ErrorCode.NONE,
    retryUnknownOutcome: true,
  });
  const group = onlyGroup(response.groups, groupId);
  // Kafka answers an unknown group as Dead without error; newer coordinators say GROUP_ID_NOT_FOUND.
  if (group.errorCode === ErrorCode.GROUP_ID_NOT_FOUND) return deadGroup(groupId);
  expectNoError(group.errorCode, null, `describe group "${groupId}"`);
  return classicDescription(group);
}

function classicDescription(group: DescribeGroupsResponseDescribedGroup): GroupDescription {
  const consumer = group.protocolType === 'consumer';
  const members = group.members.map((member) => ({
    memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId, clientHost: member.clientHost,
    assignment: consumer ? decodeMemberAssignment(member.memberAssignment) : null,
  }));
  return { groupId: String(group.groupId), type: 'classic', state: group.groupState, protocolType: group.protocolType,
    assignor: group.protocolData, members: sortMembers(members) };
}

function deadGroup(groupId: string): GroupDescription {
  return { groupId, type: 'classic', state: 'Dead', protocolType: '', assignor: '', members: [] };
}

function sortMembers(members: GroupMember[]): GroupMember[] {
  return members.sort((a, b) => a.memberId.localeCompare(b.memberId));
}

/** The one group an answer about `groupId` must hold. */
function onlyGroup<Group extends { readonly groupId: string }>(groups: readonly Group[], groupId: string): Group {
  const group = groups.find((entry) => entry.groupId === groupId);
  if (group === undefined) throw new AdminError(`Cannot describe group "${groupId}": the answer lacks the group`, 'refused');
  return group;
}

/** Every committed offset of `groupId` (OffsetFetch of all topics), sorted by topic and partition. */
export async function fetchCommittedOffsets(session: AdminSession, groupId: string): Promise<CommittedOffset[]> {
  const response = await sendToCoordinator<OffsetFetchResponse>(session, groupId, {
    request: {
      apiKey: ApiKey.OffsetFetch,
      // v8+ names groups in a list; null topics ask for every committed offset.
      versions: { lowestVersion: 8, highestVersion: 9 },
      body: createOffsetFetchRequest({ groups: [createOffsetFetchRequestGroup({
        groupId: brandGroupId(groupId), memberId: null, memberEpoch: -1, topics: null })] }),
    },
    errorOf: (body) => body.groups[0]?.errorCode ?? body.errorCode,
    retryUnknownOutcome: true,
  });
  const group = response.groups.find((entry) => entry.groupId === groupId);
  if (group === undefined) throw new AdminError(`Cannot fetch the offsets of group "${groupId}": the answer lacks the group`, 'refused');
  if (group.errorCode === ErrorCode.GROUP_ID_NOT_FOUND) return [];
  expectNoError(group.errorCode, null, `fetch the offsets of group "${groupId}"`);
  const offsets: CommittedOffset[] = [];
  for (const topic of group.topics) {
    for (const partition of topic.partitions) {
      expectNoError(partition.errorCode, null, `fetch the offset of group "${groupId}" on ${topic.name}/${partition.partitionIndex}`);
      // -1: asked for, but nothing committed.
      if (partition.committedOffset < 0n) continue;
      offsets.push({ topic: String(topic.name), partition: partition.partitionIndex, offset: Number(partition.committedOffset),
        leaderEpoch: partition.committedLeaderEpoch, metadata: partition.metadata });
    }
  }
  assert.ok(offsets.every((entry) => entry.offset >= 0), 'only committed offsets are kept');
  return offsets.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}
