// Generated from the request and response schemas: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// The API keys Weir knows, their valid and flexible versions, and the header version each
// request and response version uses. Headers follow flexibility: request header v2 and
// response header v1 in flexible versions (KIP-482), else v1 and v0, with two exceptions
// noted on the functions below.

/** One API key as its schemas describe it. */
export interface ApiDescriptor {
  readonly apiKey: number;
  readonly name: string;
  readonly lowestVersion: number;
  readonly highestVersion: number;
  /** First flexible version of the request, or null when no version is flexible. */
  readonly requestFlexibleLowestVersion: number | null;
  readonly responseFlexibleLowestVersion: number | null;
  /** Which listeners accept the API: "broker", "controller", "zkBroker". */
  readonly listeners: readonly string[];
  /** True when Kafka marks the highest version as still unstable. */
  readonly latestVersionUnstable: boolean;
}

/** Every API key, ordered by key. */
export const apiDescriptors: readonly ApiDescriptor[] = [
  { apiKey: 0, name: 'Produce', lowestVersion: 0, highestVersion: 11, requestFlexibleLowestVersion: 9, responseFlexibleLowestVersion: 9, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 1, name: 'Fetch', lowestVersion: 0, highestVersion: 17, requestFlexibleLowestVersion: 12, responseFlexibleLowestVersion: 12, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 2, name: 'ListOffsets', lowestVersion: 0, highestVersion: 10, requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 3, name: 'Metadata', lowestVersion: 0, highestVersion: 12, requestFlexibleLowestVersion: 9, responseFlexibleLowestVersion: 9, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 4, name: 'LeaderAndIsr', lowestVersion: 0, highestVersion: 7, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker'], latestVersionUnstable: false },
  { apiKey: 5, name: 'StopReplica', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker'], latestVersionUnstable: false },
  { apiKey: 6, name: 'UpdateMetadata', lowestVersion: 0, highestVersion: 8, requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6, listeners: ['zkBroker'], latestVersionUnstable: false },
  { apiKey: 7, name: 'ControlledShutdown', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  { apiKey: 8, name: 'OffsetCommit', lowestVersion: 0, highestVersion: 9, requestFlexibleLowestVersion: 8, responseFlexibleLowestVersion: 8, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 9, name: 'OffsetFetch', lowestVersion: 0, highestVersion: 9, requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 10, name: 'FindCoordinator', lowestVersion: 0, highestVersion: 6, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 11, name: 'JoinGroup', lowestVersion: 0, highestVersion: 9, requestFlexibleLowestVersion: 6, responseFlexibleLowestVersion: 6, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 12, name: 'Heartbeat', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 13, name: 'LeaveGroup', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 14, name: 'SyncGroup', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 15, name: 'DescribeGroups', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 5, responseFlexibleLowestVersion: 5, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 16, name: 'ListGroups', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 17, name: 'SaslHandshake', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: null, responseFlexibleLowestVersion: null, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 18, name: 'ApiVersions', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 19, name: 'CreateTopics', lowestVersion: 0, highestVersion: 7, requestFlexibleLowestVersion: 5, responseFlexibleLowestVersion: 5, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 20, name: 'DeleteTopics', lowestVersion: 0, highestVersion: 6, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 21, name: 'DeleteRecords', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 22, name: 'InitProducerId', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 23, name: 'OffsetForLeaderEpoch', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 24, name: 'AddPartitionsToTxn', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 25, name: 'AddOffsetsToTxn', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 26, name: 'EndTxn', lowestVersion: 0, highestVersion: 5, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: true },
  { apiKey: 27, name: 'WriteTxnMarkers', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 28, name: 'TxnOffsetCommit', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 3, responseFlexibleLowestVersion: 3, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 29, name: 'DescribeAcls', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 30, name: 'CreateAcls', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 31, name: 'DeleteAcls', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 32, name: 'DescribeConfigs', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 4, responseFlexibleLowestVersion: 4, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 33, name: 'AlterConfigs', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 34, name: 'AlterReplicaLogDirs', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 35, name: 'DescribeLogDirs', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 36, name: 'SaslAuthenticate', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 37, name: 'CreatePartitions', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 38, name: 'CreateDelegationToken', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 39, name: 'RenewDelegationToken', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 40, name: 'ExpireDelegationToken', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 41, name: 'DescribeDelegationToken', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 42, name: 'DeleteGroups', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 43, name: 'ElectLeaders', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 2, responseFlexibleLowestVersion: 2, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 44, name: 'IncrementalAlterConfigs', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 45, name: 'AlterPartitionReassignments', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false },
  { apiKey: 46, name: 'ListPartitionReassignments', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker', 'controller', 'zkBroker'], latestVersionUnstable: false },
  { apiKey: 47, name: 'OffsetDelete', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: null, responseFlexibleLowestVersion: null, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 48, name: 'DescribeClientQuotas', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 49, name: 'AlterClientQuotas', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 50, name: 'DescribeUserScramCredentials', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 51, name: 'AlterUserScramCredentials', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 52, name: 'Vote', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 53, name: 'BeginQuorumEpoch', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 54, name: 'EndQuorumEpoch', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 1, responseFlexibleLowestVersion: 1, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 55, name: 'DescribeQuorum', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 56, name: 'AlterPartition', lowestVersion: 0, highestVersion: 3, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  { apiKey: 57, name: 'UpdateFeatures', lowestVersion: 0, highestVersion: 2, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 58, name: 'Envelope', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller', 'zkBroker'], latestVersionUnstable: false },
  { apiKey: 59, name: 'FetchSnapshot', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 60, name: 'DescribeCluster', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 61, name: 'DescribeProducers', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 62, name: 'BrokerRegistration', lowestVersion: 0, highestVersion: 4, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 63, name: 'BrokerHeartbeat', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 64, name: 'UnregisterBroker', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker', 'controller'], latestVersionUnstable: false },
  { apiKey: 65, name: 'DescribeTransactions', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 66, name: 'ListTransactions', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 67, name: 'AllocateProducerIds', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  { apiKey: 68, name: 'ConsumerGroupHeartbeat', lowestVersion: 0, highestVersion: 1, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: true },
  { apiKey: 69, name: 'ConsumerGroupDescribe', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['zkBroker', 'broker'], latestVersionUnstable: false },
  { apiKey: 70, name: 'ControllerRegistration', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 71, name: 'GetTelemetrySubscriptions', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: false },
  { apiKey: 72, name: 'PushTelemetry', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: false },
  { apiKey: 73, name: 'AssignReplicasToDirs', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 74, name: 'ListClientMetricsResources', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: false },
  { apiKey: 75, name: 'DescribeTopicPartitions', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: false },
  { apiKey: 76, name: 'ShareGroupHeartbeat', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 77, name: 'ShareGroupDescribe', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 78, name: 'ShareFetch', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 79, name: 'ShareAcknowledge', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 80, name: 'AddRaftVoter', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller', 'broker'], latestVersionUnstable: false },
  { apiKey: 81, name: 'RemoveRaftVoter', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller', 'broker'], latestVersionUnstable: false },
  { apiKey: 82, name: 'UpdateRaftVoter', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['controller'], latestVersionUnstable: false },
  { apiKey: 83, name: 'InitializeShareGroupState', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 84, name: 'ReadShareGroupState', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 85, name: 'WriteShareGroupState', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 86, name: 'DeleteShareGroupState', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
  { apiKey: 87, name: 'ReadShareGroupStateSummary', lowestVersion: 0, highestVersion: 0, requestFlexibleLowestVersion: 0, responseFlexibleLowestVersion: 0, listeners: ['broker'], latestVersionUnstable: true },
];

/** API keys by name, for readable call sites: `ApiKey.Produce === 0`. */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const;

const descriptorsByKey = new Map(apiDescriptors.map((descriptor) => [descriptor.apiKey, descriptor]));

/** The descriptor of `apiKey`, or undefined for a key Weir does not know. */
export function apiDescriptor(apiKey: number): ApiDescriptor | undefined {
  return descriptorsByKey.get(apiKey);
}

/**
 * The request header version of a request: 2 in flexible versions, else 1. Versions above the
 * valid range follow the same rule, so an ApiVersions request newer than ours still parses.
 * Exception: ControlledShutdown v0 uses header v0, which has no client id (RequestHeader.json).
 * Precondition: `apiKey` is known.
 */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  const descriptor = descriptorsByKey.get(apiKey);
  if (descriptor === undefined) throw new RangeError(`Unknown API key ${apiKey}`);
  if (apiKey === ApiKey.ControlledShutdown && apiVersion === 0) return 0;
  const flexibleLowest = descriptor.requestFlexibleLowestVersion;
  return flexibleLowest !== null && apiVersion >= flexibleLowest ? 2 : 1;
}

/**
 * The response header version of a response: 1 in flexible versions, else 0. Exception: the
 * ApiVersions response always uses header v0, so a client that does not yet know which
 * versions the broker speaks can read it (KIP-511). Precondition: `apiKey` is known.
 */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  const descriptor = descriptorsByKey.get(apiKey);
  if (descriptor === undefined) throw new RangeError(`Unknown API key ${apiKey}`);
  if (apiKey === ApiKey.ApiVersions) return 0;
  const flexibleLowest = descriptor.responseFlexibleLowestVersion;
  return flexibleLowest !== null && apiVersion >= flexibleLowest ? 1 : 0;
}
