// Which ConsumerGroupHeartbeat requests are well formed (Kafka's
// throwIfConsumerGroupHeartbeatRequestIsInvalid), checked once at the gateway before any state
// is read. Pure. Version 1 (Kafka 4.0, KIP-1082) makes the client choose its member id (a UUID)
// before it joins, so that a lost first answer cannot leave a member behind that nobody knows;
// version 0 members join with an empty id and the coordinator picks one.
import type { ConsumerGroupHeartbeatRequest } from '../../protocol/generated/messages/consumer-group-heartbeat.js';
import { ErrorCode } from '../../protocol/errors.js';
import { MemberEpoch } from './epoch-rules.js';
import { compileTopicRegex } from './topic-subscription.js';

export interface RequestRejection {
  readonly errorCode: number;
  readonly message: string;
}

function invalid(message: string): RequestRejection {
  return { errorCode: ErrorCode.INVALID_REQUEST, message };
}

function joinRejection(request: ConsumerGroupHeartbeatRequest): RequestRejection | undefined {
  if (request.rebalanceTimeoutMs === -1) return invalid('RebalanceTimeoutMs must be provided in first request');
  if (request.topicPartitions === null || request.topicPartitions.length > 0) {
    return invalid('TopicPartitions must be empty when (re-)joining');
  }
  const names = request.subscribedTopicNames ?? [];
  const regex = request.subscribedTopicRegex ?? '';
  if (names.length === 0 && regex === '') {
    return invalid('SubscribedTopicNames or SubscribedTopicRegex must be set in first request');
  }
  return undefined;
}

function epochRejection(request: ConsumerGroupHeartbeatRequest): RequestRejection | undefined {
  const { memberEpoch } = request;
  if (memberEpoch === MemberEpoch.JOIN) return joinRejection(request);
  if (memberEpoch > 0 || memberEpoch === MemberEpoch.LEAVE) {
    return request.memberId === '' ? invalid("MemberId can't be empty") : undefined;
  }
  if (memberEpoch === MemberEpoch.LEAVE_STATIC) {
    if (request.memberId === '') return invalid("MemberId can't be empty");
    return request.instanceId === null ? invalid("InstanceId can't be null") : undefined;
  }
  return invalid(`MemberEpoch ${memberEpoch} is invalid`);
}

/** Why the request is refused, or undefined when it is well formed. */
export function heartbeatRequestRejection(request: ConsumerGroupHeartbeatRequest, apiVersion: number,
  assignorNames: readonly string[]): RequestRejection | undefined {
  if (request.groupId === '') return invalid("GroupId can't be empty");
  if (request.instanceId === '') return invalid("InstanceId can't be empty");
  if (request.rackId === '') return invalid("RackId can't be empty");
  if (apiVersion >= 1 && request.memberId === '') return invalid("MemberId can't be empty");
  const epochProblem = epochRejection(request);
  if (epochProblem !== undefined) return epochProblem;
  if (request.serverAssignor !== null && !assignorNames.includes(request.serverAssignor)) {
    return {
      errorCode: ErrorCode.UNSUPPORTED_ASSIGNOR,
      message: `ServerAssignor "${request.serverAssignor}" is not supported; supported: ${assignorNames.join(', ')}`,
    };
  }
  const regex = request.subscribedTopicRegex;
  if (regex !== null && regex !== '' && compileTopicRegex(regex) === undefined) {
    return { errorCode: ErrorCode.INVALID_REGULAR_EXPRESSION, message: `SubscribedTopicRegex "${regex}" is invalid` };
  }
  return undefined;
}
