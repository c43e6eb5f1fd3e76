// The Kafka requests a controller answers on its controller listener (KIP-631, KIP-590): a
// broker's registration, heartbeats and unregistration, a partition leader's AlterPartition, and the admin requests brokers forward in
// an Envelope. Everything else a client might send there is not advertised, so the connection
// closes on it as a broker's would. The controller itself answers NOT_CONTROLLER while it is not
// the active one; the metadata quorum's own APIs (quorum-requests.ts) likewise. An Envelope is refused whole with NOT_CONTROLLER then, as Kafka's is, so the
// forwarding broker tries the controller it learns of next.
import assert from 'node:assert/strict';
import { isAdvertised, type HandlerOutcome } from '../broker/dispatch.js';
import type { ControllerApi, RequestContext } from '../broker/broker-services.js';
import { handleApiVersions, apiVersionsVersions } from '../broker/handlers/api-versions.js';
import { controllerApiKeys, namesNotController } from '../broker/not-controller-answers.js';
import type { Logger } from '../log/logger.js';
import { openRequest, refuseEnvelope, sealResponse } from '../net/envelope.js';
import { ApiKey, ErrorCode, apiDescriptor, type VersionRange } from '../protocol/mod.js';
import type { ApiVersionsRequest } from '../protocol/generated/messages/api-versions.js';
import type {
  BrokerHeartbeatRequest, BrokerHeartbeatResponse,
} from '../protocol/generated/messages/broker-heartbeat.js';
import type {
  BrokerRegistrationRequest, BrokerRegistrationResponse,
} from '../protocol/generated/messages/broker-registration.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from '../protocol/generated/messages/alter-partition.js';
import type {
  AllocateProducerIdsRequest, AllocateProducerIdsResponse,
} from '../protocol/generated/messages/allocate-producer-ids.js';
import type { AddRaftVoterRequest } from '../protocol/generated/messages/add-raft-voter.js';
import type { DescribeQuorumRequest } from '../protocol/generated/messages/describe-quorum.js';
import type { RemoveRaftVoterRequest } from '../protocol/generated/messages/remove-raft-voter.js';
import type { UpdateRaftVoterRequest } from '../protocol/generated/messages/update-raft-voter.js';
import type { QuorumRequests } from './quorum-requests.js';
import type { EnvelopeRequest, EnvelopeResponse } from '../protocol/generated/messages/envelope.js';
import type {
  UnregisterBrokerRequest, UnregisterBrokerResponse,
} from '../protocol/generated/messages/unregister-broker.js';

/** What the controller listener hands requests to: the QuorumController satisfies it. */
export interface ControllerRequestHandlers extends ControllerApi {
  brokerRegistration(request: BrokerRegistrationRequest, apiVersion: number): Promise<BrokerRegistrationResponse>;
  brokerHeartbeat(request: BrokerHeartbeatRequest, apiVersion: number): Promise<BrokerHeartbeatResponse>;
  unregisterBroker(request: UnregisterBrokerRequest, apiVersion: number): Promise<UnregisterBrokerResponse>;
  alterPartition(request: AlterPartitionRequest, apiVersion: number): Promise<AlterPartitionResponse>;
  allocateProducerIds(request: AllocateProducerIdsRequest, apiVersion: number): Promise<AllocateProducerIdsResponse>;
}

/** Every version the generated codecs know of `apiKey`. */
function codecRange(apiKey: number): VersionRange {
  const descriptor = apiDescriptor(apiKey);
  assert.ok(descriptor !== undefined, `API key ${apiKey} has codecs`);
  return { lowestVersion: descriptor.lowestVersion, highestVersion: descriptor.highestVersion };
}

/** The APIs advertised on the controller listener, by key. */
const controllerApis: ReadonlyMap<number, VersionRange> = new Map<number, VersionRange>([
  [ApiKey.ApiVersions, apiVersionsVersions],
  [ApiKey.Envelope, codecRange(ApiKey.Envelope)],
  [ApiKey.BrokerRegistration, codecRange(ApiKey.BrokerRegistration)],
  [ApiKey.BrokerHeartbeat, codecRange(ApiKey.BrokerHeartbeat)],
  [ApiKey.UnregisterBroker, codecRange(ApiKey.UnregisterBroker)],
  // A partition leader's ISR changes (issue 11).
  [ApiKey.AlterPartition, codecRange(ApiKey.AlterPartition)],
  // A broker's next block of producer ids for idempotent producers (KIP-730, issue 13).
  [ApiKey.AllocateProducerIds, codecRange(ApiKey.AllocateProducerIds)],
  // Kafka's admin client with bootstrap.controllers sends these straight here (KIP-853, KIP-919).
  [ApiKey.DescribeQuorum, codecRange(ApiKey.DescribeQuorum)],
  [ApiKey.AddRaftVoter, codecRange(ApiKey.AddRaftVoter)],
  [ApiKey.RemoveRaftVoter, codecRange(ApiKey.RemoveRaftVoter)],
  [ApiKey.UpdateRaftVoter, codecRange(ApiKey.UpdateRaftVoter)],
]);

/** The ApiVersions entries of the controller listener, ordered by key. */
export function controllerApiRanges(): { apiKey: number; minVersion: number; maxVersion: number }[] {
  return [...controllerApis].sort(([left], [right]) => left - right)
    .map(([apiKey, range]) => ({ apiKey, minVersion: range.lowestVersion, maxVersion: range.highestVersion }));
}

/** Whether (apiKey, apiVersion) is advertised on the controller listener. */
export function isControllerAdvertised(apiKey: number, apiVersion: number): boolean {
  const range = controllerApis.get(apiKey);
  return range !== undefined && apiVersion >= range.lowestVersion && apiVersion <= range.highestVersion;
}

