// What a Kafka request handler may use (handlers/*.ts): the node's identity and config, the
// runtime clock, the latest metadata image, the hosted partitions, the controller for admin
// requests, the Raft status, and this broker's advertised endpoints. Handlers never write
// metadata: admin requests go to the controller, which answers once its records are committed
// and the image shows them. A narrow interface, so tests can hand in fakes.
import type { AddRaftVoterRequest, AddRaftVoterResponse } from '../protocol/generated/messages/add-raft-voter.js';
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.js';
import type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from '../protocol/generated/messages/remove-raft-voter.js';
import type { RaftStatus } from '../../raft/mod.js';
import type { NodeConfig } from '../config/node-config.js';
import type { Logger } from '../log/logger.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import type { NodeId, Uuid } from '../protocol/mod.js';
import type {
  AlterConfigsRequest, AlterConfigsResponse,
} from '../protocol/generated/messages/alter-configs.js';
import type {
  CreatePartitionsRequest, CreatePartitionsResponse,
} from '../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../protocol/generated/messages/delete-topics.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../protocol/generated/messages/elect-leaders.js';
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse,
} from '../protocol/generated/messages/alter-partition-reassignments.js';
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
} from '../protocol/generated/messages/list-partition-reassignments.js';
import type { Clock } from '../runtime/seam.js';
import type { BrokerMetrics } from './metrics.js';
import type { Partition } from './partition/partition.js';
import type { ReplicaManager } from './replica-manager.js';
import type { GroupCoordinator } from '../group/runtime/group-coordinator.js';
import type { ProducerIdManager } from './producer-ids/producer-id-manager.js';

/**
 * The controller operations the broker forwards, in the generated wire types (as Kafka's
 * controller APIs take them). The QuorumController satisfies it; each call resolves after the
 * resulting records are committed (or with per-item error codes).
 */
export interface ControllerApi {
  /** True while this node leads the controller quorum (admin requests are accepted). */
  isActive(): boolean;
  createTopics(request: CreateTopicsRequest, apiVersion: number): Promise<CreateTopicsResponse>;
  deleteTopics(request: DeleteTopicsRequest, apiVersion: number): Promise<DeleteTopicsResponse>;
  createPartitions(request: CreatePartitionsRequest, apiVersion: number): Promise<CreatePartitionsResponse>;
  alterConfigs(request: AlterConfigsRequest, apiVersion: number): Promise<AlterConfigsResponse>;
  incrementalAlterConfigs(request: IncrementalAlterConfigsRequest, apiVersion: number):
    Promise<IncrementalAlterConfigsResponse>;
  electLeaders(request: ElectLeadersRequest, apiVersion: number): Promise<ElectLeadersResponse>;
  alterPartitionReassignments(request: AlterPartitionReassignmentsRequest, apiVersion: number):
    Promise<AlterPartitionReassignmentsResponse>;
  listPartitionReassignments(request: ListPartitionReassignmentsRequest, apiVersion: number):
    Promise<ListPartitionReassignmentsResponse>;
}

/** `Api`'s operations as handlers call them: with the request's context in place of its version. */
type WithRequestContext<Api> = {
  [Operation in keyof Api]: Api[Operation] extends (request: infer Body, apiVersion: number) => infer Answer
    ? (request: Body, context: RequestContext) => Answer : never;
};

/**
 * The same operations as handlers reach them (controller-router.ts): this node's controller when
 * it is active, else the active controller elsewhere through forwarding. The request's context
 * travels with it, so a forwarded request carries the client's id and address.
 */
export interface ControllerAccess extends WithRequestContext<Omit<ControllerApi, 'isActive'>> {
  /** KIP-853: voter changes a client sends a broker go to the active controller. */
  addRaftVoter(request: AddRaftVoterRequest, context: RequestContext): Promise<AddRaftVoterResponse>;
  describeQuorum(request: DescribeQuorumRequest, context: RequestContext): Promise<DescribeQuorumResponse>;
  removeRaftVoter(request: RemoveRaftVoterRequest, context: RequestContext): Promise<RemoveRaftVoterResponse>;
}

/** One endpoint a client reaches this broker at, per listener name. */
export interface AdvertisedEndpoint {
  readonly listenerName: string;
  readonly host: string;
  readonly port: number;
}

/** Everything handlers use. */
/** What the metadata quorum knows of a voter: its directory id and endpoints (src/quorum's VoterInfo fits). */
export interface QuorumVoter {
  readonly directoryId: Uuid;
  readonly endpoints: ReadonlyArray<{ readonly name: string; readonly host: string; readonly port: number }>;
}

export interface BrokerServices {
  readonly nodeId: NodeId;
  readonly config: NodeConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where handlers report per-topic traffic (bytes and messages in, bytes out). */
  readonly metrics: BrokerMetrics;
  /** The latest metadata image. */
  image(): MetadataImage;
  readonly replicas: ReplicaManager;
  /**
   * The group coordinator (src/group/runtime/): `shardFor(groupId)` gives the loaded shard of a
   * group, or NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS / COORDINATOR_NOT_AVAILABLE.
   */
  readonly groups: GroupCoordinator;
  /** Producer ids for idempotent producers, from blocks the controller allocates (KIP-730). */
  readonly producerIds: ProducerIdManager;
  readonly controller: ControllerAccess;
  raftStatus(): RaftStatus;
  /** What the metadata quorum knows of each voter it ever named (directory id, endpoints), by id. */
  knownVoters(): ReadonlyMap<number, QuorumVoter>;
  /** This broker's client endpoints (advertised.listeners, else the bound listeners). */
  advertisedEndpoints(): readonly AdvertisedEndpoint[];
  /** True once the broker is stopping: long polls return at once. */
  isStopping(): boolean;
  /** Calls `listener` once when the broker starts stopping; returns its removal. */
  onStopping(listener: () => void): () => void;
  /** A follower fetched from `partition`, which this broker leads: it may rejoin the ISR. */
  onFollowerFetch(partition: Partition): void;
  /** Test only (TestOnlyBreakReplication): acks=all answered at the leader's append. */
  readonly testOnlyAcknowledgeBeforeReplicated?: boolean;
  /** Test only: consumers are shown a new leader's high watermark before it is known. */
  readonly testOnlyShowUnknownHighWatermark?: boolean;
  /** Test only: consumer fetches read up to the log end, past the high watermark. */
  readonly testOnlyServeAboveHighWatermark?: boolean;
}

/** What a handler knows about the request besides its body. */
export interface RequestContext {
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  /** The listener the request arrived on (Metadata answers with that listener's endpoints). */
  readonly listenerName: string;
  readonly remoteAddress: string;
  /**
   * Called (at most once) when the part of this request that later requests on the connection
   * must see is done: a Produce's appends, before an acks=-1 wait for the high watermark. The
   * connection then starts the next Produce (connection.ts); without it, the end of the request.
   */
  readonly onSequenced?: () => void;
}
