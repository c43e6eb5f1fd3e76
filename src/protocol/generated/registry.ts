// Generated from the request and response schemas: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// The codecs of every API key, so a broker can decode a request and encode its response by
// (apiKey, version) alone. See src/protocol/mod.ts for the checked entry points.
import type { ApiCodec } from '../api-codec.js';
import * as produce from './messages/produce.js';
import * as fetch from './messages/fetch.js';
import * as listOffsets from './messages/list-offsets.js';
import * as metadata from './messages/metadata.js';
import * as leaderAndIsr from './messages/leader-and-isr.js';
import * as stopReplica from './messages/stop-replica.js';
import * as updateMetadata from './messages/update-metadata.js';
import * as controlledShutdown from './messages/controlled-shutdown.js';
import * as offsetCommit from './messages/offset-commit.js';
import * as offsetFetch from './messages/offset-fetch.js';
import * as findCoordinator from './messages/find-coordinator.js';
import * as joinGroup from './messages/join-group.js';
import * as heartbeat from './messages/heartbeat.js';
import * as leaveGroup from './messages/leave-group.js';
import * as syncGroup from './messages/sync-group.js';
import * as describeGroups from './messages/describe-groups.js';
import * as listGroups from './messages/list-groups.js';
import * as saslHandshake from './messages/sasl-handshake.js';
import * as apiVersions from './messages/api-versions.js';
import * as createTopics from './messages/create-topics.js';
import * as deleteTopics from './messages/delete-topics.js';
import * as deleteRecords from './messages/delete-records.js';
import * as initProducerId from './messages/init-producer-id.js';
import * as offsetForLeaderEpoch from './messages/offset-for-leader-epoch.js';
import * as addPartitionsToTxn from './messages/add-partitions-to-txn.js';
import * as addOffsetsToTxn from './messages/add-offsets-to-txn.js';
import * as endTxn from './messages/end-txn.js';
import * as writeTxnMarkers from './messages/write-txn-markers.js';
import * as txnOffsetCommit from './messages/txn-offset-commit.js';
import * as describeAcls from './messages/describe-acls.js';
import * as createAcls from './messages/create-acls.js';
import * as deleteAcls from './messages/delete-acls.js';
import * as describeConfigs from './messages/describe-configs.js';
import * as alterConfigs from './messages/alter-configs.js';
import * as alterReplicaLogDirs from './messages/alter-replica-log-dirs.js';
import * as describeLogDirs from './messages/describe-log-dirs.js';
import * as saslAuthenticate from './messages/sasl-authenticate.js';
import * as createPartitions from './messages/create-partitions.js';
import * as createDelegationToken from './messages/create-delegation-token.js';
import * as renewDelegationToken from './messages/renew-delegation-token.js';
import * as expireDelegationToken from './messages/expire-delegation-token.js';
import * as describeDelegationToken from './messages/describe-delegation-token.js';
import * as deleteGroups from './messages/delete-groups.js';
import * as electLeaders from './messages/elect-leaders.js';
import * as incrementalAlterConfigs from './messages/incremental-alter-configs.js';
import * as alterPartitionReassignments from './messages/alter-partition-reassignments.js';
import * as listPartitionReassignments from './messages/list-partition-reassignments.js';
import * as offsetDelete from './messages/offset-delete.js';
import * as describeClientQuotas from './messages/describe-client-quotas.js';
import * as alterClientQuotas from './messages/alter-client-quotas.js';
import * as describeUserScramCredentials from './messages/describe-user-scram-credentials.js';
import * as alterUserScramCredentials from './messages/alter-user-scram-credentials.js';
import * as vote from './messages/vote.js';
import * as beginQuorumEpoch from './messages/begin-quorum-epoch.js';
import * as endQuorumEpoch from './messages/end-quorum-epoch.js';
import * as describeQuorum from './messages/describe-quorum.js';
import * as alterPartition from './messages/alter-partition.js';
import * as updateFeatures from './messages/update-features.js';
import * as envelope from './messages/envelope.js';
import * as fetchSnapshot from './messages/fetch-snapshot.js';
import * as describeCluster from './messages/describe-cluster.js';
import * as describeProducers from './messages/describe-producers.js';
import * as brokerRegistration from './messages/broker-registration.js';
import * as brokerHeartbeat from './messages/broker-heartbeat.js';
import * as unregisterBroker from './messages/unregister-broker.js';
import * as describeTransactions from './messages/describe-transactions.js';
import * as listTransactions from './messages/list-transactions.js';
import * as allocateProducerIds from './messages/allocate-producer-ids.js';
import * as consumerGroupHeartbeat from './messages/consumer-group-heartbeat.js';
import * as consumerGroupDescribe from './messages/consumer-group-describe.js';
import * as controllerRegistration from './messages/controller-registration.js';
import * as getTelemetrySubscriptions from './messages/get-telemetry-subscriptions.js';
import * as pushTelemetry from './messages/push-telemetry.js';
import * as assignReplicasToDirs from './messages/assign-replicas-to-dirs.js';
import * as listClientMetricsResources from './messages/list-client-metrics-resources.js';
import * as describeTopicPartitions from './messages/describe-topic-partitions.js';
import * as shareGroupHeartbeat from './messages/share-group-heartbeat.js';
import * as shareGroupDescribe from './messages/share-group-describe.js';
import * as shareFetch from './messages/share-fetch.js';
import * as shareAcknowledge from './messages/share-acknowledge.js';
import * as addRaftVoter from './messages/add-raft-voter.js';
import * as removeRaftVoter from './messages/remove-raft-voter.js';
import * as updateRaftVoter from './messages/update-raft-voter.js';
import * as initializeShareGroupState from './messages/initialize-share-group-state.js';
import * as readShareGroupState from './messages/read-share-group-state.js';
import * as writeShareGroupState from './messages/write-share-group-state.js';
import * as deleteShareGroupState from './messages/delete-share-group-state.js';
import * as readShareGroupStateSummary from './messages/read-share-group-state-summary.js';

