// Helpers of the replication tests on the simulator's world (replication-*.test.ts): starting a
// cluster of whole WeirNodes, creating a replicated topic, producing with a chosen acks, and
// reading each hosted replica's log as stored, so tests can compare replicas byte for byte.
import { expect } from 'vitest';
import { batchLogOverheadBytes, decodeRecordBatches, encodeRecordBatch } from '../../../storage/mod.js';
import type { Partition } from '../../../src/broker/partition/partition.js';
import type { TestOnlyBreakReplication } from '../../../src/broker/test-only-break-replication.js';
import type { PartitionImage } from '../../../src/metadata/image/metadata-image.js';
import { ApiKey, ErrorCode, topicName, type NodeId } from '../../../src/protocol/mod.js';
import { createCreateTopicsRequest, type CreateTopicsResponse } from '../../../src/protocol/generated/messages/create-topics.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData,
  type ProduceResponsePartitionProduceResponse, type ProduceResponse,
} from '../../../src/protocol/generated/messages/produce.js';
import { SimWeirCluster, type ClusterShape, type SimNodeOptions } from './sim-weir-cluster.js';

/** Starts `shape` with `config` on every node and waits until every node serves. */
export async function startReplicationCluster(seed: number, shape: ClusterShape,
  options: { config?: readonly (readonly [string, string])[]; breakReplication?: TestOnlyBreakReplication;
    breakGroups?: SimNodeOptions['testOnlyBreakGroups']; metricsFor?: SimNodeOptions['metricsFor'] } = {}):
  Promise<SimWeirCluster> {
  const config = options.config ?? [];
  const cluster = new SimWeirCluster(seed, shape, { extraConfig: () => config,
    ...(options.metricsFor === undefined ? {} : { metricsFor: options.metricsFor }),
    ...(options.breakReplication === undefined ? {} : { testOnlyBreakReplication: options.breakReplication }),
    ...(options.breakGroups === undefined ? {} : { testOnlyBreakGroups: options.breakGroups }) });
  cluster.startAll();
  const count = shape.combined.length + (shape.brokersOnly?.length ?? 0);
  expect(await cluster.runUntil(() => cluster.liveNodes().length === count &&
    cluster.liveNodes().every((node) => node.isReady()), 20_000)).toBe(true);
  return cluster;
}

/** Creates `name` with one partition: on `replicas` (the first leads) or with replication factor 3. */
export async function createReplicatedTopic(cluster: SimWeirCluster, name: string, options:
  { replicas?: readonly number[]; configs?: Record<string, string> } = {}): Promise<void> {
  const assignments = options.replicas === undefined ? []
    : [{ partitionIndex: 0, brokerIds: options.replicas.map((id) => id as NodeId) }];
  const outcome = await cluster.ask(() => cluster.client.send<CreateTopicsResponse>('node-1:9092', {
    apiKey: ApiKey.CreateTopics,
    body: createCreateTopicsRequest({ topics: [{ name: topicName(name), numPartitions: assignments.length > 0 ? -1 : 1,
      replicationFactor: assignments.length > 0 ? -1 : 3, assignments,
      configs: Object.entries(options.configs ?? {}).map(([key, value]) => ({ name: key, value })) }],
    timeoutMs: 5_000, validateOnly: false }),
  }));
  if (outcome.kind !== 'response') throw new Error(`CreateTopics ended ${outcome.kind}`);
  expect(outcome.body.topics[0]?.errorCode).toBe(ErrorCode.NONE);
  const replicaCount = options.replicas?.length ?? 3;
  expect(await cluster.runUntil(() => replicasOf(cluster, name).length === replicaCount, 5_000)).toBe(true);
}

/** The hosted replicas of `name`'s partition 0 on the live nodes, by node id. */
export function replicasOf(cluster: SimWeirCluster, name: string): Partition[] {
  return [...hostedBy(cluster, name).values()];
}

