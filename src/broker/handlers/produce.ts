// Produce (API key 0) as a partition leader (Kafka's KafkaApis.handleProduceRequest and
// ReplicaManager.appendRecords). Versions 3+ only: they carry record batches of magic 2, which
// every listed client sends once the broker advertises Produce 3 and Fetch 4.
//
// acks: 0 (no response; any error closes the connection so the client learns of it), 1 (answer
// once the leader's log holds the batch), -1 (answer once every in-sync replica holds it, i.e.
// the high watermark passed it; NOT_ENOUGH_REPLICAS, before the append, when the committed ISR
// is below min.insync.replicas; NOT_ENOUGH_REPLICAS_AFTER_APPEND when it shrank below it by the
// time the batch was replicated; INVALID_TOPIC_EXCEPTION for an internal topic (__consumer_offsets
// is written by the group coordinator only); NOT_LEADER_OR_FOLLOWER when this broker's leadership ended
// while it waited; REQUEST_TIMED_OUT after timeoutMs). KIP-951: from v10 a
// NOT_LEADER_OR_FOLLOWER answer names the current leader and epoch, and its endpoint. Any other value: INVALID_REQUIRED_ACKS
// for every partition. A partition closed or deleted while the request waited for it (still
// opening, or for the high watermark) is UNKNOWN_TOPIC_OR_PARTITION once its topic is gone and
// NOT_LEADER_OR_FOLLOWER otherwise (partition-access.ts), as is an acks=-1 wait that the broker
// stopping ends. Each partition's batch is validated (validate-produce.ts) and handed to
// its log before this handler awaits anything (the connection also starts requests in order).
// Once every batch is appended the handler tells the connection (RequestContext.onSequenced),
// which may then start the next Produce while this one waits for its high watermark: pipelined
// acks=-1 requests share replica fetch rounds instead of costing one round each. Kafka mutes
// the connection until the answer leaves; the order of appends and of answers is the same.
import type { TopicName } from '../../protocol/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import type {
  ProduceRequest, ProduceRequestPartitionProduceData, ProduceResponse, ProduceResponsePartitionProduceResponse,
} from '../../protocol/generated/messages/produce.js';
import {
  createProduceResponse, createProduceResponsePartitionProduceResponse,
} from '../../protocol/generated/messages/produce.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import type { HandlerOutcome } from '../dispatch.js';
import type { Partition } from '../partition/partition.js';
import { validateProduceRecords } from '../partition/validate-produce.js';
import { isInternalTopic } from '../../controller/topic-names.js';
import { waitForHighWatermark } from '../partition/high-watermark-wait.js';
import { currentLeaderFor, leaderEndpoints } from './current-leader.js';
import { closedPartitionErrorCode, partitionFailureCode, partitionOrError } from './partition-access.js';

/** Versions of Produce this broker handles. */
export const produceVersions = { lowestVersion: 3, highestVersion: 11 } as const;

type PartitionResponse = ProduceResponsePartitionProduceResponse;

/** Handles a Produce request; acks=0 yields no response (or a close on error). */
export async function handleProduce(services: BrokerServices, request: ProduceRequest,
  context: RequestContext): Promise<HandlerOutcome> {
  const validAcks = request.acks === 0 || request.acks === 1 || request.acks === -1;
  const appending = request.topicData.map((topic) => Promise.all(topic.partitionData.map((data) => validAcks
    ? produceToPartition(services, request, context, topic.name, data)
    : Promise.resolve<Appended>({ kind: 'answered',
      response: refusal(data.index, ErrorCode.INVALID_REQUIRED_ACKS, `Invalid acks ${request.acks}`) }))));
  const appended = await Promise.all(appending);
  // Every batch is in its log (or refused): the next Produce on this connection may append
  // while this one waits for its high watermark, so one replica fetch round covers both.
  context.onSequenced?.();
  const responses = await Promise.all(request.topicData.map(async (topic, topicIndex) => ({
    name: topic.name,
    partitionResponses: await Promise.all((appended[topicIndex] ?? []).map((partition) =>
      partition.kind === 'answered' ? partition.response : awaitReplicated(services, request, partition))),
  })));
  if (request.acks === 0) {
    const failed = responses.flatMap((topic) => topic.partitionResponses).find((partition) => partition.errorCode !== 0);
    return failed === undefined ? { kind: 'no-response' }
      : { kind: 'close', reason: `acks=0 produce failed with error ${failed.errorCode}` };
  }
  const body: ProduceResponse = createProduceResponse({ responses, throttleTimeMs: 0 });
  if (context.apiVersion >= 10) nameCurrentLeaders(services, body, context.listenerName);
  return { kind: 'respond', body };
}

/** KIP-951: each NOT_LEADER_OR_FOLLOWER answer names the current leader; the body lists its endpoint. */
function nameCurrentLeaders(services: BrokerServices, body: ProduceResponse, listenerName: string): void {
  const image = services.image();
  const leaders = [];
  for (const topic of body.responses) {
    for (const partition of topic.partitionResponses) {
      const leader = currentLeaderFor(image.topicsByName.get(topic.name), partition.index, partition.errorCode);
      if (leader === undefined) continue;
      partition.currentLeader = { ...leader };
      leaders.push(leader.leaderId);
    }
  }
  body.nodeEndpoints = leaderEndpoints(image, leaders, listenerName);
}

