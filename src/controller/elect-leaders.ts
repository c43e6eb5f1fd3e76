// ElectLeaders (API key 43, KIP-460) as the controller plans it: the rules of Kafka's
// ReplicationControlManager.electLeaders. PREFERRED (0) moves leadership to the first replica
// where it is in the ISR and able to lead; UNCLEAN (1) elects a leader for a partition that has
// none, from the ISR if it can, else from the live replicas outside it (whatever the topic's
// unclean.leader.election.enable says: the operator asked for it by name). Version 0 has no
// election type and means PREFERRED.
//
// Per partition: an unknown topic or partition UNKNOWN_TOPIC_OR_PARTITION; already led by its
// preferred replica (PREFERRED) or led at all (UNCLEAN) ELECTION_NOT_NEEDED; no replica that
// may lead PREFERRED_LEADER_NOT_AVAILABLE (PREFERRED) or ELIGIBLE_LEADERS_NOT_AVAILABLE
// (UNCLEAN). With topicPartitions null every partition of every topic is tried, and those that
// needed no election are left out of the answer. An unknown election type refuses the whole
// request with INVALID_REQUEST. The preferred-replica rule is also the automatic leader
// rebalance's (leader-rebalance.ts).
import assert from 'node:assert/strict';

import { ErrorCode, type NodeId, type TopicName } from '../protocol/mod.js';
import type {
  ElectLeadersRequest, ElectLeadersResponse, ElectLeadersResponsePartitionResult,
  ElectLeadersResponseReplicaElectionResult,
} from '../protocol/generated/messages/elect-leaders.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import { isActiveBroker, type MetadataImage, type PartitionImage } from '../metadata/image/metadata-image.js';
import type { Plan, PlanContext, Rejection } from './controller-plan.js';
import { planPartitionChange, type Election } from './partition-change.js';

/** Kafka's ElectionType codes. */
export const ElectionType = { PREFERRED: 0, UNCLEAN: 1 } as const;

/** The most partitions one request elects (Kafka bounds records per operation likewise). */
export const ELECTIONS_PER_REQUEST_MAX = 10_000;

type PartitionResult = ElectLeadersResponsePartitionResult;

function result(partitionId: number, errorCode: number, errorMessage: string | null): PartitionResult {
  return { partitionId, errorCode, errorMessage };
}

/** True when `partition` is led by its preferred (first) replica. */
export function hasPreferredLeader(partition: PartitionImage): boolean {
  return partition.leader === partition.replicas[0];
}

/**
 * The election of one partition as ElectLeaders (or the rebalance) asks for it: the record, or
 * the error code that explains why there is none.
 */
export function planElection(image: MetadataImage, partition: PartitionImage, election: Election):
  { readonly ok: true; readonly record: MetadataRecord } | { readonly ok: false; readonly errorCode: number } {
  assert.ok(election !== 'online', 'ElectLeaders asks for a preferred or an unclean election');
  if (election === 'preferred' ? hasPreferredLeader(partition) : partition.leader >= 0) {
    return { ok: false, errorCode: ErrorCode.ELECTION_NOT_NEEDED };
  }
  const change = planPartitionChange(partition, { election, canLead: (id: NodeId) => isActiveBroker(image, id) });
  if (change.record === null) {
    const errorCode = election === 'preferred'
      ? ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE
      : ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE;
    return { ok: false, errorCode };
  }
  assert.ok(change.leader >= 0 || election === 'preferred', 'an unclean election that writes elects someone');
  return { ok: true, record: { type: 'PartitionChangeRecord', record: change.record } };
}

/** Plans an ElectLeaders request against `context.image`. */
export function planElectLeaders(request: ElectLeadersRequest, context: PlanContext): Plan<ElectLeadersResponse> {
  const election = electionOf(request, context.apiVersion);
  if (election === null) {
    const message = `Unknown election type ${request.electionType}`;
    const response = rejectElectLeaders(request, { apiVersion: context.apiVersion, errorCode: ErrorCode.INVALID_REQUEST, message });
    return { records: [], response, fail: () => response };
  }
  const records: MetadataRecord[] = [];
  const topics: ElectLeadersResponseReplicaElectionResult[] = [];
  // A partition named twice is elected once (a second record would bump the leader epoch again).
  const answered = new Map<string, PartitionResult>();
  const elect = (topic: TopicName, partitionId: number): PartitionResult => {
    const key = `${topic}:${partitionId}`;
    const earlier = answered.get(key);
    if (earlier !== undefined) return earlier;
    const answer = electOne(topic, partitionId);
    answered.set(key, answer);
    return answer;
  };
  const electOne = (topic: TopicName, partitionId: number): PartitionResult => {
    const partition = context.image.topicsByName.get(topic)?.partitions[partitionId];
    if (partition === undefined) {
      return result(partitionId, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `No such partition as ${topic}-${partitionId}`);
    }
    if (records.length >= ELECTIONS_PER_REQUEST_MAX) {
      return result(partitionId, ErrorCode.POLICY_VIOLATION, `Cannot elect more than ${ELECTIONS_PER_REQUEST_MAX} leaders in one request`);
    }
    const planned = planElection(context.image, partition, election);
    if (!planned.ok) return result(partitionId, planned.errorCode, null);
    records.push(planned.record);
    return result(partitionId, ErrorCode.NONE, null);
  };
  if (request.topicPartitions === null) {
    for (const [name, topic] of [...context.image.topicsByName].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const partitionResult = topic.partitions.map((partition) => elect(name, partition.partition))
        .filter((answer) => answer.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
      topics.push({ topic: name, partitionResult });
    }
  } else {
    for (const topic of request.topicPartitions) {
      topics.push({ topic: topic.topic, partitionResult: topic.partitions.map((id) => elect(topic.topic, id)) });
    }
  }
  const response: ElectLeadersResponse = { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: topics };
  return {
    records,
    response,
    fail: (errorCode, message) => ({
      ...response,
      replicaElectionResults: topics.map((topic) => ({
        topic: topic.topic,
        partitionResult: topic.partitionResult.map((answer) =>
          (answer.errorCode === ErrorCode.NONE ? result(answer.partitionId, errorCode, message) : answer)),
      })),
    }),
  };
}

/** The election a request asks for, or null for an unknown type. Version 0 is always PREFERRED. */
function electionOf(request: ElectLeadersRequest, apiVersion: number): Election | null {
  if (apiVersion === 0) return 'preferred';
  if (request.electionType === ElectionType.PREFERRED) return 'preferred';
  if (request.electionType === ElectionType.UNCLEAN) return 'unclean';
  return null;
}

/** The answer refusing every partition of `request` with `errorCode` (e.g. NOT_CONTROLLER). */
export function rejectElectLeaders(request: ElectLeadersRequest, rejection: Rejection): ElectLeadersResponse {
  const { errorCode, message } = rejection;
  // Version 0 has no top-level error code: the partitions carry it.
  const topics = (request.topicPartitions ?? []).map((topic) => ({
    topic: topic.topic,
    partitionResult: topic.partitions.map((partitionId) => result(partitionId, errorCode, message)),
  }));
  return { throttleTimeMs: 0, errorCode: rejection.apiVersion >= 1 ? errorCode : ErrorCode.NONE, replicaElectionResults: topics };
}
