// Fetch (API key 1) for consumers and follower replicas, versions 0-17 (Kafka's
// KafkaApis.handleFetchRequest, ReplicaManager.fetchMessages and DelayedFetch; issue 11).
//
// - A replica fetch names the follower: ReplicaState.ReplicaId and ReplicaEpoch (its broker
//   epoch) from v15, the ReplicaId field before. It must reach the partition's leader (else
//   NOT_LEADER_OR_FOLLOWER), from one of the partition's other replicas (else
//   NOT_LEADER_OR_FOLLOWER, as Kafka refuses a replica it does not recognize), in the leader's
//   epoch (CurrentLeaderEpoch older: FENCED_LEADER_EPOCH, newer: UNKNOWN_LEADER_EPOCH). From v12
//   its LastFetchedEpoch is checked against the leader's epoch cache: on disagreement the answer
//   is DivergingEpoch and no records (truncation-point.ts). Otherwise the fetch offset is taken
//   as the follower's log end (ISR and high watermark), and it reads up to the log end, not the
//   high watermark, which the answer carries back.
// - KIP-951: NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH answers name the current leader
//   (v12+) and its endpoint (v16+).
// - KIP-392, when replica.selector.class is Kafka's RackAwareReplicaSelector: a consumer fetch
//   (v11+) naming its rack is answered by the leader with PreferredReadReplica, the fit follower
//   of that rack (preferred-read-replica.ts; unfenced), and no records; a follower serves such
//   consumers below its own high watermark. Without the selector only leaders serve consumers.
//
// - Topics are named by id from v13 (UNKNOWN_TOPIC_ID when unknown; platformatic always sends
//   ids), by name before (UNKNOWN_TOPIC_OR_PARTITION).
// - A consumer is never shown a high watermark lower than an earlier leader showed
//   (consumer-high-watermark.ts): while a new leader's high watermark is below its epoch's start
//   offset, its partition is answered OFFSET_NOT_AVAILABLE (retriable, as Kafka's consumer
//   treats it) without records or offsets. That answer does not end a long poll: the wait goes
//   on until the high watermark is known (a follower fetched), minBytes or the timeout.
// - Reads stop at the high watermark; the last stable offset is the high watermark (no
//   transactions), so read_committed clients see the same records. A fetch offset outside
//   [log start, log end] is OFFSET_OUT_OF_RANGE.
// - Size limits (KIP-74): each partition reads at most partitionMaxBytes and the response at
//   most maxBytes, except that the first partition with data returns at least one whole batch
//   (v3+), so a batch larger than the limits still makes progress.
// - Long polling: when no error occurred and fewer than minBytes are ready, the response waits
//   for appends to the fetched partitions, re-reading after each, until minBytes are there or
//   maxWaitMs passes (a runtime timer), or the broker stops. A fetched partition that closes
//   meanwhile (topic deleted, leadership moved) ends the wait at once, as Kafka completes its
//   delayed fetches when a partition stops; it is answered as it is named now
//   (UNKNOWN_TOPIC_OR_PARTITION, or UNKNOWN_TOPIC_ID by id, once the topic is gone;
//   NOT_LEADER_OR_FOLLOWER otherwise). So does one whose leadership here ends (it stays hosted
//   as a follower): NOT_LEADER_OR_FOLLOWER.
// - Fetch sessions (KIP-227) are not kept: sessionId 0 is answered, meaning "no session"; an
//   incremental request (epoch > 0) gets FETCH_SESSION_ID_NOT_FOUND so the client starts over.
import type { NodeId, TopicName, Uuid } from '../../protocol/mod.js';
import { ErrorCode, ZERO_UUID } from '../../protocol/mod.js';
import type {
  FetchRequest, FetchRequestFetchPartition, FetchResponse, FetchResponsePartitionData,
} from '../../protocol/generated/messages/fetch.js';
import { createFetchResponse, createFetchResponsePartitionData } from '../../protocol/generated/messages/fetch.js';
import type { MetadataImage, TopicImage } from '../../metadata/image/metadata-image.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import type { Partition } from '../partition/partition.js';
import { preferredReadReplica } from '../partition/preferred-read-replica.js';
import { checkDivergence } from '../partition/truncation-point.js';
import { currentLeaderFor, leaderEndpoints } from './current-leader.js';
import { leaderEpochErrorCode, partitionFailureCode, partitionOrError } from './partition-access.js';

