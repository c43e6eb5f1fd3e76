// Request dispatch: the table of APIs this broker handles, with the version ranges ApiVersions
// advertises, and the switch that hands each decoded request to its handler (one file per API
// in handlers/). Only these APIs are advertised; a request for any other API or version closes
// the connection (connection.ts), as Kafka does for an API not enabled on a listener.
//
// Versions follow ../shared/research/kafka-protocol.md: Produce from v3 (magic 2 batches only),
// Fetch from v0 (v0-3 carry magic 2 batches as stored; the old readers still listed sniff the
// magic byte), everything else over the whole range the schemas define.
import assert from 'node:assert/strict';
import { ApiKey, apiDescriptor } from '../protocol/mod.js';
import type { AddRaftVoterRequest } from '../protocol/generated/messages/add-raft-voter.js';
import type { RemoveRaftVoterRequest } from '../protocol/generated/messages/remove-raft-voter.js';
import type { ApiVersionsResponseApiVersion } from '../protocol/generated/messages/api-versions.js';
import type { ApiVersionsRequest } from '../protocol/generated/messages/api-versions.js';
import type { AlterConfigsRequest } from '../protocol/generated/messages/alter-configs.js';
import type { CreatePartitionsRequest } from '../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest } from '../protocol/generated/messages/create-topics.js';
import type { DeleteRecordsRequest } from '../protocol/generated/messages/delete-records.js';
import type { DeleteTopicsRequest } from '../protocol/generated/messages/delete-topics.js';
import type { DescribeClusterRequest } from '../protocol/generated/messages/describe-cluster.js';
import type { DescribeConfigsRequest } from '../protocol/generated/messages/describe-configs.js';
import type { DescribeQuorumRequest } from '../protocol/generated/messages/describe-quorum.js';
import type { FetchRequest } from '../protocol/generated/messages/fetch.js';
import type { IncrementalAlterConfigsRequest } from '../protocol/generated/messages/incremental-alter-configs.js';
import type { ListOffsetsRequest } from '../protocol/generated/messages/list-offsets.js';
import type { MetadataRequest } from '../protocol/generated/messages/metadata.js';
import type { OffsetForLeaderEpochRequest } from '../protocol/generated/messages/offset-for-leader-epoch.js';
import type { ProduceRequest } from '../protocol/generated/messages/produce.js';
import type { FindCoordinatorRequest } from '../protocol/generated/messages/find-coordinator.js';
import type { OffsetCommitRequest } from '../protocol/generated/messages/offset-commit.js';
import type { OffsetFetchRequest } from '../protocol/generated/messages/offset-fetch.js';
import type { OffsetDeleteRequest } from '../protocol/generated/messages/offset-delete.js';
import type { ListGroupsRequest } from '../protocol/generated/messages/list-groups.js';
import type { DeleteGroupsRequest } from '../protocol/generated/messages/delete-groups.js';
import type { InitProducerIdRequest } from '../protocol/generated/messages/init-producer-id.js';
import { handleInitProducerId, initProducerIdVersions } from './handlers/init-producer-id.js';
import { findCoordinatorVersions, handleFindCoordinator } from './handlers/find-coordinator.js';
import { handleOffsetCommit, offsetCommitVersions } from './handlers/offset-commit.js';
import { handleOffsetFetch, offsetFetchVersions } from './handlers/offset-fetch.js';
import { handleOffsetDelete, offsetDeleteVersions } from './handlers/offset-delete.js';
import { handleListGroups, listGroupsVersions } from './handlers/list-groups.js';
import { deleteGroupsVersions, handleDeleteGroups } from './handlers/delete-groups.js';
import type { JoinGroupRequest } from '../protocol/generated/messages/join-group.js';
import type { SyncGroupRequest } from '../protocol/generated/messages/sync-group.js';
import type { HeartbeatRequest } from '../protocol/generated/messages/heartbeat.js';
import type { LeaveGroupRequest } from '../protocol/generated/messages/leave-group.js';
import type { DescribeGroupsRequest } from '../protocol/generated/messages/describe-groups.js';
import { handleJoinGroup, joinGroupVersions } from './handlers/join-group.js';
import { handleSyncGroup, syncGroupVersions } from './handlers/sync-group.js';
import { handleHeartbeat, heartbeatVersions } from './handlers/heartbeat.js';
import { handleLeaveGroup, leaveGroupVersions } from './handlers/leave-group.js';
import { describeGroupsVersions, handleDescribeGroups } from './handlers/describe-groups.js';
import type { ConsumerGroupHeartbeatRequest } from '../protocol/generated/messages/consumer-group-heartbeat.js';
import type { ConsumerGroupDescribeRequest } from '../protocol/generated/messages/consumer-group-describe.js';
import {
  consumerGroupHeartbeatVersions, handleConsumerGroupHeartbeat,
} from './handlers/consumer-group-heartbeat.js';
import { consumerGroupDescribeVersions, handleConsumerGroupDescribe } from './handlers/consumer-group-describe.js';
import type { BrokerServices, RequestContext } from './broker-services.js';
import { alterConfigsVersions, handleAlterConfigs } from './handlers/alter-configs.js';
import { apiVersionsVersions, handleApiVersions } from './handlers/api-versions.js';
import { createPartitionsVersions, handleCreatePartitions } from './handlers/create-partitions.js';
import { createTopicsVersions, handleCreateTopics } from './handlers/create-topics.js';
import { deleteRecordsVersions, handleDeleteRecords } from './handlers/delete-records.js';
import { deleteTopicsVersions, handleDeleteTopics } from './handlers/delete-topics.js';
import { describeClusterVersions, handleDescribeCluster } from './handlers/describe-cluster.js';
import { describeConfigsVersions, handleDescribeConfigs } from './handlers/describe-configs.js';
import { describeQuorumVersions, handleDescribeQuorum } from './handlers/describe-quorum.js';
import { fetchVersions, handleFetch } from './handlers/fetch.js';
import { handleIncrementalAlterConfigs, incrementalAlterConfigsVersions } from './handlers/incremental-alter-configs.js';
import { handleListOffsets, listOffsetsVersions } from './handlers/list-offsets.js';
import { handleMetadata, metadataVersions } from './handlers/metadata.js';
import { handleOffsetForLeaderEpoch, offsetForLeaderEpochVersions } from './handlers/offset-for-leader-epoch.js';
import { handleProduce, produceVersions } from './handlers/produce.js';
import type { ElectLeadersRequest } from '../protocol/generated/messages/elect-leaders.js';
import type { AlterPartitionReassignmentsRequest } from '../protocol/generated/messages/alter-partition-reassignments.js';
import type { ListPartitionReassignmentsRequest } from '../protocol/generated/messages/list-partition-reassignments.js';
import { electLeadersVersions, handleElectLeaders } from './handlers/elect-leaders.js';
import {
  alterPartitionReassignmentsVersions, handleAlterPartitionReassignments,
} from './handlers/alter-partition-reassignments.js';
import {
  handleListPartitionReassignments, listPartitionReassignmentsVersions,
} from './handlers/list-partition-reassignments.js';

