// A node's Prometheus metrics, served at GET /metrics (DESIGN.md, src/http). Part of src/http/,
// a production adapter: prom-client keeps its own clock and the node code never reads it.
//
// Every node gets its own prom-client Registry, never the library's global one, so that several
// nodes in one process (tests, a local cluster) do not mix their figures. The broker reports
// requests and bytes through the BrokerMetrics methods as they happen; values that the node
// already keeps (log end offsets, the Raft epoch, leader and high watermark) are read when
// Prometheus scrapes, through `collect` callbacks, so nothing is copied on the hot path.
// Rates come from counters (Prometheus' rate()); latencies from a histogram per API.
import assert from 'node:assert/strict';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the Raft gauges read on each scrape (a subset of RaftStatus). */
export interface RaftGaugeSource {
  readonly epoch: number;
  readonly leader: number | null;
  readonly highWatermark: number;
  readonly endOffset: number;
}

/** One hosted partition's offsets, read on each scrape. */
export interface PartitionOffsets {
  readonly topic: string;
  readonly partition: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
}

/** Where the scrape-time gauges read their values; each returns the current state. */
export interface MetricsSources {
  readonly raft: () => RaftGaugeSource | null;
  readonly partitions: () => readonly PartitionOffsets[];
}

/** Latency buckets in seconds: 100 µs to 10 s, enough for a produce fsync and a long poll. */
const latencyBucketsSeconds = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics of one node. Create one per node; `registry` is what /metrics serves.
 * Invariant: every metric lives in `registry` only (never prom-client's global registry).
 */
export class NodeMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'api'>;
  private readonly requestErrors: Counter<'api'>;
  private readonly requestSeconds: Histogram<'api'>;
  private readonly bytesReceived: Counter;
  private readonly bytesSent: Counter;
  private readonly connectionsOpen: Gauge;
  private sources: MetricsSources = { raft: () => null, partitions: () => [] };

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'weir_kafka_requests_total', help: 'Kafka requests handled, by API', labelNames: ['api'], registers,
    });
    this.requestErrors = new Counter({
      name: 'weir_kafka_request_errors_total',
      help: 'Kafka requests answered with an error code or not answered, by API',
      labelNames: ['api'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'weir_kafka_request_duration_seconds',
      help: 'Time from a request frame decoded to its response queued, by API',
      labelNames: ['api'],
      buckets: latencyBucketsSeconds,
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
    this.defineScrapeGauges(registers);
    if (options.processMetrics === true) collectDefaultMetrics({ register: this.registry, prefix: 'weir_' });
  }

  /** Tells the scrape-time gauges where to read (called once the node is assembled). */
  attach(sources: MetricsSources): void {
    this.sources = sources;
  }

  /** One request was answered (or, for acks=0 produce, handled) after `durationMs`. */
  requestCompleted(api: string, durationMs: number, failed: boolean): void {
    assert.ok(durationMs >= 0, 'a request takes no negative time');
    this.requests.inc({ api });
    if (failed) this.requestErrors.inc({ api });
    this.requestSeconds.observe({ api }, durationMs / 1000);
  }

  /** A request frame of `byteCount` bytes arrived. */
  bytesIn(byteCount: number): void {
    assert.ok(byteCount >= 0, 'a byte count is not negative');
    this.bytesReceived.inc(byteCount);
  }

  /** A response frame of `byteCount` bytes was queued for a client. */
  bytesOut(byteCount: number): void {
    assert.ok(byteCount >= 0, 'a byte count is not negative');
    this.bytesSent.inc(byteCount);
  }

  connectionOpened(): void {
    this.connectionsOpen.inc();
  }

  connectionClosed(): void {
    this.connectionsOpen.dec();
  }

  /** The Prometheus text exposition of every metric of this node. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  private defineScrapeGauges(registers: Registry[]): void {
    const read = (): MetricsSources => this.sources;
    new Gauge({
      name: 'weir_raft_epoch', help: 'Current epoch of the metadata quorum', registers,
      collect() { const status = read().raft(); if (status !== null) this.set(status.epoch); },
    });
    new Gauge({
      name: 'weir_raft_leader_id', help: 'Node id of the metadata quorum leader; -1 when unknown', registers,
      collect() { const status = read().raft(); if (status !== null) this.set(status.leader ?? -1); },
    });
    new Gauge({
      name: 'weir_raft_high_watermark', help: 'High watermark of the metadata log', registers,
      collect() { const status = read().raft(); if (status !== null) this.set(status.highWatermark); },
    });
    new Gauge({
      name: 'weir_raft_end_offset', help: 'End offset of this node\'s metadata log', registers,
      collect() { const status = read().raft(); if (status !== null) this.set(status.endOffset); },
    });
    definePartitionGauge(registers, read, 'weir_partition_log_end_offset', 'Log end offset', 'logEndOffset');
    definePartitionGauge(registers, read, 'weir_partition_log_start_offset', 'Log start offset', 'logStartOffset');
    definePartitionGauge(registers, read, 'weir_partition_high_watermark', 'High watermark', 'highWatermark');
  }
}

function definePartitionGauge(
  registers: Registry[],
  read: () => MetricsSources,
  name: string,
  what: string,
  field: 'logEndOffset' | 'logStartOffset' | 'highWatermark',
): void {
  new Gauge({
    name,
    help: `${what} of each partition hosted on this node`,
    labelNames: ['topic', 'partition'],
    registers,
    collect() {
      // Deleted partitions must disappear from the exposition, so start from nothing each scrape.
      this.reset();
      for (const offsets of read().partitions()) {
        this.set({ topic: offsets.topic, partition: String(offsets.partition) }, offsets[field]);
      }
    },
  });
}
