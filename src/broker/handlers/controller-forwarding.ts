// The admin requests a broker hands to the controller unchanged (Kafka brokers forward them to
// the active controller, KIP-590): CreateTopics, DeleteTopics, CreatePartitions, AlterConfigs,
// IncrementalAlterConfigs, ElectLeaders, AlterPartitionReassignments, ListPartitionReassignments, and the voter changes AddRaftVoter and RemoveRaftVoter (KIP-853). The controller validates, commits the resulting metadata records and
// answers in the wire types; the broker's ControllerRouter (../controller-router.ts) decides
// whether this node's controller answers or the active one elsewhere, and refuses every item with
// NOT_CONTROLLER when none can (clients refresh metadata and retry). Each API keeps its exported
// version range in its own file beside this one.
import type { AlterConfigsRequest, AlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.js';
import type {
  CreatePartitionsRequest, CreatePartitionsResponse,
} from '../../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse,
} from '../../protocol/generated/messages/incremental-alter-configs.js';
import type { AddRaftVoterRequest, AddRaftVoterResponse } from '../../protocol/generated/messages/add-raft-voter.js';
import type {
  RemoveRaftVoterRequest, RemoveRaftVoterResponse,
} from '../../protocol/generated/messages/remove-raft-voter.js';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../../protocol/generated/messages/elect-leaders.js';
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse,
} from '../../protocol/generated/messages/alter-partition-reassignments.js';
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
} from '../../protocol/generated/messages/list-partition-reassignments.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** CreateTopics (API key 19): validate-only, configs and replica assignments go to the controller. */
export function forwardCreateTopics(services: BrokerServices, request: CreateTopicsRequest,
  context: RequestContext): Promise<CreateTopicsResponse> {
  return services.controller.createTopics(request, context);
}

/** DeleteTopics (API key 20): by name, or by topic id from v6. */
export function forwardDeleteTopics(services: BrokerServices, request: DeleteTopicsRequest,
  context: RequestContext): Promise<DeleteTopicsResponse> {
  return services.controller.deleteTopics(request, context);
}

/** CreatePartitions (API key 37). */
export function forwardCreatePartitions(services: BrokerServices, request: CreatePartitionsRequest,
  context: RequestContext): Promise<CreatePartitionsResponse> {
  return services.controller.createPartitions(request, context);
}

/** AlterConfigs (API key 33): replaces a resource's whole set of overrides. */
export function forwardAlterConfigs(services: BrokerServices, request: AlterConfigsRequest,
  context: RequestContext): Promise<AlterConfigsResponse> {
  return services.controller.alterConfigs(request, context);
}

/** AddRaftVoter (API key 80, KIP-853): the active controller adds the voter once it has caught up. */
export function forwardAddRaftVoter(services: BrokerServices, request: AddRaftVoterRequest,
  context: RequestContext): Promise<AddRaftVoterResponse> {
  return services.controller.addRaftVoter(request, context);
}

/** RemoveRaftVoter (API key 81, KIP-853). */
export function forwardRemoveRaftVoter(services: BrokerServices, request: RemoveRaftVoterRequest,
  context: RequestContext): Promise<RemoveRaftVoterResponse> {
  return services.controller.removeRaftVoter(request, context);
}

/** IncrementalAlterConfigs (API key 44): SET, DELETE, APPEND and SUBTRACT per key. */
export function forwardIncrementalAlterConfigs(services: BrokerServices, request: IncrementalAlterConfigsRequest,
  context: RequestContext): Promise<IncrementalAlterConfigsResponse> {
  return services.controller.incrementalAlterConfigs(request, context);
}

/** ElectLeaders (API key 43, KIP-460): preferred or unclean leader elections. */
export function forwardElectLeaders(services: BrokerServices, request: ElectLeadersRequest,
  context: RequestContext): Promise<ElectLeadersResponse> {
  return services.controller.electLeaders(request, context);
}

/** AlterPartitionReassignments (API key 45, KIP-455): starts or cancels reassignments. */
export function forwardAlterPartitionReassignments(services: BrokerServices, request: AlterPartitionReassignmentsRequest,
  context: RequestContext): Promise<AlterPartitionReassignmentsResponse> {
  return services.controller.alterPartitionReassignments(request, context);
}

/** ListPartitionReassignments (API key 46, KIP-455): the reassignments under way. */
export function forwardListPartitionReassignments(services: BrokerServices, request: ListPartitionReassignmentsRequest,
  context: RequestContext): Promise<ListPartitionReassignmentsResponse> {
  return services.controller.listPartitionReassignments(request, context);
}
