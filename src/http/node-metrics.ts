// A node's Prometheus metrics, served at GET /metrics (DESIGN.md, src/http). Part of src/http/,
// a production adapter: prom-client keeps its own clock and the node code never reads it.
//
// Every node gets its own prom-client Registry, never the library's global one, so that several
// nodes in one process (tests, a local cluster) do not mix their figures. The broker reports
// requests, bytes, connections and partition offsets through the BrokerMetrics seam
// (src/broker/metrics.ts) as they happen; the Raft gauges (epoch, leader, high watermark) are read
// when Prometheus scrapes, through a `collect` callback, so nothing is copied on the hot path.
// Rates come from counters (Prometheus' rate()); latencies from a histogram per API. The
// Kafka-named replication and controller metrics are replication-metrics.ts's; consumer lag
// (kafka-exporter's names) is group-lag-metrics.ts's, refreshed before each scrape.
import assert from 'node:assert/strict';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BrokerMetrics, PartitionLabel, RequestMeasurement } from '../broker/metrics.js';
import type { ControllerGaugeSource, ReplicationGauges } from '../broker/replication-gauges.js';
import { GroupLagMetrics, type GroupLagSource } from './group-lag-metrics.js';
import { ReplicationMetrics } from './replication-metrics.js';

/** What the Raft gauges read on each scrape (a subset of RaftStatus). */
export interface RaftGaugeSource {
  readonly epoch: number;
  readonly leader: number | null;
  readonly highWatermark: number;
  readonly endOffset: number;
}

