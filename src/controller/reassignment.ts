// Partition reassignment (KIP-455): AlterPartitionReassignments (API key 45) and
// ListPartitionReassignments (API key 46) as the controller plans them, after Kafka's
// ReplicationControlManager and PartitionReassignmentReplicas / PartitionReassignmentRevert.
//
// A reassignment to target replicas T of a partition with replicas R goes in three steps:
// 1. One PartitionChangeRecord sets replicas to T followed by R - T (sorted), addingReplicas to
//    T - R and removingReplicas to R - T (sorted, as Kafka's TreeSets give them). Every replica
//    in the list hosts the log, so the adding ones start fetching from the leader.
// 2. The adding replicas catch up and the leader adds them to the ISR (AlterPartition).
// 3. Once the ISR without the removing replicas holds every replica of T, the controller writes
//    the record that drops R - T from replicas and ISR and clears adding and removing; if the
//    leader was being removed, a new leader from T is elected in that same record, and the leader
//    epoch is bumped either way so the removed replicas are fenced. partition-change.ts decides
//    step 3 (its step 1) for any change of the partition; pending-partition-changes.ts has the
//    active controller look for it after every commit, so completion does not depend on who wrote
//    the ISR change.
// A reassignment that adds nothing and whose ISR already covers T completes in step 1's record.
// Cancelling (replicas null) reverts: the adding replicas leave replicas and ISR and the removing
// ones stay; if only adding replicas were in the ISR, the first remaining replica is made the ISR,
// which is an unclean election and is refused (INVALID_REPLICA_ASSIGNMENT) unless the topic has
// unclean.leader.election.enable. Cancelling where nothing is under way: NO_REASSIGNMENT_IN_PROGRESS.
// A new target while one is under way replaces it, computed against the current replica list.
// Errors per partition: UNKNOWN_TOPIC_OR_PARTITION, INVALID_REPLICA_ASSIGNMENT (empty, a broker
// twice, an unregistered broker, or no unfenced one), and INVALID_REQUEST for a partition named
// twice (Kafka's admin client never sends that; Weir refuses the repeat rather than plan it). All records of a request commit together.
import assert from 'node:assert/strict';

import { ErrorCode, type NodeId, type TopicName } from '../protocol/mod.js';
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsRequestReassignablePartition,
  AlterPartitionReassignmentsResponse, AlterPartitionReassignmentsResponseReassignablePartitionResponse,
} from '../protocol/generated/messages/alter-partition-reassignments.js';
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
  ListPartitionReassignmentsResponseOngoingTopicReassignment,
} from '../protocol/generated/messages/list-partition-reassignments.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import {
  isActiveBroker, isReassigning, type MetadataImage, type PartitionImage, type TopicImage,
} from '../metadata/image/metadata-image.js';
import { refuse, type Plan, type PlanContext, type Refusal, type Rejection } from './controller-plan.js';
import { planPartitionChange, type PartitionChange } from './partition-change.js';
import { manualAssignmentProblem } from './replica-placement.js';
import { replicationPolicy } from './replication-policy.js';
import { uncleanElectionEnabled } from './topic-configs.js';

type PartitionResponse = AlterPartitionReassignmentsResponseReassignablePartitionResponse;

function ascending(ids: Iterable<NodeId>): NodeId[] {
  return [...ids].sort((a, b) => a - b);
}

/** Step 1's replicas, adding and removing for moving `current` to `target`. */
export function reassignmentReplicas(current: readonly NodeId[], target: readonly NodeId[]):
  { readonly replicas: NodeId[]; readonly adding: NodeId[]; readonly removing: NodeId[] } {
  const removing = ascending(current.filter((id) => !target.includes(id)));
  const adding = ascending(target.filter((id) => !current.includes(id)));
  return { replicas: [...target, ...removing], adding, removing };
}

/**
 * The replicas and ISR once the reassignment of `partition` is reverted, and whether that needs
 * an unclean election (only adding replicas were in sync). Precondition: a reassignment is under way.
 */
export function revertedReassignment(partition: PartitionImage):
  { readonly replicas: NodeId[]; readonly isr: NodeId[]; readonly unclean: boolean } {
  assert.ok(isReassigning(partition), 'only a reassignment under way is reverted');
  const replicas = partition.replicas.filter((id) => !partition.addingReplicas.includes(id));
  assert.ok(replicas.length > 0, 'the original replicas are never all being added');
  const isr = partition.isr.filter((id) => !partition.addingReplicas.includes(id));
  if (isr.length > 0) return { replicas, isr, unclean: false };
  return { replicas, isr: [replicas[0] as NodeId], unclean: true };
}

function canLeadIn(image: MetadataImage): (id: NodeId) => boolean {
  return (id) => isActiveBroker(image, id);
}