function refusal(index: number, errorCode: number, errorMessage: string | null,
  recordErrors: PartitionResponse['recordErrors'] = []): PartitionResponse {
  return createProduceResponsePartitionProduceResponse({ index, errorCode, baseOffset: -1n, errorMessage,
    recordErrors });
}

/** One partition's batch after its append: answered already (refused), or in the leader's log. */
type Appended =
  | { readonly kind: 'answered'; readonly response: PartitionResponse }
  | { readonly kind: 'appended'; readonly partition: Partition; readonly index: number;
      readonly leaderEpoch: number; readonly result: Awaited<ReturnType<Partition['appendAsLeader']>> };

/** Validates and appends one partition's batch. Synchronous up to the append when the log is open. */
function produceToPartition(services: BrokerServices, request: ProduceRequest, context: RequestContext,
  topicName: TopicName, data: ProduceRequestPartitionProduceData): Promise<Appended> {
  // Kafka's ReplicaManager refuses client appends to internal topics: the group coordinator's
  // state is the replay of __consumer_offsets, written by the coordinator alone (src/group).
  if (isInternalTopic(topicName)) {
    return Promise.resolve(answered(refusal(data.index, ErrorCode.INVALID_TOPIC_EXCEPTION,
      `Cannot append to internal topic ${topicName}`)));
  }
  const image = services.image();
  const lookup = services.replicas.lookup(image, topicName, data.index);
  if (lookup.kind === 'ready') return appendTo(services, request, context, lookup.partition, data);
  return partitionOrError(services, image, topicName, data.index).then((found) => typeof found === 'number'
    ? answered(refusal(data.index, found, null))
    : appendTo(services, request, context, found, data));
}

function answered(response: PartitionResponse): Appended {
  return { kind: 'answered', response };
}

function appendTo(services: BrokerServices, request: ProduceRequest, context: RequestContext,
  partition: Partition, data: ProduceRequestPartitionProduceData): Promise<Appended> {
  const validation = validateProduceRecords(data.records, { settings: partition.settings,
    nowMs: services.clock.now(), apiVersion: context.apiVersion });
  if (!validation.ok) {
    return Promise.resolve(answered(refusal(data.index, validation.errorCode, validation.errorMessage,
      validation.recordErrors.map((error) => ({ batchIndex: error.batchIndex, batchIndexErrorMessage: error.message })))));
  }
  // The image names this broker leader, but its replica has not taken the role yet (or lost it).
  if (!partition.isLeader) return Promise.resolve(answered(refusal(data.index, ErrorCode.NOT_LEADER_OR_FOLLOWER, null)));
  if (request.acks === -1 && partition.inSyncReplicaCount < partition.settings.minInsyncReplicas) {
    return Promise.resolve(answered(refusal(data.index, ErrorCode.NOT_ENOUGH_REPLICAS,
      `In-sync replicas ${partition.inSyncReplicaCount} below min.insync.replicas ${partition.settings.minInsyncReplicas}`)));
  }
  const records = data.records as Uint8Array;
  const leaderEpoch = partition.leaderEpoch;
  return partition.appendAsLeader(records).then((result): Appended =>
    ({ kind: 'appended', partition, index: data.index, leaderEpoch, result }), (error: unknown) => {
    const errorCode = partitionFailureCode(services, partition, error);
    return answered(refusal(data.index, errorCode, errorCode === ErrorCode.KAFKA_STORAGE_ERROR ? 'The partition log failed' : null));
  });
}

/** acks=-1: waits until the high watermark covers the appended batch; then the partition's answer. */
async function awaitReplicated(services: BrokerServices, request: ProduceRequest,
  appended: Extract<Appended, { kind: 'appended' }>): Promise<PartitionResponse> {
  const { partition, index, leaderEpoch, result } = appended;
  if (request.acks === -1 && services.testOnlyAcknowledgeBeforeReplicated !== true) {
    const waited = await waitForHighWatermark(partition, result.lastOffset + 1, {
      clock: services.clock, timeoutMs: Math.max(request.timeoutMs, 0), leaderEpoch,
      isStopping: () => services.isStopping(), onStopping: (listener) => services.onStopping(listener) });
    if (waited === 'closed') return refusal(index, closedPartitionErrorCode(services, partition), null);
    // The leader is going away or gone; the client retries with the next one.
    if (waited === 'stopping' || waited === 'not-leader') return refusal(index, ErrorCode.NOT_LEADER_OR_FOLLOWER, null);
    if (waited === 'timed-out') return refusal(index, ErrorCode.REQUEST_TIMED_OUT, 'Not replicated within the timeout');
    // Kafka's DelayedProduce: replicated, but by fewer in-sync replicas than asked for (as
    // leader: a replica that lost leadership after the batch was covered answers as it was).
    if (partition.isLeader && partition.inSyncReplicaCount < partition.settings.minInsyncReplicas) {
      return refusal(index, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND,
        `In-sync replicas ${partition.inSyncReplicaCount} fell below min.insync.replicas ${partition.settings.minInsyncReplicas}`);
    }
  }
  const logAppendTime = partition.settings.timestampType === 'LogAppendTime';
  return createProduceResponsePartitionProduceResponse({
    index,
    errorCode: ErrorCode.NONE,
    baseOffset: BigInt(result.baseOffset),
    logAppendTimeMs: logAppendTime ? BigInt(result.maxTimestampMs) : -1n,
    logStartOffset: BigInt(partition.offsets.logStartOffset),
  });
}
