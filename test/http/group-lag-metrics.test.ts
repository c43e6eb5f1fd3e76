// Goal: /metrics shows consumer lag under kafka-exporter's names and labels: per partition the
// committed offset and high watermark − committed, per topic their sums, per group its members;
// a topic whose high watermarks cannot be read keeps its offsets and has no lag series; a group
// that is no longer coordinated here disappears at the next scrape.
// Method: NodeMetrics' text exposition for groups handed in as a coordinator's shards hold them,
// with high watermarks answered per topic. The real coordinator feeding it is
// test/interop/http-groups.test.ts's.
import { describe, expect, test } from 'vitest';

import { lagSamples, type CoordinatedGroup } from '../../src/http/group-lag-metrics.js';
import { NodeMetrics } from '../../src/http/node-metrics.js';

const billing: CoordinatedGroup = {
  groupId: 'billing', memberCount: 2,
  offsets: [
    { topic: 'orders', partition: 0, committedOffset: 10 },
    { topic: 'orders', partition: 1, committedOffset: 4 },
    { topic: 'refunds', partition: 0, committedOffset: 1 },
  ],
};

function metricsFor(groups: () => readonly CoordinatedGroup[], failing: ReadonlySet<string> = new Set()): NodeMetrics {
  const metrics = new NodeMetrics();
  const ends = new Map([['orders', new Map([[0, 15], [1, 4]])], ['refunds', new Map([[0, 3]])]]);
  metrics.attachGroups({
    coordinatedGroups: groups,
    highWatermarks: async (topic, partitions) => {
      if (failing.has(topic)) throw new Error(`no leader of ${topic}`);
      return new Map(partitions.map((partition) => [partition, ends.get(topic)?.get(partition) ?? 0]));
    },
  });
  return metrics;
}

describe('consumer lag in /metrics', () => {
  test("kafka-exporter's series for a coordinated group", async () => {
    const text = await metricsFor(() => [billing]).render();
    for (const line of [
      'kafka_consumergroup_current_offset{consumergroup="billing",topic="orders",partition="0"} 10',
      'kafka_consumergroup_lag{consumergroup="billing",topic="orders",partition="0"} 5',
      'kafka_consumergroup_lag{consumergroup="billing",topic="orders",partition="1"} 0',
      'kafka_consumergroup_lag{consumergroup="billing",topic="refunds",partition="0"} 2',
      'kafka_consumergroup_lag_sum{consumergroup="billing",topic="orders"} 5',
      'kafka_consumergroup_current_offset_sum{consumergroup="billing",topic="orders"} 14',
      'kafka_consumergroup_members{consumergroup="billing"} 2',
    ]) expect(text).toContain(line);
  });

  test('a topic whose high watermarks cannot be read keeps its offsets and has no lag', async () => {
    const text = await metricsFor(() => [billing], new Set(['refunds'])).render();
    expect(text).toContain('kafka_consumergroup_current_offset{consumergroup="billing",topic="refunds",partition="0"} 1');
    expect(text).not.toContain('kafka_consumergroup_lag{consumergroup="billing",topic="refunds"');
    expect(text).not.toContain('kafka_consumergroup_lag_sum{consumergroup="billing",topic="refunds"}');
    expect(text).toContain('kafka_consumergroup_lag_sum{consumergroup="billing",topic="orders"} 5');
  });

  test('a group coordinated elsewhere now disappears at the next scrape', async () => {
    let groups: readonly CoordinatedGroup[] = [billing];
    const metrics = metricsFor(() => groups);
    expect(await metrics.render()).toContain('consumergroup="billing"');
    groups = [];
    expect(await metrics.render()).not.toContain('consumergroup="billing"');
  });

  test('a node without groups attached has the metric families and no series', async () => {
    const text = await new NodeMetrics().render();
    expect(text).toContain('# TYPE kafka_consumergroup_lag gauge');
    expect(text).not.toContain('kafka_consumergroup_lag{');
  });

  test('the sums are the sums of the partition series (pure)', () => {
    const samples = lagSamples([billing], new Map([['orders', new Map([[0, 15], [1, 9]])]]));
    const orders = samples.lag.filter((sample) => sample.labels.topic === 'orders');
    expect(samples.lagSum).toEqual([{ labels: { consumergroup: 'billing', topic: 'orders' }, value: orders.reduce((sum, s) => sum + s.value, 0) }]);
  });
});
