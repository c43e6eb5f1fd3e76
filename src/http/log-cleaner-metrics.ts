// The Kafka-named log cleaner metrics of a node's /metrics (issue 12), in the JMX exporter's
// lowercase form of Kafka's MBean names (kafka.log:type=LogCleaner,name=max-clean-time-secs
// becomes kafka_log_logcleaner_max_clean_time_secs), set from each finished cleaning
// (BrokerMetrics.recordLogCleaning; src/broker/log-cleaner.ts). Kafka reports the last run of
// its cleaner threads; Weir's one cleaner reports its last cleaning. Part of NodeMetrics.
import assert from 'node:assert/strict';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { LogCleaningMeasurement } from '../broker/metrics.js';

/** The log cleaner metrics of one node, registered in `registers`. */
export class LogCleanerMetrics {
  private readonly cleanTimeSeconds: Gauge;
  private readonly recopyPercent: Gauge;
  private readonly bufferUtilizationPercent: Gauge;
  private readonly cleanings: Counter;

  constructor(registers: Registry[]) {
    this.cleanTimeSeconds = new Gauge({ name: 'kafka_log_logcleaner_max_clean_time_secs',
      help: 'Duration of the last log cleaning, in seconds', registers });
    this.recopyPercent = new Gauge({ name: 'kafka_log_logcleaner_cleaner_recopy_percent',
      help: 'Bytes the last cleaning wrote back as a share of the bytes it read, in percent', registers });
    this.bufferUtilizationPercent = new Gauge({ name: 'kafka_log_logcleaner_max_buffer_utilization_percent',
      help: 'Share of the offset map (log.cleaner.dedupe.buffer.size) the last cleaning used, in percent', registers });
    this.cleanings = new Counter({ name: 'weir_log_cleanings_total', help: 'Log cleanings finished', registers });
  }

  record(measurement: LogCleaningMeasurement): void {
    assert.ok(measurement.durationMs >= 0 && measurement.bytesRead >= 0, 'a cleaning takes time and reads bytes');
    this.cleanTimeSeconds.set(measurement.durationMs / 1000);
    this.recopyPercent.set(measurement.bytesRead === 0 ? 0 : (100 * measurement.bytesAfter) / measurement.bytesRead);
    this.bufferUtilizationPercent.set(100 * measurement.bufferUtilization);
    this.cleanings.inc();
  }
}