/** Codecs by API key. */
export const apiCodecs: ReadonlyMap<number, ApiCodec> = new Map<number, ApiCodec>([
  [0, {
    apiKey: 0, name: 'Produce',
    lowestVersion: 0, highestVersion: 11,
    requestFlexibleLowestVersion: 9, responseFlexibleLowestVersion: 9,
    readRequest: produce.readProduceRequest, writeRequest: produce.writeProduceRequest, createRequest: produce.createProduceRequest,
    readResponse: produce.readProduceResponse, writeResponse: produce.writeProduceResponse, createResponse: produce.createProduceResponse,
  }],
  [1, {
    apiKey: 1, name: 'Fetch',
    lowestVersion: 0, highestVersion: 17,
    requestFlexibleLowestVersion: 12, responseFlexibleLowestVersion: 12,
    readRequest: fetch.readFetchRequest, writeRequest: fetch.writeFetchRequest, createRequest: fetch.createFetchRequest,
    readResponse: fetch.readFetchResponse, writeResponse: fetch.writeFetchResponse, createResponse: fetch.createFetchResponse,
  }],
  [2, {
    apiKey: 2, name: 'ListOffsets',
    lowestVersion: 0, highestVersion: 10,
    requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6,
    readRequest: listOffsets.readListOffsetsRequest, writeRequest: listOffsets.writeListOffsetsRequest, createRequest: listOffsets.createListOffsetsRequest,
    readResponse: listOffsets.readListOffsetsResponse, writeResponse: listOffsets.writeListOffsetsResponse, createResponse: listOffsets.createListOffsetsResponse,
  }],
  [3, {
    apiKey: 3, name: 'Metadata',
    lowestVersion: 0, highestVersion: 12,
    requestFlexibleLowestVersion: 9, responseFlexibleLowestVersion: 9,
    readRequest: metadata.readMetadataRequest, writeRequest: metadata.writeMetadataRequest, createRequest: metadata.createMetadataRequest,
    readResponse: metadata.readMetadataResponse, writeResponse: metadata.writeMetadataResponse, createResponse: metadata.createMetadataResponse,
  }],
  [4, {
    apiKey: 4, name: 'LeaderAndIsr',
    lowestVersion: 0, highestVersion: 7,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: leaderAndIsr.readLeaderAndIsrRequest, writeRequest: leaderAndIsr.writeLeaderAndIsrRequest, createRequest: leaderAndIsr.createLeaderAndIsrRequest,
    readResponse: leaderAndIsr.readLeaderAndIsrResponse, writeResponse: leaderAndIsr.writeLeaderAndIsrResponse, createResponse: leaderAndIsr.createLeaderAndIsrResponse,
  }],
  [5, {
    apiKey: 5, name: 'StopReplica',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: stopReplica.readStopReplicaRequest, writeRequest: stopReplica.writeStopReplicaRequest, createRequest: stopReplica.createStopReplicaRequest,
    readResponse: stopReplica.readStopReplicaResponse, writeResponse: stopReplica.writeStopReplicaResponse, createResponse: stopReplica.createStopReplicaResponse,
  }],
  [6, {
    apiKey: 6, name: 'UpdateMetadata',
    lowestVersion: 0, highestVersion: 8,
    requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6,
    readRequest: updateMetadata.readUpdateMetadataRequest, writeRequest: updateMetadata.writeUpdateMetadataRequest, createRequest: updateMetadata.createUpdateMetadataRequest,
    readResponse: updateMetadata.readUpdateMetadataResponse, writeResponse: updateMetadata.writeUpdateMetadataResponse, createResponse: updateMetadata.createUpdateMetadataResponse,
  }],
  [7, {
    apiKey: 7, name: 'ControlledShutdown',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: controlledShutdown.readControlledShutdownRequest, writeRequest: controlledShutdown.writeControlledShutdownRequest, createRequest: controlledShutdown.createControlledShutdownRequest,
    readResponse: controlledShutdown.readControlledShutdownResponse, writeResponse: controlledShutdown.writeControlledShutdownResponse, createResponse: controlledShutdown.createControlledShutdownResponse,
  }],
  [8, {
    apiKey: 8, name: 'OffsetCommit',
    lowestVersion: 0, highestVersion: 9,
    requestFlexibleLowestVersion: 8, responseFlexibleLowestVersion: 8,
    readRequest: offsetCommit.readOffsetCommitRequest, writeRequest: offsetCommit.writeOffsetCommitRequest, createRequest: offsetCommit.createOffsetCommitRequest,
    readResponse: offsetCommit.readOffsetCommitResponse, writeResponse: offsetCommit.writeOffsetCommitResponse, createResponse: offsetCommit.createOffsetCommitResponse,
  }],
  [9, {
    apiKey: 9, name: 'OffsetFetch',
    lowestVersion: 0, highestVersion: 9,
    requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6,
    readRequest: offsetFetch.readOffsetFetchRequest, writeRequest: offsetFetch.writeOffsetFetchRequest, createRequest: offsetFetch.createOffsetFetchRequest,
    readResponse: offsetFetch.readOffsetFetchResponse, writeResponse: offsetFetch.writeOffsetFetchResponse, createResponse: offsetFetch.createOffsetFetchResponse,
  }],
  [10, {
    apiKey: 10, name: 'FindCoordinator',
    lowestVersion: 0, highestVersion: 6,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: findCoordinator.readFindCoordinatorRequest, writeRequest: findCoordinator.writeFindCoordinatorRequest, createRequest: findCoordinator.createFindCoordinatorRequest,
    readResponse: findCoordinator.readFindCoordinatorResponse, writeResponse: findCoordinator.writeFindCoordinatorResponse, createResponse: findCoordinator.createFindCoordinatorResponse,
  }],
  [11, {
    apiKey: 11, name: 'JoinGroup',
    lowestVersion: 0, highestVersion: 9,
    requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6,
    readRequest: joinGroup.readJoinGroupRequest, writeRequest: joinGroup.writeJoinGroupRequest, createRequest: joinGroup.createJoinGroupRequest,
    readResponse: joinGroup.readJoinGroupResponse, writeResponse: joinGroup.writeJoinGroupResponse, createResponse: joinGroup.createJoinGroupResponse,
  }],
  [12, {
    apiKey: 12, name: 'Heartbeat',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: heartbeat.readHeartbeatRequest, writeRequest: heartbeat.writeHeartbeatRequest, createRequest: heartbeat.createHeartbeatRequest,
    readResponse: heartbeat.readHeartbeatResponse, writeResponse: heartbeat.writeHeartbeatResponse, createResponse: heartbeat.createHeartbeatResponse,
  }],
  [13, {
    apiKey: 13, name: 'LeaveGroup',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: leaveGroup.readLeaveGroupRequest, writeRequest: leaveGroup.writeLeaveGroupRequest, createRequest: leaveGroup.createLeaveGroupRequest,
    readResponse: leaveGroup.readLeaveGroupResponse, writeResponse: leaveGroup.writeLeaveGroupResponse, createResponse: leaveGroup.createLeaveGroupResponse,
  }],
  [14, {
    apiKey: 14, name: 'SyncGroup',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: syncGroup.readSyncGroupRequest, writeRequest: syncGroup.writeSyncGroupRequest, createRequest: syncGroup.createSyncGroupRequest,
    readResponse: syncGroup.readSyncGroupResponse, writeResponse: syncGroup.writeSyncGroupResponse, createResponse: syncGroup.createSyncGroupResponse,
  }],
  [15, {
    apiKey: 15, name: 'DescribeGroups',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 5, responseFlexibleLowestVersion: 5,
    readRequest: describeGroups.readDescribeGroupsRequest, writeRequest: describeGroups.writeDescribeGroupsRequest, createRequest: describeGroups.createDescribeGroupsRequest,
    readResponse: describeGroups.readDescribeGroupsResponse, writeResponse: describeGroups.writeDescribeGroupsResponse, createResponse: describeGroups.createDescribeGroupsResponse,
  }],
  [16, {
    apiKey: 16, name: 'ListGroups',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: listGroups.readListGroupsRequest, writeRequest: listGroups.writeListGroupsRequest, createRequest: listGroups.createListGroupsRequest,
    readResponse: listGroups.readListGroupsResponse, writeResponse: listGroups.writeListGroupsResponse, createResponse: listGroups.createListGroupsResponse,
  }],
  [17, {
    apiKey: 17, name: 'SaslHandshake',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: null, responseFlexibleLowestVersion: null,
    readRequest: saslHandshake.readSaslHandshakeRequest, writeRequest: saslHandshake.writeSaslHandshakeRequest, createRequest: saslHandshake.createSaslHandshakeRequest,
    readResponse: saslHandshake.readSaslHandshakeResponse, writeResponse: saslHandshake.writeSaslHandshakeResponse, createResponse: saslHandshake.createSaslHandshakeResponse,
  }],
  [18, {
    apiKey: 18, name: 'ApiVersions',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: apiVersions.readApiVersionsRequest, writeRequest: apiVersions.writeApiVersionsRequest, createRequest: apiVersions.createApiVersionsRequest,
    readResponse: apiVersions.readApiVersionsResponse, writeResponse: apiVersions.writeApiVersionsResponse, createResponse: apiVersions.createApiVersionsResponse,
  }],
  [19, {
    apiKey: 19, name: 'CreateTopics',
    lowestVersion: 0, highestVersion: 7,
    requestFlexibleLowestVersion: 5, responseFlexibleLowestVersion: 5,
    readRequest: createTopics.readCreateTopicsRequest, writeRequest: createTopics.writeCreateTopicsRequest, createRequest: createTopics.createCreateTopicsRequest,
    readResponse: createTopics.readCreateTopicsResponse, writeResponse: createTopics.writeCreateTopicsResponse, createResponse: createTopics.createCreateTopicsResponse,
  }],
  [20, {
    apiKey: 20, name: 'DeleteTopics',
    lowestVersion: 0, highestVersion: 6,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: deleteTopics.readDeleteTopicsRequest, writeRequest: deleteTopics.writeDeleteTopicsRequest, createRequest: deleteTopics.createDeleteTopicsRequest,
    readResponse: deleteTopics.readDeleteTopicsResponse, writeResponse: deleteTopics.writeDeleteTopicsResponse, createResponse: deleteTopics.createDeleteTopicsResponse,
  }],
  [21, {
    apiKey: 21, name: 'DeleteRecords',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: deleteRecords.readDeleteRecordsRequest, writeRequest: deleteRecords.writeDeleteRecordsRequest, createRequest: deleteRecords.createDeleteRecordsRequest,
    readResponse: deleteRecords.readDeleteRecordsResponse, writeResponse: deleteRecords.writeDeleteRecordsResponse, createResponse: deleteRecords.createDeleteRecordsResponse,
  }],
  [22, {
    apiKey: 22, name: 'InitProducerId',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: initProducerId.readInitProducerIdRequest, writeRequest: initProducerId.writeInitProducerIdRequest, createRequest: initProducerId.createInitProducerIdRequest,
    readResponse: initProducerId.readInitProducerIdResponse, writeResponse: initProducerId.writeInitProducerIdResponse, createResponse: initProducerId.createInitProducerIdResponse,
  }],
  [23, {
    apiKey: 23, name: 'OffsetForLeaderEpoch',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: offsetForLeaderEpoch.readOffsetForLeaderEpochRequest, writeRequest: offsetForLeaderEpoch.writeOffsetForLeaderEpochRequest, createRequest: offsetForLeaderEpoch.createOffsetForLeaderEpochRequest,
    readResponse: offsetForLeaderEpoch.readOffsetForLeaderEpochResponse, writeResponse: offsetForLeaderEpoch.writeOffsetForLeaderEpochResponse, createResponse: offsetForLeaderEpoch.createOffsetForLeaderEpochResponse,
  }],
  [24, {
    apiKey: 24, name: 'AddPartitionsToTxn',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: addPartitionsToTxn.readAddPartitionsToTxnRequest, writeRequest: addPartitionsToTxn.writeAddPartitionsToTxnRequest, createRequest: addPartitionsToTxn.createAddPartitionsToTxnRequest,
    readResponse: addPartitionsToTxn.readAddPartitionsToTxnResponse, writeResponse: addPartitionsToTxn.writeAddPartitionsToTxnResponse, createResponse: addPartitionsToTxn.createAddPartitionsToTxnResponse,
  }],
  [25, {
    apiKey: 25, name: 'AddOffsetsToTxn',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: addOffsetsToTxn.readAddOffsetsToTxnRequest, writeRequest: addOffsetsToTxn.writeAddOffsetsToTxnRequest, createRequest: addOffsetsToTxn.createAddOffsetsToTxnRequest,
    readResponse: addOffsetsToTxn.readAddOffsetsToTxnResponse, writeResponse: addOffsetsToTxn.writeAddOffsetsToTxnResponse, createResponse: addOffsetsToTxn.createAddOffsetsToTxnResponse,
  }],
  [26, {
    apiKey: 26, name: 'EndTxn',
    lowestVersion: 0, highestVersion: 5,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: endTxn.readEndTxnRequest, writeRequest: endTxn.writeEndTxnRequest, createRequest: endTxn.createEndTxnRequest,
    readResponse: endTxn.readEndTxnResponse, writeResponse: endTxn.writeEndTxnResponse, createResponse: endTxn.createEndTxnResponse,
  }],
  [27, {
    apiKey: 27, name: 'WriteTxnMarkers',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: writeTxnMarkers.readWriteTxnMarkersRequest, writeRequest: writeTxnMarkers.writeWriteTxnMarkersRequest, createRequest: writeTxnMarkers.createWriteTxnMarkersRequest,
    readResponse: writeTxnMarkers.readWriteTxnMarkersResponse, writeResponse: writeTxnMarkers.writeWriteTxnMarkersResponse, createResponse: writeTxnMarkers.createWriteTxnMarkersResponse,
  }],
  [28, {
    apiKey: 28, name: 'TxnOffsetCommit',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3,
    readRequest: txnOffsetCommit.readTxnOffsetCommitRequest, writeRequest: txnOffsetCommit.writeTxnOffsetCommitRequest, createRequest: txnOffsetCommit.createTxnOffsetCommitRequest,
    readResponse: txnOffsetCommit.readTxnOffsetCommitResponse, writeResponse: txnOffsetCommit.writeTxnOffsetCommitResponse, createResponse: txnOffsetCommit.createTxnOffsetCommitResponse,
  }],
  [29, {
    apiKey: 29, name: 'DescribeAcls',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: describeAcls.readDescribeAclsRequest, writeRequest: describeAcls.writeDescribeAclsRequest, createRequest: describeAcls.createDescribeAclsRequest,
    readResponse: describeAcls.readDescribeAclsResponse, writeResponse: describeAcls.writeDescribeAclsResponse, createResponse: describeAcls.createDescribeAclsResponse,
  }],
  [30, {
    apiKey: 30, name: 'CreateAcls',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: createAcls.readCreateAclsRequest, writeRequest: createAcls.writeCreateAclsRequest, createRequest: createAcls.createCreateAclsRequest,
    readResponse: createAcls.readCreateAclsResponse, writeResponse: createAcls.writeCreateAclsResponse, createResponse: createAcls.createCreateAclsResponse,
  }],
  [31, {
    apiKey: 31, name: 'DeleteAcls',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: deleteAcls.readDeleteAclsRequest, writeRequest: deleteAcls.writeDeleteAclsRequest, createRequest: deleteAcls.createDeleteAclsRequest,
    readResponse: deleteAcls.readDeleteAclsResponse, writeResponse: deleteAcls.writeDeleteAclsResponse, createResponse: deleteAcls.createDeleteAclsResponse,
  }],
  [32, {
    apiKey: 32, name: 'DescribeConfigs',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4,
    readRequest: describeConfigs.readDescribeConfigsRequest, writeRequest: describeConfigs.writeDescribeConfigsRequest, createRequest: describeConfigs.createDescribeConfigsRequest,
    readResponse: describeConfigs.readDescribeConfigsResponse, writeResponse: describeConfigs.writeDescribeConfigsResponse, createResponse: describeConfigs.createDescribeConfigsResponse,
  }],
  [33, {
    apiKey: 33, name: 'AlterConfigs',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: alterConfigs.readAlterConfigsRequest, writeRequest: alterConfigs.writeAlterConfigsRequest, createRequest: alterConfigs.createAlterConfigsRequest,
    readResponse: alterConfigs.readAlterConfigsResponse, writeResponse: alterConfigs.writeAlterConfigsResponse, createResponse: alterConfigs.createAlterConfigsResponse,
  }],
  [34, {
    apiKey: 34, name: 'AlterReplicaLogDirs',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: alterReplicaLogDirs.readAlterReplicaLogDirsRequest, writeRequest: alterReplicaLogDirs.writeAlterReplicaLogDirsRequest, createRequest: alterReplicaLogDirs.createAlterReplicaLogDirsRequest,
    readResponse: alterReplicaLogDirs.readAlterReplicaLogDirsResponse, writeResponse: alterReplicaLogDirs.writeAlterReplicaLogDirsResponse, createResponse: alterReplicaLogDirs.createAlterReplicaLogDirsResponse,
  }],
  [35, {
    apiKey: 35, name: 'DescribeLogDirs',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: describeLogDirs.readDescribeLogDirsRequest, writeRequest: describeLogDirs.writeDescribeLogDirsRequest, createRequest: describeLogDirs.createDescribeLogDirsRequest,
    readResponse: describeLogDirs.readDescribeLogDirsResponse, writeResponse: describeLogDirs.writeDescribeLogDirsResponse, createResponse: describeLogDirs.createDescribeLogDirsResponse,
  }],
  [36, {
    apiKey: 36, name: 'SaslAuthenticate',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: saslAuthenticate.readSaslAuthenticateRequest, writeRequest: saslAuthenticate.writeSaslAuthenticateRequest, createRequest: saslAuthenticate.createSaslAuthenticateRequest,
    readResponse: saslAuthenticate.readSaslAuthenticateResponse, writeResponse: saslAuthenticate.writeSaslAuthenticateResponse, createResponse: saslAuthenticate.createSaslAuthenticateResponse,
  }],
  [37, {
    apiKey: 37, name: 'CreatePartitions',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: createPartitions.readCreatePartitionsRequest, writeRequest: createPartitions.writeCreatePartitionsRequest, createRequest: createPartitions.createCreatePartitionsRequest,
    readResponse: createPartitions.readCreatePartitionsResponse, writeResponse: createPartitions.writeCreatePartitionsResponse, createResponse: createPartitions.createCreatePartitionsResponse,
  }],
  [38, {
    apiKey: 38, name: 'CreateDelegationToken',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: createDelegationToken.readCreateDelegationTokenRequest, writeRequest: createDelegationToken.writeCreateDelegationTokenRequest, createRequest: createDelegationToken.createCreateDelegationTokenRequest,
    readResponse: createDelegationToken.readCreateDelegationTokenResponse, writeResponse: createDelegationToken.writeCreateDelegationTokenResponse, createResponse: createDelegationToken.createCreateDelegationTokenResponse,
  }],
  [39, {
    apiKey: 39, name: 'RenewDelegationToken',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: renewDelegationToken.readRenewDelegationTokenRequest, writeRequest: renewDelegationToken.writeRenewDelegationTokenRequest, createRequest: renewDelegationToken.createRenewDelegationTokenRequest,
    readResponse: renewDelegationToken.readRenewDelegationTokenResponse, writeResponse: renewDelegationToken.writeRenewDelegationTokenResponse, createResponse: renewDelegationToken.createRenewDelegationTokenResponse,
  }],
  [40, {
    apiKey: 40, name: 'ExpireDelegationToken',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: expireDelegationToken.readExpireDelegationTokenRequest, writeRequest: expireDelegationToken.writeExpireDelegationTokenRequest, createRequest: expireDelegationToken.createExpireDelegationTokenRequest,
    readResponse: expireDelegationToken.readExpireDelegationTokenResponse, writeResponse: expireDelegationToken.writeExpireDelegationTokenResponse, createResponse: expireDelegationToken.createExpireDelegationTokenResponse,
  }],
  [41, {
    apiKey: 41, name: 'DescribeDelegationToken',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: describeDelegationToken.readDescribeDelegationTokenRequest, writeRequest: describeDelegationToken.writeDescribeDelegationTokenRequest, createRequest: describeDelegationToken.createDescribeDelegationTokenRequest,
    readResponse: describeDelegationToken.readDescribeDelegationTokenResponse, writeResponse: describeDelegationToken.writeDescribeDelegationTokenResponse, createResponse: describeDelegationToken.createDescribeDelegationTokenResponse,
  }],
  [42, {
    apiKey: 42, name: 'DeleteGroups',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: deleteGroups.readDeleteGroupsRequest, writeRequest: deleteGroups.writeDeleteGroupsRequest, createRequest: deleteGroups.createDeleteGroupsRequest,
    readResponse: deleteGroups.readDeleteGroupsResponse, writeResponse: deleteGroups.writeDeleteGroupsResponse, createResponse: deleteGroups.createDeleteGroupsResponse,
  }],
  [43, {
    apiKey: 43, name: 'ElectLeaders',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2,
    readRequest: electLeaders.readElectLeadersRequest, writeRequest: electLeaders.writeElectLeadersRequest, createRequest: electLeaders.createElectLeadersRequest,
    readResponse: electLeaders.readElectLeadersResponse, writeResponse: electLeaders.writeElectLeadersResponse, createResponse: electLeaders.createElectLeadersResponse,
  }],
  [44, {
    apiKey: 44, name: 'IncrementalAlterConfigs',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: incrementalAlterConfigs.readIncrementalAlterConfigsRequest, writeRequest: incrementalAlterConfigs.writeIncrementalAlterConfigsRequest, createRequest: incrementalAlterConfigs.createIncrementalAlterConfigsRequest,
    readResponse: incrementalAlterConfigs.readIncrementalAlterConfigsResponse, writeResponse: incrementalAlterConfigs.writeIncrementalAlterConfigsResponse, createResponse: incrementalAlterConfigs.createIncrementalAlterConfigsResponse,
  }],
  [45, {
    apiKey: 45, name: 'AlterPartitionReassignments',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: alterPartitionReassignments.readAlterPartitionReassignmentsRequest, writeRequest: alterPartitionReassignments.writeAlterPartitionReassignmentsRequest, createRequest: alterPartitionReassignments.createAlterPartitionReassignmentsRequest,
    readResponse: alterPartitionReassignments.readAlterPartitionReassignmentsResponse, writeResponse: alterPartitionReassignments.writeAlterPartitionReassignmentsResponse, createResponse: alterPartitionReassignments.createAlterPartitionReassignmentsResponse,
  }],
  [46, {
    apiKey: 46, name: 'ListPartitionReassignments',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: listPartitionReassignments.readListPartitionReassignmentsRequest, writeRequest: listPartitionReassignments.writeListPartitionReassignmentsRequest, createRequest: listPartitionReassignments.createListPartitionReassignmentsRequest,
    readResponse: listPartitionReassignments.readListPartitionReassignmentsResponse, writeResponse: listPartitionReassignments.writeListPartitionReassignmentsResponse, createResponse: listPartitionReassignments.createListPartitionReassignmentsResponse,
  }],
  [47, {
    apiKey: 47, name: 'OffsetDelete',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: null, responseFlexibleLowestVersion: null,
    readRequest: offsetDelete.readOffsetDeleteRequest, writeRequest: offsetDelete.writeOffsetDeleteRequest, createRequest: offsetDelete.createOffsetDeleteRequest,
    readResponse: offsetDelete.readOffsetDeleteResponse, writeResponse: offsetDelete.writeOffsetDeleteResponse, createResponse: offsetDelete.createOffsetDeleteResponse,
  }],
  [48, {
    apiKey: 48, name: 'DescribeClientQuotas',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: describeClientQuotas.readDescribeClientQuotasRequest, writeRequest: describeClientQuotas.writeDescribeClientQuotasRequest, createRequest: describeClientQuotas.createDescribeClientQuotasRequest,
    readResponse: describeClientQuotas.readDescribeClientQuotasResponse, writeResponse: describeClientQuotas.writeDescribeClientQuotasResponse, createResponse: describeClientQuotas.createDescribeClientQuotasResponse,
  }],
  [49, {
    apiKey: 49, name: 'AlterClientQuotas',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: alterClientQuotas.readAlterClientQuotasRequest, writeRequest: alterClientQuotas.writeAlterClientQuotasRequest, createRequest: alterClientQuotas.createAlterClientQuotasRequest,
    readResponse: alterClientQuotas.readAlterClientQuotasResponse, writeResponse: alterClientQuotas.writeAlterClientQuotasResponse, createResponse: alterClientQuotas.createAlterClientQuotasResponse,
  }],
  [50, {
    apiKey: 50, name: 'DescribeUserScramCredentials',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeUserScramCredentials.readDescribeUserScramCredentialsRequest, writeRequest: describeUserScramCredentials.writeDescribeUserScramCredentialsRequest, createRequest: describeUserScramCredentials.createDescribeUserScramCredentialsRequest,
    readResponse: describeUserScramCredentials.readDescribeUserScramCredentialsResponse, writeResponse: describeUserScramCredentials.writeDescribeUserScramCredentialsResponse, createResponse: describeUserScramCredentials.createDescribeUserScramCredentialsResponse,
  }],
  [51, {
    apiKey: 51, name: 'AlterUserScramCredentials',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: alterUserScramCredentials.readAlterUserScramCredentialsRequest, writeRequest: alterUserScramCredentials.writeAlterUserScramCredentialsRequest, createRequest: alterUserScramCredentials.createAlterUserScramCredentialsRequest,
    readResponse: alterUserScramCredentials.readAlterUserScramCredentialsResponse, writeResponse: alterUserScramCredentials.writeAlterUserScramCredentialsResponse, createResponse: alterUserScramCredentials.createAlterUserScramCredentialsResponse,
  }],
  [52, {
    apiKey: 52, name: 'Vote',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: vote.readVoteRequest, writeRequest: vote.writeVoteRequest, createRequest: vote.createVoteRequest,
    readResponse: vote.readVoteResponse, writeResponse: vote.writeVoteResponse, createResponse: vote.createVoteResponse,
  }],
  [53, {
    apiKey: 53, name: 'BeginQuorumEpoch',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: beginQuorumEpoch.readBeginQuorumEpochRequest, writeRequest: beginQuorumEpoch.writeBeginQuorumEpochRequest, createRequest: beginQuorumEpoch.createBeginQuorumEpochRequest,
    readResponse: beginQuorumEpoch.readBeginQuorumEpochResponse, writeResponse: beginQuorumEpoch.writeBeginQuorumEpochResponse, createResponse: beginQuorumEpoch.createBeginQuorumEpochResponse,
  }],
  [54, {
    apiKey: 54, name: 'EndQuorumEpoch',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1,
    readRequest: endQuorumEpoch.readEndQuorumEpochRequest, writeRequest: endQuorumEpoch.writeEndQuorumEpochRequest, createRequest: endQuorumEpoch.createEndQuorumEpochRequest,
    readResponse: endQuorumEpoch.readEndQuorumEpochResponse, writeResponse: endQuorumEpoch.writeEndQuorumEpochResponse, createResponse: endQuorumEpoch.createEndQuorumEpochResponse,
  }],
  [55, {
    apiKey: 55, name: 'DescribeQuorum',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeQuorum.readDescribeQuorumRequest, writeRequest: describeQuorum.writeDescribeQuorumRequest, createRequest: describeQuorum.createDescribeQuorumRequest,
    readResponse: describeQuorum.readDescribeQuorumResponse, writeResponse: describeQuorum.writeDescribeQuorumResponse, createResponse: describeQuorum.createDescribeQuorumResponse,
  }],
  [56, {
    apiKey: 56, name: 'AlterPartition',
    lowestVersion: 0, highestVersion: 3,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: alterPartition.readAlterPartitionRequest, writeRequest: alterPartition.writeAlterPartitionRequest, createRequest: alterPartition.createAlterPartitionRequest,
    readResponse: alterPartition.readAlterPartitionResponse, writeResponse: alterPartition.writeAlterPartitionResponse, createResponse: alterPartition.createAlterPartitionResponse,
  }],
  [57, {
    apiKey: 57, name: 'UpdateFeatures',
    lowestVersion: 0, highestVersion: 2,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: updateFeatures.readUpdateFeaturesRequest, writeRequest: updateFeatures.writeUpdateFeaturesRequest, createRequest: updateFeatures.createUpdateFeaturesRequest,
    readResponse: updateFeatures.readUpdateFeaturesResponse, writeResponse: updateFeatures.writeUpdateFeaturesResponse, createResponse: updateFeatures.createUpdateFeaturesResponse,
  }],
  [58, {
    apiKey: 58, name: 'Envelope',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: envelope.readEnvelopeRequest, writeRequest: envelope.writeEnvelopeRequest, createRequest: envelope.createEnvelopeRequest,
    readResponse: envelope.readEnvelopeResponse, writeResponse: envelope.writeEnvelopeResponse, createResponse: envelope.createEnvelopeResponse,
  }],
  [59, {
    apiKey: 59, name: 'FetchSnapshot',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: fetchSnapshot.readFetchSnapshotRequest, writeRequest: fetchSnapshot.writeFetchSnapshotRequest, createRequest: fetchSnapshot.createFetchSnapshotRequest,
    readResponse: fetchSnapshot.readFetchSnapshotResponse, writeResponse: fetchSnapshot.writeFetchSnapshotResponse, createResponse: fetchSnapshot.createFetchSnapshotResponse,
  }],
  [60, {
    apiKey: 60, name: 'DescribeCluster',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeCluster.readDescribeClusterRequest, writeRequest: describeCluster.writeDescribeClusterRequest, createRequest: describeCluster.createDescribeClusterRequest,
    readResponse: describeCluster.readDescribeClusterResponse, writeResponse: describeCluster.writeDescribeClusterResponse, createResponse: describeCluster.createDescribeClusterResponse,
  }],
  [61, {
    apiKey: 61, name: 'DescribeProducers',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeProducers.readDescribeProducersRequest, writeRequest: describeProducers.writeDescribeProducersRequest, createRequest: describeProducers.createDescribeProducersRequest,
    readResponse: describeProducers.readDescribeProducersResponse, writeResponse: describeProducers.writeDescribeProducersResponse, createResponse: describeProducers.createDescribeProducersResponse,
  }],
  [62, {
    apiKey: 62, name: 'BrokerRegistration',
    lowestVersion: 0, highestVersion: 4,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: brokerRegistration.readBrokerRegistrationRequest, writeRequest: brokerRegistration.writeBrokerRegistrationRequest, createRequest: brokerRegistration.createBrokerRegistrationRequest,
    readResponse: brokerRegistration.readBrokerRegistrationResponse, writeResponse: brokerRegistration.writeBrokerRegistrationResponse, createResponse: brokerRegistration.createBrokerRegistrationResponse,
  }],
  [63, {
    apiKey: 63, name: 'BrokerHeartbeat',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: brokerHeartbeat.readBrokerHeartbeatRequest, writeRequest: brokerHeartbeat.writeBrokerHeartbeatRequest, createRequest: brokerHeartbeat.createBrokerHeartbeatRequest,
    readResponse: brokerHeartbeat.readBrokerHeartbeatResponse, writeResponse: brokerHeartbeat.writeBrokerHeartbeatResponse, createResponse: brokerHeartbeat.createBrokerHeartbeatResponse,
  }],
  [64, {
    apiKey: 64, name: 'UnregisterBroker',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: unregisterBroker.readUnregisterBrokerRequest, writeRequest: unregisterBroker.writeUnregisterBrokerRequest, createRequest: unregisterBroker.createUnregisterBrokerRequest,
    readResponse: unregisterBroker.readUnregisterBrokerResponse, writeResponse: unregisterBroker.writeUnregisterBrokerResponse, createResponse: unregisterBroker.createUnregisterBrokerResponse,
  }],
  [65, {
    apiKey: 65, name: 'DescribeTransactions',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeTransactions.readDescribeTransactionsRequest, writeRequest: describeTransactions.writeDescribeTransactionsRequest, createRequest: describeTransactions.createDescribeTransactionsRequest,
    readResponse: describeTransactions.readDescribeTransactionsResponse, writeResponse: describeTransactions.writeDescribeTransactionsResponse, createResponse: describeTransactions.createDescribeTransactionsResponse,
  }],
  [66, {
    apiKey: 66, name: 'ListTransactions',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: listTransactions.readListTransactionsRequest, writeRequest: listTransactions.writeListTransactionsRequest, createRequest: listTransactions.createListTransactionsRequest,
    readResponse: listTransactions.readListTransactionsResponse, writeResponse: listTransactions.writeListTransactionsResponse, createResponse: listTransactions.createListTransactionsResponse,
  }],
  [67, {
    apiKey: 67, name: 'AllocateProducerIds',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: allocateProducerIds.readAllocateProducerIdsRequest, writeRequest: allocateProducerIds.writeAllocateProducerIdsRequest, createRequest: allocateProducerIds.createAllocateProducerIdsRequest,
    readResponse: allocateProducerIds.readAllocateProducerIdsResponse, writeResponse: allocateProducerIds.writeAllocateProducerIdsResponse, createResponse: allocateProducerIds.createAllocateProducerIdsResponse,
  }],
  [68, {
    apiKey: 68, name: 'ConsumerGroupHeartbeat',
    lowestVersion: 0, highestVersion: 1,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: consumerGroupHeartbeat.readConsumerGroupHeartbeatRequest, writeRequest: consumerGroupHeartbeat.writeConsumerGroupHeartbeatRequest, createRequest: consumerGroupHeartbeat.createConsumerGroupHeartbeatRequest,
    readResponse: consumerGroupHeartbeat.readConsumerGroupHeartbeatResponse, writeResponse: consumerGroupHeartbeat.writeConsumerGroupHeartbeatResponse, createResponse: consumerGroupHeartbeat.createConsumerGroupHeartbeatResponse,
  }],
  [69, {
    apiKey: 69, name: 'ConsumerGroupDescribe',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: consumerGroupDescribe.readConsumerGroupDescribeRequest, writeRequest: consumerGroupDescribe.writeConsumerGroupDescribeRequest, createRequest: consumerGroupDescribe.createConsumerGroupDescribeRequest,
    readResponse: consumerGroupDescribe.readConsumerGroupDescribeResponse, writeResponse: consumerGroupDescribe.writeConsumerGroupDescribeResponse, createResponse: consumerGroupDescribe.createConsumerGroupDescribeResponse,
  }],
  [70, {
    apiKey: 70, name: 'ControllerRegistration',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: controllerRegistration.readControllerRegistrationRequest, writeRequest: controllerRegistration.writeControllerRegistrationRequest, createRequest: controllerRegistration.createControllerRegistrationRequest,
    readResponse: controllerRegistration.readControllerRegistrationResponse, writeResponse: controllerRegistration.writeControllerRegistrationResponse, createResponse: controllerRegistration.createControllerRegistrationResponse,
  }],
  [71, {
    apiKey: 71, name: 'GetTelemetrySubscriptions',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: getTelemetrySubscriptions.readGetTelemetrySubscriptionsRequest, writeRequest: getTelemetrySubscriptions.writeGetTelemetrySubscriptionsRequest, createRequest: getTelemetrySubscriptions.createGetTelemetrySubscriptionsRequest,
    readResponse: getTelemetrySubscriptions.readGetTelemetrySubscriptionsResponse, writeResponse: getTelemetrySubscriptions.writeGetTelemetrySubscriptionsResponse, createResponse: getTelemetrySubscriptions.createGetTelemetrySubscriptionsResponse,
  }],
  [72, {
    apiKey: 72, name: 'PushTelemetry',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: pushTelemetry.readPushTelemetryRequest, writeRequest: pushTelemetry.writePushTelemetryRequest, createRequest: pushTelemetry.createPushTelemetryRequest,
    readResponse: pushTelemetry.readPushTelemetryResponse, writeResponse: pushTelemetry.writePushTelemetryResponse, createResponse: pushTelemetry.createPushTelemetryResponse,
  }],
  [73, {
    apiKey: 73, name: 'AssignReplicasToDirs',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: assignReplicasToDirs.readAssignReplicasToDirsRequest, writeRequest: assignReplicasToDirs.writeAssignReplicasToDirsRequest, createRequest: assignReplicasToDirs.createAssignReplicasToDirsRequest,
    readResponse: assignReplicasToDirs.readAssignReplicasToDirsResponse, writeResponse: assignReplicasToDirs.writeAssignReplicasToDirsResponse, createResponse: assignReplicasToDirs.createAssignReplicasToDirsResponse,
  }],
  [74, {
    apiKey: 74, name: 'ListClientMetricsResources',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: listClientMetricsResources.readListClientMetricsResourcesRequest, writeRequest: listClientMetricsResources.writeListClientMetricsResourcesRequest, createRequest: listClientMetricsResources.createListClientMetricsResourcesRequest,
    readResponse: listClientMetricsResources.readListClientMetricsResourcesResponse, writeResponse: listClientMetricsResources.writeListClientMetricsResourcesResponse, createResponse: listClientMetricsResources.createListClientMetricsResourcesResponse,
  }],
  [75, {
    apiKey: 75, name: 'DescribeTopicPartitions',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: describeTopicPartitions.readDescribeTopicPartitionsRequest, writeRequest: describeTopicPartitions.writeDescribeTopicPartitionsRequest, createRequest: describeTopicPartitions.createDescribeTopicPartitionsRequest,
    readResponse: describeTopicPartitions.readDescribeTopicPartitionsResponse, writeResponse: describeTopicPartitions.writeDescribeTopicPartitionsResponse, createResponse: describeTopicPartitions.createDescribeTopicPartitionsResponse,
  }],
  [76, {
    apiKey: 76, name: 'ShareGroupHeartbeat',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: shareGroupHeartbeat.readShareGroupHeartbeatRequest, writeRequest: shareGroupHeartbeat.writeShareGroupHeartbeatRequest, createRequest: shareGroupHeartbeat.createShareGroupHeartbeatRequest,
    readResponse: shareGroupHeartbeat.readShareGroupHeartbeatResponse, writeResponse: shareGroupHeartbeat.writeShareGroupHeartbeatResponse, createResponse: shareGroupHeartbeat.createShareGroupHeartbeatResponse,
  }],
  [77, {
    apiKey: 77, name: 'ShareGroupDescribe',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: shareGroupDescribe.readShareGroupDescribeRequest, writeRequest: shareGroupDescribe.writeShareGroupDescribeRequest, createRequest: shareGroupDescribe.createShareGroupDescribeRequest,
    readResponse: shareGroupDescribe.readShareGroupDescribeResponse, writeResponse: shareGroupDescribe.writeShareGroupDescribeResponse, createResponse: shareGroupDescribe.createShareGroupDescribeResponse,
  }],
  [78, {
    apiKey: 78, name: 'ShareFetch',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: shareFetch.readShareFetchRequest, writeRequest: shareFetch.writeShareFetchRequest, createRequest: shareFetch.createShareFetchRequest,
    readResponse: shareFetch.readShareFetchResponse, writeResponse: shareFetch.writeShareFetchResponse, createResponse: shareFetch.createShareFetchResponse,
  }],
  [79, {
    apiKey: 79, name: 'ShareAcknowledge',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: shareAcknowledge.readShareAcknowledgeRequest, writeRequest: shareAcknowledge.writeShareAcknowledgeRequest, createRequest: shareAcknowledge.createShareAcknowledgeRequest,
    readResponse: shareAcknowledge.readShareAcknowledgeResponse, writeResponse: shareAcknowledge.writeShareAcknowledgeResponse, createResponse: shareAcknowledge.createShareAcknowledgeResponse,
  }],
  [80, {
    apiKey: 80, name: 'AddRaftVoter',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: addRaftVoter.readAddRaftVoterRequest, writeRequest: addRaftVoter.writeAddRaftVoterRequest, createRequest: addRaftVoter.createAddRaftVoterRequest,
    readResponse: addRaftVoter.readAddRaftVoterResponse, writeResponse: addRaftVoter.writeAddRaftVoterResponse, createResponse: addRaftVoter.createAddRaftVoterResponse,
  }],
  [81, {
    apiKey: 81, name: 'RemoveRaftVoter',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: removeRaftVoter.readRemoveRaftVoterRequest, writeRequest: removeRaftVoter.writeRemoveRaftVoterRequest, createRequest: removeRaftVoter.createRemoveRaftVoterRequest,
    readResponse: removeRaftVoter.readRemoveRaftVoterResponse, writeResponse: removeRaftVoter.writeRemoveRaftVoterResponse, createResponse: removeRaftVoter.createRemoveRaftVoterResponse,
  }],
  [82, {
    apiKey: 82, name: 'UpdateRaftVoter',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: updateRaftVoter.readUpdateRaftVoterRequest, writeRequest: updateRaftVoter.writeUpdateRaftVoterRequest, createRequest: updateRaftVoter.createUpdateRaftVoterRequest,
    readResponse: updateRaftVoter.readUpdateRaftVoterResponse, writeResponse: updateRaftVoter.writeUpdateRaftVoterResponse, createResponse: updateRaftVoter.createUpdateRaftVoterResponse,
  }],
  [83, {
    apiKey: 83, name: 'InitializeShareGroupState',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: initializeShareGroupState.readInitializeShareGroupStateRequest, writeRequest: initializeShareGroupState.writeInitializeShareGroupStateRequest, createRequest: initializeShareGroupState.createInitializeShareGroupStateRequest,
    readResponse: initializeShareGroupState.readInitializeShareGroupStateResponse, writeResponse: initializeShareGroupState.writeInitializeShareGroupStateResponse, createResponse: initializeShareGroupState.createInitializeShareGroupStateResponse,
  }],
  [84, {
    apiKey: 84, name: 'ReadShareGroupState',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: readShareGroupState.readReadShareGroupStateRequest, writeRequest: readShareGroupState.writeReadShareGroupStateRequest, createRequest: readShareGroupState.createReadShareGroupStateRequest,
    readResponse: readShareGroupState.readReadShareGroupStateResponse, writeResponse: readShareGroupState.writeReadShareGroupStateResponse, createResponse: readShareGroupState.createReadShareGroupStateResponse,
  }],
  [85, {
    apiKey: 85, name: 'WriteShareGroupState',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: writeShareGroupState.readWriteShareGroupStateRequest, writeRequest: writeShareGroupState.writeWriteShareGroupStateRequest, createRequest: writeShareGroupState.createWriteShareGroupStateRequest,
    readResponse: writeShareGroupState.readWriteShareGroupStateResponse, writeResponse: writeShareGroupState.writeWriteShareGroupStateResponse, createResponse: writeShareGroupState.createWriteShareGroupStateResponse,
  }],
  [86, {
    apiKey: 86, name: 'DeleteShareGroupState',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: deleteShareGroupState.readDeleteShareGroupStateRequest, writeRequest: deleteShareGroupState.writeDeleteShareGroupStateRequest, createRequest: deleteShareGroupState.createDeleteShareGroupStateRequest,
    readResponse: deleteShareGroupState.readDeleteShareGroupStateResponse, writeResponse: deleteShareGroupState.writeDeleteShareGroupStateResponse, createResponse: deleteShareGroupState.createDeleteShareGroupStateResponse,
  }],
  [87, {
    apiKey: 87, name: 'ReadShareGroupStateSummary',
    lowestVersion: 0, highestVersion: 0,
    requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0,
    readRequest: readShareGroupStateSummary.readReadShareGroupStateSummaryRequest, writeRequest: readShareGroupStateSummary.writeReadShareGroupStateSummaryRequest, createRequest: readShareGroupStateSummary.createReadShareGroupStateSummaryRequest,
    readResponse: readShareGroupStateSummary.readReadShareGroupStateSummaryResponse, writeResponse: readShareGroupStateSummary.writeReadShareGroupStateSummaryResponse, createResponse: readShareGroupStateSummary.createReadShareGroupStateSummaryResponse,
  }],
]);