export function hostedBy(cluster: SimWeirCluster, name: string): Map<number, Partition> {
  const hosted = new Map<number, Partition>();
  for (const machine of cluster.machines.values()) {
    const partition = machine.node?.hostedPartitions().find((candidate) => candidate.id.topicName === name);
    if (partition !== undefined) hosted.set(machine.id, partition);
  }
  return hosted;
}

/** `name`'s partition 0 as node `viewer`'s image shows it. */
export function partitionImage(cluster: SimWeirCluster, name: string, viewer: number): PartitionImage {
  const partition = cluster.machine(viewer).node?.image().topicsByName.get(name as never)?.partitions[0];
  if (partition === undefined) throw new Error(`node ${viewer} has no image of ${name}`);
  return partition;
}

/** Produces one batch of `values` to node `nodeId` and returns its partition's answer. */
export async function produceTo(cluster: SimWeirCluster, nodeId: number, batch: { topic: string; values: readonly string[];
  acks: number; timeoutMs?: number; atAnswer?: () => void }): Promise<ProduceResponsePartitionProduceResponse> {
  const body = await cluster.ask(async () => {
    const outcome = await cluster.client.send<ProduceResponse>(`node-${nodeId}:9092`, {
      apiKey: ApiKey.Produce, expectResponse: batch.acks !== 0,
      body: createProduceRequest({ acks: batch.acks, timeoutMs: batch.timeoutMs ?? 4_000, topicData: [createProduceRequestTopicProduceData({
        name: topicName(batch.topic), partitionData: [createProduceRequestPartitionProduceData({ index: 0,
          records: encodeRecordBatch({ records: batch.values.map((value) => ({ value: new TextEncoder().encode(value), timestampMs: 0 })) }) })] })] }),
    });
    if (outcome.kind !== 'response') throw new Error(`Produce ended ${outcome.kind}`);
    // In the same event as the answer, before virtual time moves on.
    batch.atAnswer?.();
    return outcome.body;
  });
  const answer = body.responses[0]?.partitionResponses[0];
  if (answer === undefined) throw new Error('Produce answered no partition');
  return answer;
}

/** Every batch of `partition` from its log start to `endOffset` (default: its log end), as stored. */
export async function storedBytes(cluster: SimWeirCluster, partition: Partition, endOffset?: number): Promise<Buffer> {
  return cluster.ask(async () => {
    const end = endOffset ?? partition.offsets.logEndOffset;
    const chunks: Uint8Array[] = [];
    let offset = partition.offsets.logStartOffset;
    while (offset < end) {
      const read = await partition.read(offset, { maxBytes: 1 << 20, minOneBatch: true, upTo: 'log-end' });
      if (!('records' in read) || read.records.length === 0) break;
      const batches = decodeRecordBatches(read.records);
      const kept = batches.filter((batch) => batch.header.baseOffset < end);
      let bytes = 0;
      for (const batch of kept) bytes += batchLogOverheadBytes + batch.header.batchLength;
      chunks.push(read.records.subarray(0, bytes));
      const last = kept[kept.length - 1];
      if (last === undefined || kept.length < batches.length) break;
      offset = last.header.baseOffset + last.header.lastOffsetDelta + 1;
    }
    return Buffer.concat(chunks);
  });
}

/** The record values of `partition` below `endOffset` (default: its log end), in offset order. */
export async function storedValues(cluster: SimWeirCluster, partition: Partition, endOffset?: number): Promise<string[]> {
  const bytes = await storedBytes(cluster, partition, endOffset);
  return decodeRecordBatches(new Uint8Array(bytes)).flatMap((batch) => batch.records.map((record) =>
    new TextDecoder().decode(record.value ?? new Uint8Array(0))));
}

/** Blocks traffic both ways between nodes `a` and `b`. */
export function cut(cluster: SimWeirCluster, a: number, b: number): void {
  cluster.network.block(`node-${a}`, `node-${b}`);
  cluster.network.block(`node-${b}`, `node-${a}`);
}
