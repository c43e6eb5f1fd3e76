// The Kafka-named log cleaner metrics (src/http/log-cleaner-metrics.ts): a finished cleaning
// sets kafka_log_logcleaner_max_clean_time_secs, cleaner_recopy_percent and
// max_buffer_utilization_percent, in the JMX exporter's names, and counts weir_log_cleanings_total.
import { describe, expect, test } from 'vitest';
import { NodeMetrics } from '../../src/http/node-metrics.js';

describe('log cleaner metrics', () => {
  test('a cleaning sets the Kafka-named gauges from its measurement', async () => {
    const metrics = new NodeMetrics();
    expect(await metrics.render()).toContain('weir_log_cleanings_total 0');
    metrics.recordLogCleaning({ durationMs: 1500, bytesRead: 4000, bytesAfter: 1000, bufferUtilization: 0.25 });
    const text = await metrics.render();
    expect(text).toContain('kafka_log_logcleaner_max_clean_time_secs 1.5');
    expect(text).toContain('kafka_log_logcleaner_cleaner_recopy_percent 25');
    expect(text).toContain('kafka_log_logcleaner_max_buffer_utilization_percent 25');
    expect(text).toContain('weir_log_cleanings_total 1');
  });
});