/** What a handler asks the connection to do. */
export type HandlerOutcome =
  /** Send `body` as the response (encoded in the request's version). */
  | { readonly kind: 'respond'; readonly body: object }
  /** Send nothing (Produce with acks=0). */
  | { readonly kind: 'no-response' }
  /** Send nothing and close the connection once earlier responses are out (acks=0 failure). */
  | { readonly kind: 'close'; readonly reason: string };

interface VersionRange {
  readonly lowestVersion: number;
  readonly highestVersion: number;
}

/** Versions of AddRaftVoter and RemoveRaftVoter a broker forwards (KIP-853: version 0). */
const raftVoterChangeVersions = { lowestVersion: 0, highestVersion: 0 } as const;

/** The handled APIs and the versions advertised for each, by API key. */
export const handledApis: ReadonlyMap<number, VersionRange> = new Map<number, VersionRange>([
  [ApiKey.Produce, produceVersions],
  [ApiKey.Fetch, fetchVersions],
  [ApiKey.ListOffsets, listOffsetsVersions],
  [ApiKey.Metadata, metadataVersions],
  [ApiKey.ApiVersions, apiVersionsVersions],
  [ApiKey.CreateTopics, createTopicsVersions],
  [ApiKey.DeleteTopics, deleteTopicsVersions],
  [ApiKey.DeleteRecords, deleteRecordsVersions],
  [ApiKey.OffsetForLeaderEpoch, offsetForLeaderEpochVersions],
  [ApiKey.DescribeConfigs, describeConfigsVersions],
  [ApiKey.AlterConfigs, alterConfigsVersions],
  [ApiKey.CreatePartitions, createPartitionsVersions],
  [ApiKey.ElectLeaders, electLeadersVersions],
  [ApiKey.IncrementalAlterConfigs, incrementalAlterConfigsVersions],
  [ApiKey.AlterPartitionReassignments, alterPartitionReassignmentsVersions],
  [ApiKey.ListPartitionReassignments, listPartitionReassignmentsVersions],
  [ApiKey.DescribeQuorum, describeQuorumVersions],
  [ApiKey.DescribeCluster, describeClusterVersions],
  [ApiKey.AddRaftVoter, raftVoterChangeVersions],
  [ApiKey.RemoveRaftVoter, raftVoterChangeVersions],
  // The group coordinator (src/group): finding it, committed offsets, listing and deleting groups.
  [ApiKey.FindCoordinator, findCoordinatorVersions],
  [ApiKey.OffsetCommit, offsetCommitVersions],
  [ApiKey.OffsetFetch, offsetFetchVersions],
  [ApiKey.OffsetDelete, offsetDeleteVersions],
  [ApiKey.ListGroups, listGroupsVersions],
  [ApiKey.DeleteGroups, deleteGroupsVersions],
  [ApiKey.JoinGroup, joinGroupVersions],
  [ApiKey.SyncGroup, syncGroupVersions],
  [ApiKey.Heartbeat, heartbeatVersions],
  [ApiKey.LeaveGroup, leaveGroupVersions],
  [ApiKey.DescribeGroups, describeGroupsVersions],
  [ApiKey.ConsumerGroupHeartbeat, consumerGroupHeartbeatVersions],
  [ApiKey.ConsumerGroupDescribe, consumerGroupDescribeVersions],
  // Idempotent producers (issue 13): librdkafka enables enable.idempotence only when InitProducerId is listed.
  [ApiKey.InitProducerId, initProducerIdVersions],
]);

