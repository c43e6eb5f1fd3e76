// Metadata image benchmark (`make bench`, or `node dist/bench/run.js metadata-image`): how long a
// node takes to load a metadata image of 100,000 partitions (aim: under 2 s), two ways: replaying
// the records that created it (a node recovering from its metadata log) and decoding a snapshot
// of it (a node recovering from a snapshot, or catching up by FetchSnapshot). Also the idle RSS
// of a single node process (aim: under 100 MB), read from /proc once it has been ready a while.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyRecords, emptyImage } from '../src/metadata/image/metadata-image.js';
import { decodeImageSnapshot, encodeImageSnapshot } from '../src/metadata/image/image-snapshot.js';
import type { MetadataRecord } from '../src/metadata/metadata-records.js';
import { startNodeProcess, stopNodeProcess } from './node-process.js';
import { nodeId, topicName, uuidFromBytes } from '../src/protocol/mod.js';
import { createPartitionRecord } from '../src/protocol/generated/metadata/partition-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../src/protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../src/protocol/generated/metadata/topic-record.js';

const topics = 1_000;
const partitionsPerTopic = 100;
const brokers = 5;
const loadAimMs = 2_000;
const rssAimMib = 100;
const settleMs = 5_000;

function idOf(counter: number): ReturnType<typeof uuidFromBytes> {
  const bytes = new Uint8Array(16);
  new DataView(bytes.buffer).setUint32(12, counter + 1);
  return uuidFromBytes(bytes);
}

function records(): MetadataRecord[] {
  const all: MetadataRecord[] = [];
  for (let broker = 1; broker <= brokers; broker += 1) {
    all.push({ type: 'RegisterBrokerRecord', record: createRegisterBrokerRecord({
      brokerId: nodeId(broker), brokerEpoch: BigInt(broker), incarnationId: idOf(1_000_000 + broker), fenced: false,
      endPoints: [createRegisterBrokerRecordBrokerEndpoint({ name: 'PLAINTEXT', host: '127.0.0.1', port: 9091 + broker, securityProtocol: 0 })],
    }) });
  }
  for (let topic = 0; topic < topics; topic += 1) {
    const topicId = idOf(topic);
    all.push({ type: 'TopicRecord', record: createTopicRecord({ name: topicName(`topic-${topic}`), topicId }) });
    for (let partition = 0; partition < partitionsPerTopic; partition += 1) {
      const leader = nodeId(1 + ((topic + partition) % brokers));
      all.push({ type: 'PartitionRecord', record: createPartitionRecord({
        partitionId: partition, topicId, replicas: [leader], isr: [leader], leader, leaderEpoch: 0, partitionEpoch: 0,
      }) });
    }
  }
  return all;
}

async function idleRssMib(): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'weir-bench-rss-'));
  const { child } = await startNodeProcess([['node.id', '1'], ['controller.quorum.voters', '1@127.0.0.1:0'],
    ['listeners', 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0'], ['http.listener', '127.0.0.1:0'], ['log.dirs', root]]);
  try {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const status = await readFile(`/proc/${String(child.pid)}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
    return kib / 1024;
  } finally {
    await stopNodeProcess(child);
    await rm(root, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  const replay = records();
  const replayStarted = performance.now();
  const image = applyRecords(emptyImage(), replay);
  const replayMs = performance.now() - replayStarted;
  const snapshot = encodeImageSnapshot(image);
  const decodeStarted = performance.now();
  const restored = decodeImageSnapshot(snapshot, replay.length);
  const decodeMs = performance.now() - decodeStarted;
  const partitions = [...restored.topicsByName.values()].reduce((sum, topic) => sum + topic.partitions.length, 0);
  process.stdout.write(`metadata image of ${partitions} partitions (${topics} topics, ${brokers} brokers): ` +
    `replay of ${replay.length} records ${replayMs.toFixed(0)} ms, snapshot of ${(snapshot.length / 1e6).toFixed(1)} MB ` +
    `decoded in ${decodeMs.toFixed(0)} ms (aim: under ${loadAimMs} ms)\n`);
  process.stdout.write(`idle single node RSS, ${settleMs / 1000} s after ready: ${(await idleRssMib()).toFixed(0)} MiB (aim: under ${rssAimMib} MiB)\n`);
}