/** Latency buckets in seconds: 100 µs to 10 s, enough for a produce fsync and a long poll. */
const latencyBucketsSeconds = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics of one node, implementing the broker's BrokerMetrics. Create one per node;
 * `registry` is what /metrics serves.
 * Invariant: every metric lives in `registry` only (never prom-client's global registry).
 */
export class NodeMetrics implements BrokerMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'api'>;
  private readonly requestSeconds: Histogram<'api'>;
  private readonly rejectedFrames: Counter<'reason'>;
  private readonly bytesReceived: Counter;
  private readonly bytesSent: Counter;
  private readonly connectionsOpen: Gauge;
  private readonly connectionsAccepted: Counter;
  private readonly partitionGauges: ReadonlyArray<readonly [Gauge<'topic' | 'partition'>, PartitionField]>;
  private raftSource: () => RaftGaugeSource | null = () => null;
  private readonly replication: ReplicationMetrics;
  private readonly groupLag: GroupLagMetrics;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'weir_kafka_requests_total', help: 'Kafka requests handled, by API', labelNames: ['api'], registers,
    });
    this.requestSeconds = new Histogram({
      name: 'weir_kafka_request_duration_seconds',
      help: 'Time from a request frame\'s arrival to its response being queued, by API',
      labelNames: ['api'],
      buckets: latencyBucketsSeconds,
      registers,
    });
    this.rejectedFrames = new Counter({
      name: 'weir_kafka_rejected_frames_total',
      help: 'Request frames refused with their connection closed, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.bytesReceived = new Counter({
      name: 'weir_kafka_received_bytes_total', help: 'Bytes of Kafka request frames received', registers,
    });
    this.bytesSent = new Counter({
      name: 'weir_kafka_sent_bytes_total', help: 'Bytes of Kafka response frames sent', registers,
    });
    this.connectionsOpen = new Gauge({
      name: 'weir_kafka_connections', help: 'Open Kafka client connections', registers,
    });
    this.connectionsAccepted = new Counter({
      name: 'weir_kafka_connections_accepted_total', help: 'Kafka client connections accepted', registers,
    });
    this.partitionGauges = [
      [partitionGauge(registers, 'weir_partition_log_end_offset', 'Log end offset'), 'logEndOffset'],
      [partitionGauge(registers, 'weir_partition_log_start_offset', 'Log start offset'), 'logStartOffset'],
      [partitionGauge(registers, 'weir_partition_high_watermark', 'High watermark'), 'highWatermark'],
    ];
    this.defineRaftGauges(registers);
    this.replication = new ReplicationMetrics(registers);
    this.groupLag = new GroupLagMetrics(registers);
    if (options.processMetrics === true) collectDefaultMetrics({ register: this.registry, prefix: 'weir_' });
  }

  /** Tells the Raft gauges where to read (called once the node is assembled). */
  attachRaft(source: () => RaftGaugeSource | null): void {
    this.raftSource = source;
  }

  /** Tells the controller gauges where to read (called once the node is assembled). */
  attachController(source: () => ControllerGaugeSource | null): void {
    this.replication.attachController(source);
  }

  /** Tells the consumer lag gauges where to read (called once the node is assembled). */
  attachGroups(source: GroupLagSource): void {
    this.groupLag.attach(source);
  }

  setReplicationGauges(gauges: ReplicationGauges): void {
    this.replication.set(gauges);
  }

  recordIsrChange(change: 'shrink' | 'expand'): void {
    this.replication.recordIsrChange(change);
  }

  recordRequest(measurement: RequestMeasurement): void {
    assert.ok(measurement.latencyMs >= 0, 'a request takes no negative time');
    const labels = { api: measurement.apiName };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, measurement.latencyMs / 1000);
  }

  recordBytesIn(byteCount: number): void {
    assert.ok(byteCount >= 0, 'a byte count is not negative');
    this.bytesReceived.inc(byteCount);
  }

  recordBytesOut(byteCount: number): void {
    assert.ok(byteCount >= 0, 'a byte count is not negative');
    this.bytesSent.inc(byteCount);
  }

  recordConnection(event: 'open' | 'close'): void {
    switch (event) {
      case 'open':
        this.connectionsOpen.inc();
        this.connectionsAccepted.inc();
        break;
      case 'close':
        this.connectionsOpen.dec();
        break;
      default: {
        const unexpected: never = event;
        assert.fail(`unknown connection event ${String(unexpected)}`);
      }
    }
  }

  recordRejectedFrame(reason: string): void {
    this.rejectedFrames.inc({ reason });
  }

  setPartitionOffsets(partition: PartitionLabel, offsets: Readonly<Record<PartitionField, number>>): void {
    assert.ok(offsets.logStartOffset <= offsets.highWatermark, 'log start <= high watermark');
    assert.ok(offsets.highWatermark <= offsets.logEndOffset, 'high watermark <= log end');
    const labels = { topic: partition.topic, partition: String(partition.partition) };
    for (const [gauge, field] of this.partitionGauges) gauge.set(labels, offsets[field]);
  }

  removePartition(partition: PartitionLabel): void {
    const labels = { topic: partition.topic, partition: String(partition.partition) };
    for (const [gauge] of this.partitionGauges) gauge.remove(labels);
  }

  /** The Prometheus text exposition of every metric of this node. */
  async render(): Promise<string> {
    await this.groupLag.refresh();
    return this.registry.metrics();
  }

  private defineRaftGauges(registers: Registry[]): void {
    const read = (): RaftGaugeSource | null => this.raftSource();
    new Gauge({
      name: 'weir_raft_epoch', help: 'Current epoch of the metadata quorum', registers,
      collect() { const status = read(); if (status !== null) this.set(status.epoch); },
    });
    new Gauge({
      name: 'weir_raft_leader_id', help: 'Node id of the metadata quorum leader; -1 when unknown', registers,
      collect() { const status = read(); if (status !== null) this.set(status.leader ?? -1); },
    });
    new Gauge({
      name: 'weir_raft_high_watermark', help: 'High watermark of the metadata log', registers,
      collect() { const status = read(); if (status !== null) this.set(status.highWatermark); },
    });
    new Gauge({
      name: 'weir_raft_end_offset', help: 'End offset of this node\'s metadata log', registers,
      collect() { const status = read(); if (status !== null) this.set(status.endOffset); },
    });
  }
}

type PartitionField = 'logStartOffset' | 'logEndOffset' | 'highWatermark';

function partitionGauge(registers: Registry[], name: string, what: string): Gauge<'topic' | 'partition'> {
  return new Gauge({
    name, help: `${what} of each partition hosted on this node`, labelNames: ['topic', 'partition'], registers,
  });
}
