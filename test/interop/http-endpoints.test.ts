// Goal: a node process serves its operations endpoints: /healthz and /readyz answer 200 once it
// is ready, and /metrics shows what the issue asks for (request rates and latencies per API,
// bytes in and out, log end offsets, the Raft epoch, leader and high watermark, Kafka's
// replication and controller gauges) with the values
// a client's traffic produced; the /v1 admin API creates a topic that a Kafka client then sees,
// and reads back what the client wrote.
// Method: one node process; kafkajs produces to a topic; the test reads the HTTP endpoints with
// fetch() at the bound address the node printed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kafkajsClient, kafkajsConsume, kafkajsProduce } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';
import { makeRecords } from './support/records.js';

let node: NodeProcess;

beforeAll(async () => {
  node = await NodeProcess.start({ settings: { 'num.partitions': '1' } });
});
afterAll(async () => {
  await node?.dispose();
});

/** The value of one sample line `name{labels} value` in a Prometheus exposition. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('operations endpoints of a node process', () => {
  test('the /v1 admin API creates a topic a Kafka client sees, and reads what the client wrote', async () => {
    const base = `http://${node.httpAddress}/v1`;
    const created = await fetch(`${base}/topics`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'made-over-http', partitions: 2 }) });
    expect(created.status).toBe(201);
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: ['made-over-http'] });
    await admin.disconnect();
    expect(metadata.topics[0]?.partitions).toHaveLength(2);
    const records = makeRecords({ tag: 'http', count: 3, partitionCount: 1, baseTimestamp: 1_700_000_000_000 })
      .map((record) => ({ ...record, partition: 1 }));
    await kafkajsProduce({ bootstrap: node.kafkaAddress, topic: 'made-over-http', codec: 'none', records });
    const read = await (await fetch(`${base}/topics/made-over-http/records?partition=1`)).json() as { records: unknown[]; highWatermark: number };
    expect([read.records.length, read.highWatermark]).toEqual([3, 3]);
    expect((await fetch(`${base}/cluster`)).status).toBe(200);
  });

  test('healthz and readyz answer 200 when the node is ready', async () => {
    expect((await fetch(`http://${node.httpAddress}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://${node.httpAddress}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  test('metrics show requests per API, bytes, log end offsets and the Raft state', async () => {
    const topic = 'metrics-topic';
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();
    const records = makeRecords({ tag: 'metrics', count: 25, partitionCount: 1, baseTimestamp: Date.now() });
    await kafkajsProduce({ bootstrap: node.kafkaAddress, topic, codec: 'none', records });
    expect(await kafkajsConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] })).toHaveLength(25);
    const response = await fetch(`http://${node.httpAddress}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(sample(text, 'weir_kafka_requests_total{api="Produce"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'weir_kafka_requests_total{api="CreateTopics"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'weir_kafka_request_duration_seconds_count{api="Produce"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'weir_kafka_received_bytes_total')).toBeGreaterThan(1000);
    expect(sample(text, 'weir_kafka_sent_bytes_total')).toBeGreaterThan(0);
    expect(sample(text, `kafka_log_log_logendoffset{topic="${topic}",partition="0"}`)).toBe(25);
    expect(sample(text, `weir_partition_high_watermark{topic="${topic}",partition="0"}`)).toBe(25);
    expect(sample(text, 'kafka_server_raft_metrics_current_epoch')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kafka_server_raft_metrics_current_leader')).toBe(1);
    expect(sample(text, 'kafka_server_raft_metrics_high_watermark')).toBeGreaterThanOrEqual(1);
    // Per-topic traffic: every produced record counted in, the consumer's reads counted out.
    expect(sample(text, `kafka_server_brokertopicmetrics_messagesin_total{topic="${topic}"}`)).toBe(25);
    expect(sample(text, `kafka_server_brokertopicmetrics_bytesin_total{topic="${topic}"}`)).toBeGreaterThan(25 * 10);
    expect(sample(text, `kafka_server_brokertopicmetrics_bytesout_total{topic="${topic}"}`)).toBeGreaterThan(25 * 10);
    expect(text).toContain('weir_process_cpu_seconds_total');
    // Kafka's names: the one node leads every partition it hosts, all in sync, and is the controller.
    const hosted = sample(text, 'kafka_server_replicamanager_partitioncount');
    expect(hosted).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kafka_server_replicamanager_leadercount')).toBe(hosted);
    expect(sample(text, 'kafka_server_replicamanager_underreplicatedpartitions')).toBe(0);
    expect(sample(text, 'kafka_server_replicamanager_offlinereplicacount')).toBe(0);
    expect(sample(text, 'kafka_controller_kafkacontroller_activecontrollercount')).toBe(1);
    expect(sample(text, 'kafka_controller_kafkacontroller_offlinepartitionscount')).toBe(0);
  });
});
