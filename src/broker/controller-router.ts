// Where a broker's admin requests go (KIP-590): to this node's own controller while it is the
// active one, else forwarded to the active controller elsewhere in an Envelope. Either way the
// client gets the controller's answer; when no controller can be reached every item is refused
// with NOT_CONTROLLER, which Kafka's clients retry. A local answer of NOT_CONTROLLER (the local
// controller lost its leadership mid-request) is forwarded to the next one. Handlers never ask
// which path was taken.
import type { Logger } from '../log/logger.js';
import { ApiKey, ErrorCode } from '../protocol/mod.js';
import type { AlterConfigsRequest, AlterConfigsResponse } from '../protocol/generated/messages/alter-configs.js';
import type {
  CreatePartitionsRequest, CreatePartitionsResponse,
} from '../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../protocol/generated/messages/delete-topics.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import type { AddRaftVoterRequest, AddRaftVoterResponse } from '../protocol/generated/messages/add-raft-voter.js';
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.js';
import type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from '../protocol/generated/messages/remove-raft-voter.js';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../protocol/generated/messages/elect-leaders.js';
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse,
} from '../protocol/generated/messages/alter-partition-reassignments.js';
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
} from '../protocol/generated/messages/list-partition-reassignments.js';
import type { ControllerForwarder } from '../net/envelope-forwarder.js';
import type { ControllerAccess, ControllerApi, RequestContext } from './broker-services.js';
import { namesNotController, refuseEveryItem } from './not-controller-answers.js';

export interface ControllerRouterOptions {
  /** This node's controller (a combined node), or null on a broker-only node. */
  readonly local: ControllerApi | null;
  /** The way to the active controller elsewhere, or null when this node is alone. */
  readonly forwarder: ControllerForwarder | null;
  readonly logger: Logger;
}

/** The controller as a broker's handlers reach it. */
export class ControllerRouter implements ControllerAccess {
  constructor(private readonly options: ControllerRouterOptions) {}

  createTopics(request: CreateTopicsRequest, context: RequestContext): Promise<CreateTopicsResponse> {
    return this.route(ApiKey.CreateTopics, request, context, (local) => local.createTopics(request, context.apiVersion));
  }

  deleteTopics(request: DeleteTopicsRequest, context: RequestContext): Promise<DeleteTopicsResponse> {
    return this.route(ApiKey.DeleteTopics, request, context, (local) => local.deleteTopics(request, context.apiVersion));
  }

  createPartitions(request: CreatePartitionsRequest, context: RequestContext): Promise<CreatePartitionsResponse> {
    return this.route(ApiKey.CreatePartitions, request, context,
      (local) => local.createPartitions(request, context.apiVersion));
  }

  alterConfigs(request: AlterConfigsRequest, context: RequestContext): Promise<AlterConfigsResponse> {
    return this.route(ApiKey.AlterConfigs, request, context, (local) => local.alterConfigs(request, context.apiVersion));
  }

  incrementalAlterConfigs(request: IncrementalAlterConfigsRequest, context: RequestContext):
    Promise<IncrementalAlterConfigsResponse> {
    return this.route(ApiKey.IncrementalAlterConfigs, request, context,
      (local) => local.incrementalAlterConfigs(request, context.apiVersion));
  }

  electLeaders(request: ElectLeadersRequest, context: RequestContext): Promise<ElectLeadersResponse> {
    return this.route(ApiKey.ElectLeaders, request, context, (local) => local.electLeaders(request, context.apiVersion));
  }

  alterPartitionReassignments(request: AlterPartitionReassignmentsRequest, context: RequestContext):
    Promise<AlterPartitionReassignmentsResponse> {
    return this.route(ApiKey.AlterPartitionReassignments, request, context,
      (local) => local.alterPartitionReassignments(request, context.apiVersion));
  }

  listPartitionReassignments(request: ListPartitionReassignmentsRequest, context: RequestContext):
    Promise<ListPartitionReassignmentsResponse> {
    return this.route(ApiKey.ListPartitionReassignments, request, context,
      (local) => local.listPartitionReassignments(request, context.apiVersion));
  }

  // The voter changes always travel in an Envelope, even on the active controller's own node:
  // the metadata quorum's APIs live on the controller listener (src/node/quorum-requests.ts),
  // not on the QuorumController this router holds, and the envelope reaches that listener.
  addRaftVoter(request: AddRaftVoterRequest, context: RequestContext): Promise<AddRaftVoterResponse> {
    return this.route(ApiKey.AddRaftVoter, request, context, null);
  }

  removeRaftVoter(request: RemoveRaftVoterRequest, context: RequestContext): Promise<RemoveRaftVoterResponse> {
    return this.route(ApiKey.RemoveRaftVoter, request, context, null);
  }

  /** DescribeQuorum from a broker that is not the quorum's leader: only the leader knows the voters' offsets. */
  describeQuorum(request: DescribeQuorumRequest, context: RequestContext): Promise<DescribeQuorumResponse> {
    return this.route(ApiKey.DescribeQuorum, request, context, null);
  }

  private async route<Response extends object>(apiKey: number, request: object, context: RequestContext,
    viaLocal: ((local: ControllerApi) => Promise<Response>) | null): Promise<Response> {
    const { local, forwarder } = this.options;
    if (viaLocal !== null && local !== null && local.isActive()) {
      const answer = await viaLocal(local);
      // This node's controller stopped being the active one before it answered (it renounced):
      // the next active controller takes the request, as it would from a forwarding broker.
      if (forwarder === null || !namesNotController(answer)) return answer;
    }
    if (forwarder === null) return this.refuse(apiKey, request, context, ErrorCode.NOT_CONTROLLER, 'No controller is active');
    const outcome = await forwarder.forward({
      apiKey, apiVersion: context.apiVersion, correlationId: context.correlationId, clientId: context.clientId,
      body: request, clientAddress: context.remoteAddress,
    });
    switch (outcome.kind) {
      case 'answered': return outcome.body as Response;
      case 'refused':
        return this.refuse(apiKey, request, context, outcome.errorCode, 'The active controller refused the forwarded request');
      case 'unanswered':
        this.options.logger.info('a forwarded request went unanswered', { apiKey, reason: outcome.reason });
        return this.refuse(apiKey, request, context, ErrorCode.NOT_CONTROLLER, outcome.reason);
      default: {
        const unexpected: never = outcome;
        throw new Error(`unexpected forward outcome ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private refuse<Response extends object>(apiKey: number, request: object, context: RequestContext,
    errorCode: number, message: string): Response {
    return refuseEveryItem(apiKey, request, context.apiVersion, errorCode, message) as Response;
  }
}