/** Versions of Fetch this broker handles. */
export const fetchVersions = { lowestVersion: 0, highestVersion: 17 } as const;


/** One fetched partition, resolved once per request. */
interface Target {
  readonly topicName: TopicName;
  readonly topicId: Uuid;
  readonly request: FetchRequestFetchPartition;
  readonly partition: Partition | undefined;
  readonly errorCode: number;
  /** KIP-951: the leader to name beside a NOT_LEADER_OR_FOLLOWER or FENCED_LEADER_EPOCH answer. */
  readonly currentLeader?: { readonly leaderId: NodeId; readonly leaderEpoch: number };
}

/** Who fetches: a consumer (replicaId -1) or a follower replica with its broker epoch. */
interface Fetcher {
  readonly replicaId: number;
  readonly brokerEpoch: number;
  /**
   * KIP-392: a consumer fetch (v11+) on a broker whose replica.selector.class is the rack-aware
   * one: followers serve it (below their own high watermark), and the leader may send it to one.
   */
  readonly mayReadFollowers: boolean;
}

/** The fetching replica as the request's version names it. */
function fetcherOf(services: BrokerServices, request: FetchRequest, version: number): Fetcher {
  const replica = version >= 15
    ? { replicaId: request.replicaState.replicaId, brokerEpoch: Number(request.replicaState.replicaEpoch) }
    : { replicaId: request.replicaId, brokerEpoch: -1 };
  const mayReadFollowers = replica.replicaId < 0 && version >= 11 && services.config.replicaSelectorClass === 'rack-aware';
  return { ...replica, mayReadFollowers };
}

interface ReadPass {
  readonly partitions: FetchResponsePartitionData[];
  readonly totalBytes: number;
  readonly failed: boolean;
}

/** Answers a Fetch request, long-polling when asked to. */
export async function handleFetch(services: BrokerServices, request: FetchRequest,
  context: RequestContext): Promise<FetchResponse> {
  if (request.sessionEpoch > 0) {
    return createFetchResponse({ errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] });
  }
  const fetcher = fetcherOf(services, request, context.apiVersion);
  const targets = await resolveTargets(services, request, { version: context.apiVersion, fetcher });
  const fetch: FetchAsked = { request, version: context.apiVersion, fetcher };
  let pass = await readAll(services, targets, fetch);
  const mustWait = !pass.failed && pass.totalBytes < request.minBytes && request.maxWaitMs > 0 && targets.length > 0;
  if (mustWait && !services.isStopping()) pass = await waitForData(services, targets, fetch);
  recordTraffic(services, targets, pass.partitions, fetcher.replicaId >= 0 ? 'replica' : 'consumer');
  const leaders = targets.flatMap((target) => target.currentLeader === undefined ? [] : [target.currentLeader.leaderId]);
  return createFetchResponse({ throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0,
    responses: groupResponses(targets, pass.partitions),
    nodeEndpoints: context.apiVersion >= 16 ? leaderEndpoints(services.image(), leaders, context.listenerName) : [] });
}

/** The request as each partition's read needs it. */
interface FetchAsked {
  readonly request: FetchRequest;
  readonly version: number;
  readonly fetcher: Fetcher;
}