/** Answers one decoded request. Precondition: `isControllerAdvertised(apiKey, version)`. */
export async function dispatchControllerRequest(controller: ControllerRequestHandlers, quorum: QuorumRequests,
  logger: Logger, context: RequestContext, apiKey: number, body: object): Promise<HandlerOutcome> {
  assert.ok(isControllerAdvertised(apiKey, context.apiVersion), 'only advertised requests are dispatched');
  const version = context.apiVersion;
  switch (apiKey) {
    case ApiKey.ApiVersions:
      return respond(handleApiVersions(body as ApiVersionsRequest, controllerApiRanges()));
    case ApiKey.BrokerRegistration:
      return respond(await controller.brokerRegistration(body as BrokerRegistrationRequest, version));
    case ApiKey.BrokerHeartbeat:
      return respond(await controller.brokerHeartbeat(body as BrokerHeartbeatRequest, version));
    case ApiKey.UnregisterBroker:
      return respond(await controller.unregisterBroker(body as UnregisterBrokerRequest, version));
    case ApiKey.AlterPartition:
      return respond(await controller.alterPartition(body as AlterPartitionRequest, version));
    case ApiKey.AllocateProducerIds:
      return respond(await controller.allocateProducerIds(body as AllocateProducerIdsRequest, version));
    case ApiKey.Envelope:
      return respond(await answerEnvelope(controller, quorum, logger, body as EnvelopeRequest, context));
    case ApiKey.DescribeQuorum:
      return respond(quorum.describeQuorum(body as DescribeQuorumRequest, version));
    case ApiKey.AddRaftVoter:
      return respond(await quorum.addRaftVoter(body as AddRaftVoterRequest));
    case ApiKey.RemoveRaftVoter:
      return respond(await quorum.removeRaftVoter(body as RemoveRaftVoterRequest));
    case ApiKey.UpdateRaftVoter:
      return respond(await quorum.updateRaftVoter(body as UpdateRaftVoterRequest));
    default:
      return assert.fail(`API key ${apiKey} is advertised on the controller listener but has no handler`);
  }
}

/** Opens a forwarded request, has the controller answer it, and seals the answer. */
async function answerEnvelope(controller: ControllerRequestHandlers, quorum: QuorumRequests, logger: Logger,
  envelope: EnvelopeRequest,
  context: RequestContext): Promise<EnvelopeResponse> {
  const opened = openRequest(envelope);
  if ('problem' in opened) {
    logger.warn('refused an unreadable forwarded request', { from: context.remoteAddress, problem: opened.problem });
    return refuseEnvelope(ErrorCode.INVALID_REQUEST);
  }
  const { header, body } = opened;
  // Only what a broker would forward, in a version a broker advertises (and so the controller's
  // handlers take).
  if (!controllerApiKeys.has(header.requestApiKey) || !isAdvertised(header.requestApiKey, header.requestApiVersion)) {
    logger.warn('refused a forwarded request of an API the controller does not take', {
      from: context.remoteAddress, apiKey: header.requestApiKey, apiVersion: header.requestApiVersion,
    });
    return refuseEnvelope(ErrorCode.INVALID_REQUEST);
  }
  if (!controller.isActive()) return refuseEnvelope(ErrorCode.NOT_CONTROLLER);
  const version = header.requestApiVersion;
  const answer = await answerForwarded(controller, quorum, header.requestApiKey, body, version);
  // Not active any more (it renounced while the request waited): refused whole, so that the
  // forwarding broker sends it to the next active controller, as Kafka's controller answers.
  if (namesNotController(answer)) return refuseEnvelope(ErrorCode.NOT_CONTROLLER);
  return sealResponse(header, answer);
}

function answerForwarded(controller: ControllerApi, quorum: QuorumRequests, apiKey: number, body: object,
  version: number): Promise<object> {
  switch (apiKey) {
    // KIP-853: brokers forward the voter changes an admin client sends them.
    case ApiKey.AddRaftVoter: return quorum.addRaftVoter(body as AddRaftVoterRequest);
    case ApiKey.RemoveRaftVoter: return quorum.removeRaftVoter(body as RemoveRaftVoterRequest);
    case ApiKey.DescribeQuorum: return Promise.resolve(quorum.describeQuorum(body as DescribeQuorumRequest, version));
    case ApiKey.CreateTopics: return controller.createTopics(body as Parameters<ControllerApi['createTopics']>[0], version);
    case ApiKey.DeleteTopics: return controller.deleteTopics(body as Parameters<ControllerApi['deleteTopics']>[0], version);
    case ApiKey.CreatePartitions:
      return controller.createPartitions(body as Parameters<ControllerApi['createPartitions']>[0], version);
    case ApiKey.AlterConfigs: return controller.alterConfigs(body as Parameters<ControllerApi['alterConfigs']>[0], version);
    case ApiKey.IncrementalAlterConfigs:
      return controller.incrementalAlterConfigs(body as Parameters<ControllerApi['incrementalAlterConfigs']>[0], version);
    case ApiKey.ElectLeaders: return controller.electLeaders(body as Parameters<ControllerApi['electLeaders']>[0], version);
    case ApiKey.AlterPartitionReassignments:
      return controller.alterPartitionReassignments(
        body as Parameters<ControllerApi['alterPartitionReassignments']>[0], version);
    case ApiKey.ListPartitionReassignments:
      return controller.listPartitionReassignments(
        body as Parameters<ControllerApi['listPartitionReassignments']>[0], version);
    default:
      return assert.fail(`API key ${apiKey} is not forwarded to the controller`);
  }
}

function respond(body: object): HandlerOutcome {
  return { kind: 'respond', body };
}
