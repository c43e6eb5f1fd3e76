// Goal: the node's HTTP routes answer as operators and Prometheus expect: /healthz and /readyz
// follow the node's state with 200/503, /metrics serves this node's registry only, with request
// counts, latencies, bytes, partition offsets and Raft gauges read at scrape time.
// Method: fastify inject() on the app (no port), with a NodeMetrics fed by hand.
import { describe, expect, test } from 'vitest';
import { register as globalRegistry } from 'prom-client';
import { buildHttpApp, type NodeHealth } from '../../src/http/http-server.js';
import { NodeMetrics } from '../../src/http/node-metrics.js';
import type { RequestMeasurement } from '../../src/broker/metrics.js';

function request(apiName: string, latencyMs: number): RequestMeasurement {
  return { apiKey: 0, apiName, apiVersion: 0, latencyMs, requestBytes: 10, responseBytes: 10 };
}

function appWith(health: NodeHealth, metrics = new NodeMetrics()) {
  return { app: buildHttpApp({ metrics, health: () => health }), metrics };
}

describe('health probes', () => {
  test('healthz is 200 while the node is live and 503 after a fatal error', async () => {
    const live = appWith({ live: true, ready: false, reason: 'starting' }).app;
    expect((await live.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const failed = appWith({ live: false, ready: false, reason: 'fatal' }).app;
    const response = await failed.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'failed', reason: 'fatal' });
  });

  test('readyz is 503 until the node is ready, then 200', async () => {
    let health: NodeHealth = { live: true, ready: false, reason: 'metadata catching up' };
    const app = buildHttpApp({ metrics: new NodeMetrics(), health: () => health });
    const before = await app.inject({ method: 'GET', url: '/readyz' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toMatchObject({ reason: 'metadata catching up' });
    health = { live: true, ready: true, reason: '' };
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  test('readyz is 503 when the node is ready but no longer live', async () => {
    const { app } = appWith({ live: false, ready: true, reason: 'fatal' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
  });
});

describe('metrics', () => {
  test('request counts, latency, bytes, connections and rejected frames appear', async () => {
    const { app, metrics } = appWith({ live: true, ready: true, reason: '' });
    metrics.recordRequest(request('Produce', 3));
    metrics.recordRequest(request('Produce', 5));
    metrics.recordRequest(request('Fetch', 500));
    metrics.recordBytesIn(1000);
    metrics.recordBytesOut(250);
    metrics.recordConnection('open');
    metrics.recordConnection('open');
    metrics.recordConnection('close');
    metrics.recordRejectedFrame('malformed frame');
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toContain('weir_kafka_requests_total{api="Produce"} 2');
    expect(text).toContain('weir_kafka_requests_total{api="Fetch"} 1');
    expect(text).toContain('weir_kafka_connections 1');
    expect(text).toContain('weir_kafka_connections_accepted_total 2');
    expect(text).toContain('weir_kafka_rejected_frames_total{reason="malformed frame"} 1');
    expect(text).toContain('weir_kafka_request_duration_seconds_count{api="Fetch"} 1');
    expect(text).toContain('weir_kafka_request_duration_seconds_bucket{le="0.5",api="Fetch"} 1');
    expect(text).toContain('weir_kafka_received_bytes_total 1000');
    expect(text).toContain('weir_kafka_sent_bytes_total 250');
  });

  test('partition offsets are shown until removed, and Raft gauges are read at scrape time', async () => {
    const { app, metrics } = appWith({ live: true, ready: true, reason: '' });
    metrics.setPartitionOffsets({ topic: 'orders', partition: 1 }, { logStartOffset: 2, logEndOffset: 42, highWatermark: 40 });
    metrics.attachRaft(() => ({ epoch: 3, leader: 1, highWatermark: 17, endOffset: 18 }));
    const first = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(first).toContain('kafka_log_log_logendoffset{topic="orders",partition="1"} 42');
    expect(first).toContain('kafka_log_log_logstartoffset{topic="orders",partition="1"} 2');
    expect(first).toContain('weir_partition_high_watermark{topic="orders",partition="1"} 40');
    expect(first).toContain('kafka_server_raft_metrics_current_epoch 3');
    expect(first).toContain('kafka_server_raft_metrics_current_leader 1');
    expect(first).toContain('kafka_server_raft_metrics_high_watermark 17');
    metrics.removePartition({ topic: 'orders', partition: 1 });
    const second = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(second).not.toContain('topic="orders"');
  });

  test('per-topic traffic: bytes and messages in, bytes out to consumers and to replicas apart, gone with the topic', async () => {
    const { app, metrics } = appWith({ live: true, ready: true, reason: '' });
    metrics.setPartitionOffsets({ topic: 'orders', partition: 0 }, { logStartOffset: 0, logEndOffset: 5, highWatermark: 5 });
    metrics.setPartitionOffsets({ topic: 'orders', partition: 1 }, { logStartOffset: 0, logEndOffset: 5, highWatermark: 5 });
    metrics.recordTopicAppend('orders', { bytes: 300, messages: 3 });
    metrics.recordTopicAppend('orders', { bytes: 200, messages: 2 });
    metrics.recordTopicFetch('orders', { bytes: 120, reader: 'consumer' });
    metrics.recordTopicFetch('orders', { bytes: 500, reader: 'replica' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('kafka_server_brokertopicmetrics_bytesin_total{topic="orders"} 500');
    expect(text).toContain('kafka_server_brokertopicmetrics_messagesin_total{topic="orders"} 5');
    expect(text).toContain('kafka_server_brokertopicmetrics_bytesout_total{topic="orders"} 120');
    expect(text).toContain('kafka_server_brokertopicmetrics_replicationbytesout_total{topic="orders"} 500');
    metrics.removePartition({ topic: 'orders', partition: 0 });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).body)
      .toContain('kafka_server_brokertopicmetrics_messagesin_total{topic="orders"} 5');
    metrics.removePartition({ topic: 'orders', partition: 1 });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).body).not.toContain('topic="orders"');
  });

  test('two nodes keep separate registries and never touch the global one', async () => {
    const first = new NodeMetrics();
    const second = new NodeMetrics();
    first.recordRequest(request('Metadata', 1));
    expect(await first.render()).toContain('weir_kafka_requests_total{api="Metadata"} 1');
    expect(await second.render()).not.toContain('api="Metadata"');
    expect(await globalRegistry.metrics()).not.toContain('weir_');
  });

  test('an unknown route is 404', async () => {
    const { app } = appWith({ live: true, ready: true, reason: '' });
    expect((await app.inject({ method: 'GET', url: '/nothing' })).statusCode).toBe(404);
  });
});
