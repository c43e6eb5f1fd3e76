// The broker's metrics seam: what the broker reports (requests per API with their latency, bytes
// in and out of the Kafka listeners and per topic, connections, log end offsets, replication
// gauges and ISR changes) without knowing how it is
// exported. The production implementation (src/http/, prom-client with a per-node registry)
// turns these calls into counters, histograms and gauges for GET /metrics; tests and the
// simulator use `noopBrokerMetrics` or a recording fake. Calls are synchronous and must not throw.

/** One finished request, reported when its response was handed to the connection (or dropped). */
export interface RequestMeasurement {
  /** Kafka API key, e.g. 0 for Produce. */
  readonly apiKey: number;
  /** Kafka's name of the API, e.g. "Produce"; a stable label for metrics. */
  readonly apiName: string;
  readonly apiVersion: number;
  /** Monotonic milliseconds from the frame's arrival to its response being queued for sending. */
  readonly latencyMs: number;
  /** Bytes of the request frame, size prefix included. */
  readonly requestBytes: number;
  /** Bytes of the response frame, size prefix included; 0 when none is sent (acks=0 Produce). */
  readonly responseBytes: number;
}

import type { ReplicationGauges } from './replication-gauges.js';

/** A partition hosted by this broker, as a metric label set. */
export interface PartitionLabel {
  readonly topic: string;
  readonly partition: number;
}

/**
 * What the broker reports. Implementations keep their own state (a per-node registry); the
 * broker never reads metrics back.
 */
export interface BrokerMetrics {
  /** A request of any API finished (rates and latencies per API come from these). */
  recordRequest(measurement: RequestMeasurement): void;
  /** Bytes read from client connections (frames, size prefix included). */
  recordBytesIn(byteCount: number): void;
  /** Bytes written to client connections. */
  recordBytesOut(byteCount: number): void;
  /** A client connection was accepted (`open`) or ended (`close`). */
  recordConnection(event: 'open' | 'close'): void;
  /** A request frame was refused and its connection closed (malformed, unsupported, too large). */
  recordRejectedFrame(reason: string): void;
  /** The log end offset and high watermark of a hosted partition changed (or it was opened). */
  setPartitionOffsets(partition: PartitionLabel, offsets: {
    readonly logStartOffset: number;
    readonly logEndOffset: number;
    readonly highWatermark: number;
  }): void;
  /** A partition is no longer hosted here (topic deleted, broker stopping): drop its series. */
  removePartition(partition: PartitionLabel): void;
  /** The replication gauges after this broker applied a metadata image (replication-gauges.ts). */
  setReplicationGauges(gauges: ReplicationGauges): void;
  /** An ISR change this broker proposed as leader was committed: a shrink or an expansion. */
  recordIsrChange(change: 'shrink' | 'expand'): void;
  /** A Produce appended `messages` records in `bytes` of batches to a partition of `topic` led here. */
  recordTopicAppend(topic: string, traffic: { readonly bytes: number; readonly messages: number }): void;
  /** A Fetch answer carried `bytes` of batches of `topic`, to a consumer or to a follower replica. */
  recordTopicFetch(topic: string, traffic: { readonly bytes: number; readonly reader: 'consumer' | 'replica' }): void;
  /** The log cleaner finished a cleaning (log-cleaner.ts). */
  recordLogCleaning(measurement: LogCleaningMeasurement): void;
}

/** One finished log cleaning, for the kafka_log_logcleaner_* metrics. */
export interface LogCleaningMeasurement {
  /** Monotonic milliseconds from the first step to the last. */
  readonly durationMs: number;
  readonly bytesRead: number;
  /** Bytes of the cleaned segments once swapped in. */
  readonly bytesAfter: number;
  /** Share of the offset map's memory bound used, in [0, 1]. */
  readonly bufferUtilization: number;
}

/** Metrics that go nowhere (tests, the simulator). */
export function noopBrokerMetrics(): BrokerMetrics {
  return {
    recordRequest: () => {},
    recordBytesIn: () => {},
    recordBytesOut: () => {},
    recordConnection: () => {},
    recordRejectedFrame: () => {},
    setPartitionOffsets: () => {},
    removePartition: () => {},
    setReplicationGauges: () => {},
    recordIsrChange: () => {},
    recordTopicAppend: () => {},
    recordTopicFetch: () => {},
    recordLogCleaning: () => {},
  };
}