async function resolveTargets(services: BrokerServices, request: FetchRequest,
  asked: { readonly version: number; readonly fetcher: Fetcher }): Promise<Target[]> {
  const { version } = asked;
  const image = services.image();
  const targets: Target[] = [];
  for (const topic of request.topics) {
    const topicImage = version >= 13 ? image.topicsById.get(topic.topicId) : image.topicsByName.get(topic.topic);
    const missingCode = version >= 13 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    for (const partitionRequest of topic.partitions) {
      const base = { topicName: topicImage?.name ?? topic.topic, topicId: topicImage?.topicId ?? topic.topicId,
        request: partitionRequest };
      if (topicImage === undefined) {
        targets.push({ ...base, partition: undefined, errorCode: missingCode });
        continue;
      }
      const found = await partitionOrFollower(services, image, topicImage, partitionRequest.partition, asked.fetcher);
      const errorCode = typeof found === 'number' ? byIdCode(found, version)
        : leaderEpochErrorCode(partitionRequest.currentLeaderEpoch, found) || replicaError(found, asked.fetcher);
      const currentLeader = version >= 12
        ? currentLeaderFor(services.image().topicsById.get(topicImage.topicId), partitionRequest.partition, errorCode) : undefined;
      targets.push({ ...base, partition: typeof found === 'number' ? undefined : found, errorCode,
        ...(currentLeader === undefined ? {} : { currentLeader }) });
    }
  }
  return targets;
}

/** The partition led here, or (a consumer that may read followers) a follower replica of it hosted here. */
async function partitionOrFollower(services: BrokerServices, image: MetadataImage, topic: TopicImage,
  partitionIndex: number, fetcher: Fetcher): Promise<Partition | number> {
  const found = await partitionOrError(services, image, topic.name, partitionIndex);
  if (found !== ErrorCode.NOT_LEADER_OR_FOLLOWER || !fetcher.mayReadFollowers) return found;
  const hosted = services.replicas.lookupHosted(topic, partitionIndex);
  return hosted.kind === 'ready' ? hosted.partition : found;
}

/** A replica fetch from a broker that is not one of the partition's followers is refused. */
function replicaError(partition: Partition, fetcher: Fetcher): number {
  if (fetcher.replicaId < 0) return ErrorCode.NONE;
  return partition.followers?.isFollower(fetcher.replicaId) === true ? ErrorCode.NONE : ErrorCode.NOT_LEADER_OR_FOLLOWER;
}

/** From v13 topics are named by id: an unknown topic is UNKNOWN_TOPIC_ID. */
function byIdCode(errorCode: number, version: number): number {
  return version >= 13 && errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ? ErrorCode.UNKNOWN_TOPIC_ID : errorCode;
}

async function readAll(services: BrokerServices, targets: readonly Target[], fetch: FetchAsked): Promise<ReadPass> {
  const { request, version } = fetch;
  let remainingBytes = version >= 3 ? request.maxBytes : 0x7fff_ffff;
  let minOneBatch = version >= 3;
  let totalBytes = 0;
  let failed = false;
  const partitions: FetchResponsePartitionData[] = [];
  for (const target of targets) {
    const answer = await readOne(services, target, fetch, { maxBytes: Math.min(target.request.partitionMaxBytes, remainingBytes),
      minOneBatch });
    const recordBytes = answer.records?.length ?? 0;
    const notYet = answer.errorCode === ErrorCode.OFFSET_NOT_AVAILABLE;
    // An error, a divergence or a redirect to another replica (KIP-392) is answered at once.
    if ((answer.errorCode !== ErrorCode.NONE && !notYet) || answer.divergingEpoch.endOffset >= 0n ||
      answer.preferredReadReplica >= 0) failed = true;
    if (recordBytes > 0) minOneBatch = false;
    remainingBytes = Math.max(remainingBytes - recordBytes, 0);
    totalBytes += recordBytes;
    partitions.push(answer);
  }
  return { partitions, totalBytes, failed };
}

