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
    expect(first).toContain('weir_partition_log_end_offset{topic="orders",partition="1"} 42');
    expect(first).toContain('weir_partition_log_start_offset{topic="orders",partition="1"} 2');
    expect(first).toContain('weir_partition_high_watermark{topic="orders",partition="1"} 40');
    expect(first).toContain('weir_raft_epoch 3');
    expect(first).toContain('weir_raft_leader_id 1');
    expect(first).toContain('weir_raft_high_watermark 17');
    metrics.removePartition({ topic: 'orders', partition: 1 });
    const second = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(second).not.toContain('topic="orders"');
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