for (const [apiKey, range] of handledApis) {
  const descriptor = apiDescriptor(apiKey);
  assert.ok(descriptor !== undefined, `API key ${apiKey} has codecs`);
  assert.ok(range.lowestVersion >= descriptor.lowestVersion && range.highestVersion <= descriptor.highestVersion,
    `advertised ${descriptor.name} versions lie within the codecs' range`);
}

/** The ApiVersions entries, ordered by API key. */
export function advertisedApiVersions(): ApiVersionsResponseApiVersion[] {
  return [...handledApis].sort(([left], [right]) => left - right)
    .map(([apiKey, range]) => ({ apiKey, minVersion: range.lowestVersion, maxVersion: range.highestVersion }));
}

/** Whether (apiKey, apiVersion) is advertised, hence handled. */
export function isAdvertised(apiKey: number, apiVersion: number): boolean {
  const range = handledApis.get(apiKey);
  return range !== undefined && apiVersion >= range.lowestVersion && apiVersion <= range.highestVersion;
}

/** Hands a decoded request to its handler. Precondition: `isAdvertised(apiKey, version)`. */
export async function dispatch(services: BrokerServices, context: RequestContext, apiKey: number,
  body: object): Promise<HandlerOutcome> {
  assert.ok(isAdvertised(apiKey, context.apiVersion), 'only advertised requests are dispatched');
  switch (apiKey) {
    case ApiKey.Produce: return handleProduce(services, body as ProduceRequest, context);
    case ApiKey.Fetch: return respond(handleFetch(services, body as FetchRequest, context));
    case ApiKey.ListOffsets: return respond(handleListOffsets(services, body as ListOffsetsRequest, context));
    case ApiKey.Metadata: return respond(handleMetadata(services, body as MetadataRequest, context));
    case ApiKey.ApiVersions:
      return respond(handleApiVersions(body as ApiVersionsRequest, advertisedApiVersions()));
    case ApiKey.CreateTopics: return respond(handleCreateTopics(services, body as CreateTopicsRequest, context));
    case ApiKey.DeleteTopics: return respond(handleDeleteTopics(services, body as DeleteTopicsRequest, context));
    case ApiKey.DeleteRecords: return respond(handleDeleteRecords(services, body as DeleteRecordsRequest, context));
    case ApiKey.OffsetForLeaderEpoch:
      return respond(handleOffsetForLeaderEpoch(services, body as OffsetForLeaderEpochRequest, context));
    case ApiKey.DescribeConfigs:
      return respond(handleDescribeConfigs(services, body as DescribeConfigsRequest, context));
    case ApiKey.AlterConfigs: return respond(handleAlterConfigs(services, body as AlterConfigsRequest, context));
    case ApiKey.CreatePartitions:
      return respond(handleCreatePartitions(services, body as CreatePartitionsRequest, context));
    case ApiKey.IncrementalAlterConfigs:
      return respond(handleIncrementalAlterConfigs(services, body as IncrementalAlterConfigsRequest, context));
    case ApiKey.ElectLeaders: return respond(handleElectLeaders(services, body as ElectLeadersRequest, context));
    case ApiKey.AlterPartitionReassignments:
      return respond(handleAlterPartitionReassignments(services, body as AlterPartitionReassignmentsRequest, context));
    case ApiKey.ListPartitionReassignments:
      return respond(handleListPartitionReassignments(services, body as ListPartitionReassignmentsRequest, context));
    case ApiKey.DescribeQuorum: return respond(handleDescribeQuorum(services, body as DescribeQuorumRequest, context));
    case ApiKey.DescribeCluster:
      return respond(handleDescribeCluster(services, body as DescribeClusterRequest, context));
    case ApiKey.AddRaftVoter: return respond(services.controller.addRaftVoter(body as AddRaftVoterRequest, context));
    case ApiKey.RemoveRaftVoter: return respond(services.controller.removeRaftVoter(body as RemoveRaftVoterRequest, context));
    case ApiKey.FindCoordinator:
      return respond(handleFindCoordinator(services, body as FindCoordinatorRequest, context));
    case ApiKey.OffsetCommit: return respond(handleOffsetCommit(services, body as OffsetCommitRequest, context));
    case ApiKey.OffsetFetch: return respond(handleOffsetFetch(services, body as OffsetFetchRequest, context));
    case ApiKey.OffsetDelete: return respond(handleOffsetDelete(services, body as OffsetDeleteRequest, context));
    case ApiKey.ListGroups: return respond(handleListGroups(services, body as ListGroupsRequest, context));
    case ApiKey.DeleteGroups: return respond(handleDeleteGroups(services, body as DeleteGroupsRequest, context));
    case ApiKey.JoinGroup: return respond(handleJoinGroup(services, body as JoinGroupRequest, context));
    case ApiKey.SyncGroup: return respond(handleSyncGroup(services, body as SyncGroupRequest, context));
    case ApiKey.Heartbeat: return respond(handleHeartbeat(services, body as HeartbeatRequest, context));
    case ApiKey.LeaveGroup: return respond(handleLeaveGroup(services, body as LeaveGroupRequest, context));
    case ApiKey.DescribeGroups: return respond(handleDescribeGroups(services, body as DescribeGroupsRequest, context));
    case ApiKey.ConsumerGroupHeartbeat:
      return respond(handleConsumerGroupHeartbeat(services, body as ConsumerGroupHeartbeatRequest, context));
    case ApiKey.ConsumerGroupDescribe:
      return respond(handleConsumerGroupDescribe(services, body as ConsumerGroupDescribeRequest, context));
    case ApiKey.InitProducerId:
      return respond(handleInitProducerId(services, body as InitProducerIdRequest, context));
    default:
      return assert.fail(`API key ${apiKey} is advertised but has no handler`);
  }
}

async function respond(body: object | Promise<object>): Promise<HandlerOutcome> {
  return { kind: 'respond', body: await body };
}