async function readOne(services: BrokerServices, target: Target, fetch: FetchAsked,
  limits: { maxBytes: number; minOneBatch: boolean }): Promise<FetchResponsePartitionData> {
  const { request, fetcher } = fetch;
  const base = {
    partitionIndex: target.request.partition,
    abortedTransactions: request.isolationLevel === 1 ? [] : null,
    records: new Uint8Array(0),
    ...(target.currentLeader === undefined ? {} : { currentLeader: { ...target.currentLeader } }),
  };
  if (target.partition === undefined || target.errorCode !== ErrorCode.NONE) {
    return createFetchResponsePartitionData({ ...base, errorCode: target.errorCode, highWatermark: -1n,
      lastStableOffset: -1n, logStartOffset: -1n });
  }
  const partition = target.partition;
  const offsets = (): Pick<FetchResponsePartitionData, 'highWatermark' | 'lastStableOffset' | 'logStartOffset'> => ({
    highWatermark: BigInt(partition.highWatermark),
    lastStableOffset: BigInt(partition.highWatermark),
    logStartOffset: BigInt(partition.offsets.logStartOffset),
  });
  const isReplica = fetcher.replicaId >= 0;
  // KIP-392: a follower serves a consumer that may read followers, below its own high watermark.
  const asFollower = !partition.isLeader && fetcher.mayReadFollowers;
  if (!partition.isLeader && !asFollower) {
    // Leadership moved while the fetch waited (the partition stays hosted, as a follower).
    return createFetchResponsePartitionData({ ...base, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, highWatermark: -1n,
      lastStableOffset: -1n, logStartOffset: -1n });
  }
  const fetchOffset = Number(target.request.fetchOffset);
  if (!isReplica && !asFollower && partition.consumerHighWatermark === undefined &&
    services.testOnlyShowUnknownHighWatermark !== true) {
    return createFetchResponsePartitionData({ ...base, errorCode: ErrorCode.OFFSET_NOT_AVAILABLE, highWatermark: -1n,
      lastStableOffset: -1n, logStartOffset: -1n });
  }
  const readReplica = fetcher.mayReadFollowers && partition.isLeader
    ? readReplicaFor(services, partition, { clientRack: request.rackId, fetchOffset }) : undefined;
  if (readReplica !== undefined) {
    return createFetchResponsePartitionData({ ...base, ...offsets(), errorCode: ErrorCode.NONE,
      preferredReadReplica: readReplica as NodeId });
  }
  if (isReplica) {
    const divergence = checkDivergence({ fetchOffset, lastFetchedEpoch: target.request.lastFetchedEpoch },
      { epochEnd: partition.endOffsetForEpoch(target.request.lastFetchedEpoch), logEndOffset: partition.offsets.logEndOffset });
    if (divergence.diverging) {
      return createFetchResponsePartitionData({ ...base, ...offsets(), errorCode: ErrorCode.NONE,
        divergingEpoch: { epoch: divergence.epoch, endOffset: BigInt(divergence.endOffset) } });
    }
    if (fetchOffset <= partition.offsets.logEndOffset &&
      partition.recordFollowerFetch(fetcher.replicaId, { fetchOffset, brokerEpoch: fetcher.brokerEpoch })) {
      services.onFollowerFetch(partition);
    }
  }
  try {
    const upToLogEnd = isReplica || services.testOnlyServeAboveHighWatermark === true;
    const read = await partition.read(fetchOffset, { ...limits, upTo: upToLogEnd ? 'log-end' : 'high-watermark' });
    if (!('records' in read)) {
      return createFetchResponsePartitionData({ ...base, ...offsets(), errorCode: ErrorCode.OFFSET_OUT_OF_RANGE });
    }
    return createFetchResponsePartitionData({ ...base, ...offsets(), errorCode: ErrorCode.NONE, records: read.records });
  } catch (error) {
    const errorCode = byIdCode(partitionFailureCode(services, partition, error), fetch.version);
    return createFetchResponsePartitionData({ ...base, errorCode, highWatermark: -1n,
      lastStableOffset: -1n, logStartOffset: -1n });
  }
}