/** The change one entry of the request asks for, or why it cannot be made. */
function planOne(topic: TopicImage, target: AlterPartitionReassignmentsRequestReassignablePartition,
  context: PlanContext): { readonly ok: true; readonly change: PartitionChange } | Refusal {
  const partition = topic.partitions[target.partitionIndex];
  if (partition === undefined) {
    return refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find partition ${topic.name}:${target.partitionIndex}.`);
  }
  const unclean = uncleanElectionEnabled(topic.configs, context.defaults);
  const canLead = canLeadIn(context.image);
  const election = unclean ? 'unclean' : 'online';
  const minIsr = replicationPolicy(context.defaults).eligibleLeaderMinIsr(topic);
  const elr = minIsr === undefined ? {} : { minIsr };
  if (target.replicas === null) {
    if (!isReassigning(partition)) {
      return refuse(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, 'No partition reassignment is in progress.');
    }
    const revert = revertedReassignment(partition);
    if (revert.unclean && !unclean) {
      return refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unable to revert partition assignment for ` +
        `${topic.name}:${partition.partition} because it would require an unclean leader election.`);
    }
    const change = planPartitionChange(partition, {
      replicas: revert.replicas, isr: revert.isr, addingReplicas: [], removingReplicas: [], election, canLead, ...elr,
    });
    return { ok: true, change };
  }
  const problem = manualAssignmentProblem(context.image, target.replicas, partition.partition);
  if (problem !== null) return refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, problem);
  const next = reassignmentReplicas(partition.replicas, target.replicas);
  const change = planPartitionChange(partition, {
    replicas: next.replicas, addingReplicas: next.adding, removingReplicas: next.removing, election, canLead, ...elr,
  });
  return { ok: true, change };
}

/** Plans an AlterPartitionReassignments request against `context.image`. */
export function planAlterPartitionReassignments(request: AlterPartitionReassignmentsRequest, context: PlanContext):
  Plan<AlterPartitionReassignmentsResponse> {
  const records: MetadataRecord[] = [];
  // Each partition is planned against the request's image, so a second entry for one partition
  // would write a record that ignores the first one's (and could break the image on replay).
  const seen = new Set<string>();
  const responses = request.topics.map((topic) => ({
    name: topic.name,
    partitions: topic.partitions.map((target): PartitionResponse => {
      const answer = (errorCode: number, errorMessage: string | null): PartitionResponse =>
        ({ partitionIndex: target.partitionIndex, errorCode, errorMessage });
      const key = `${topic.name}:${target.partitionIndex}`;
      if (seen.has(key)) return answer(ErrorCode.INVALID_REQUEST, `Partition ${key} is named twice in the request.`);
      seen.add(key);
      const image = context.image.topicsByName.get(topic.name);
      if (image === undefined) {
        return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find a topic named ${topic.name}.`);
      }
      const planned = planOne(image, target, context);
      if (!planned.ok) return answer(planned.errorCode, planned.message);
      if (planned.change.record !== null) records.push({ type: 'PartitionChangeRecord', record: planned.change.record });
      return answer(ErrorCode.NONE, null);
    }),
  }));
  const partitionCount = records.length;
  assert.ok(partitionCount <= request.topics.reduce((sum, topic) => sum + topic.partitions.length, 0),
    'at most one record per partition of the request');
  const response: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, responses,
  };
  return {
    records,
    response,
    fail: (errorCode, message) => ({
      ...response,
      responses: responses.map((topic) => ({
        name: topic.name,
        partitions: topic.partitions.map((answer) =>
          (answer.errorCode === ErrorCode.NONE ? { ...answer, errorCode, errorMessage: message } : answer)),
      })),
    }),
  };
}

/** The answer refusing the whole request with `errorCode` (e.g. NOT_CONTROLLER). */
export function rejectAlterPartitionReassignments(request: AlterPartitionReassignmentsRequest,
  rejection: Rejection): AlterPartitionReassignmentsResponse {
  const { errorCode, message } = rejection;
  return {
    throttleTimeMs: 0, errorCode, errorMessage: message,
    responses: request.topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((partition) => ({ partitionIndex: partition.partitionIndex, errorCode, errorMessage: message })),
    })),
  };
}

/** The reassignments under way in `topic` among `partitionIds`, or null when there are none. */
function ongoing(topic: TopicImage, partitionIds: readonly number[]): ListPartitionReassignmentsResponseOngoingTopicReassignment | null {
  const partitions = partitionIds.flatMap((index) => {
    const partition = topic.partitions[index];
    if (partition === undefined || !isReassigning(partition)) return [];
    return [{
      partitionIndex: index, replicas: [...partition.replicas],
      addingReplicas: [...partition.addingReplicas], removingReplicas: [...partition.removingReplicas],
    }];
  });
  return partitions.length === 0 ? null : { name: topic.name, partitions };
}

/** ListPartitionReassignments: every reassignment under way (topics null), or those of the named partitions. */
export function planListPartitionReassignments(request: ListPartitionReassignmentsRequest, context: PlanContext):
  Plan<ListPartitionReassignmentsResponse> {
  const { image } = context;
  const named: [TopicImage, readonly number[]][] = request.topics === null
    ? [...image.topicsByName.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((topic) => [topic, topic.partitions.map((partition) => partition.partition)])
    : request.topics.flatMap((topic) => {
      const found = image.topicsByName.get(topic.name as TopicName);
      return found === undefined ? [] : [[found, topic.partitionIndexes] as [TopicImage, readonly number[]]];
    });
  const topics = named.flatMap(([topic, partitionIds]) => {
    const found = ongoing(topic, partitionIds);
    return found === null ? [] : [found];
  });
  const response: ListPartitionReassignmentsResponse = { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics };
  return { records: [], response, fail: () => response };
}

/** The answer refusing a ListPartitionReassignments request with `errorCode`. */
export function rejectListPartitionReassignments(_request: ListPartitionReassignmentsRequest,
  rejection: Rejection): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: rejection.errorCode, errorMessage: rejection.message, topics: [] };
}