/** KIP-392: the follower in the consumer's rack it should read from, if one fits (preferred-read-replica.ts). */
function readReplicaFor(services: BrokerServices, partition: Partition,
  fetch: { readonly clientRack: string; readonly fetchOffset: number }): number | undefined {
  const followers = partition.followers;
  if (followers === undefined || fetch.clientRack === '') return undefined;
  const brokers = services.image().brokers;
  const rackOf = (id: number): string | null => brokers.get(id as NodeId)?.rack ?? null;
  return preferredReadReplica({ clientRack: fetch.clientRack, fetchOffset: fetch.fetchOffset,
    leaderRack: rackOf(services.nodeId), nowMs: services.clock.monotonicNow(),
    lagTimeMaxMs: services.config.replicaLagTimeMaxMs,
    // A fenced broker serves no client (and clients are not shown it), so it is no candidate.
    followers: followers.followerStates().filter((state) => brokers.get(state.replicaId as NodeId)?.fenced === false)
      .map((state) => ({ replicaId: state.replicaId, rack: rackOf(state.replicaId),
        logEndOffset: state.logEndOffset, lastCaughtUpTimeMs: state.lastCaughtUpTimeMs })) });
}

/** Re-reads after each append to a fetched partition until minBytes, the timeout, or stop. */
function waitForData(services: BrokerServices, targets: readonly Target[], fetch: FetchAsked): Promise<ReadPass> {
  const { request } = fetch;
  return new Promise((resolve, reject) => {
    let done = false;
    let reading = false;
    let readAgain = false;
    let timedOut = false;
    const cleanups: Array<() => void> = [];
    const read = (): void => {
      reading = true;
      readAll(services, targets, fetch).then((pass) => {
        reading = false;
        if (timedOut || pass.failed || pass.totalBytes >= request.minBytes || services.isStopping()) {
          done = true;
          for (const cleanup of cleanups) cleanup();
          resolve(pass);
        } else if (readAgain) {
          readAgain = false;
          read();
        }
      }, (error: unknown) => {
        done = true;
        for (const cleanup of cleanups) cleanup();
        reject(error);
      });
    };
    /** Something changed (`final`: time is up or the broker stops): read again, once at a time. */
    const wake = (final: boolean): void => {
      if (done) return;
      if (final) timedOut = true;
      if (reading) readAgain = true;
      else read();
    };
    for (const target of targets) {
      if (target.partition === undefined) continue;
      cleanups.push(target.partition.onOffsetsChange(() => wake(false)));
      // A closed partition, or one this broker no longer leads, is read once more, which answers
      // it with its error and ends the wait.
      cleanups.push(target.partition.onClose(() => wake(false)));
      cleanups.push(target.partition.onLeadershipEnd(() => wake(false)));
    }
    cleanups.push(services.onStopping(() => wake(true)));
    cleanups.push(services.clock.setTimer(request.maxWaitMs, () => wake(true)));
  });
}

/** Reports the bytes of batches this answer carries, per topic (read once, however many passes it took). */
function recordTraffic(services: BrokerServices, targets: readonly Target[],
  partitions: readonly FetchResponsePartitionData[], reader: 'consumer' | 'replica'): void {
  const bytesByTopic = new Map<string, number>();
  targets.forEach((target, index) => {
    const records = partitions[index]?.records;
    if (records === null || records === undefined || records.byteLength === 0) return;
    bytesByTopic.set(target.topicName, (bytesByTopic.get(target.topicName) ?? 0) + records.byteLength);
  });
  for (const [topic, bytes] of bytesByTopic) services.metrics.recordTopicFetch(topic, { bytes, reader });
}

function groupResponses(targets: readonly Target[], partitions: readonly FetchResponsePartitionData[]):
  FetchResponse['responses'] {
  const responses: FetchResponse['responses'] = [];
  targets.forEach((target, index) => {
    const partition = partitions[index];
    if (partition === undefined) return;
    const last = responses[responses.length - 1];
    if (last !== undefined && last.topicId === target.topicId && last.topic === target.topicName) {
      last.partitions.push(partition);
    } else {
      responses.push({ topic: target.topicName, topicId: target.topicId ?? ZERO_UUID, partitions: [partition] });
    }
  });
  return responses;
}
