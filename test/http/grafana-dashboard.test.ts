// The Grafana dashboard (ops/grafana/weir-dashboard.json) reads only metrics a node exports: every
// metric name in a panel's query is found in the /metrics text of a node whose every metric has
// a value. Renaming a metric without the dashboard (or the other way round) fails here. The
// layout is checked too: unique panel ids, panels within Grafana's 24 columns and not overlapping.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NodeMetrics } from '../../src/http/node-metrics.js';

interface Panel {
  readonly id: number;
  readonly type: string;
  readonly title: string;
  readonly gridPos: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly targets?: ReadonlyArray<{ readonly expr: string }>;
}

const dashboard = JSON.parse(readFileSync(new URL('../../ops/grafana/weir-dashboard.json', import.meta.url), 'utf8')) as
  { readonly panels: readonly Panel[]; readonly templating: { readonly list: ReadonlyArray<{ readonly definition?: string }> } };

/** The metric names a PromQL query reads: identifiers of Weir's or Kafka's namespaces. */
function metricNames(query: string): string[] {
  return [...query.matchAll(/\b(?:weir|kafka)_[a-z0-9_]+\b/g)].map((match) => match[0]);
}

/** A node whose every metric has a series, as a scrape shows it. */
async function everyMetricExported(): Promise<string> {
  const metrics = new NodeMetrics({ processMetrics: true });
  metrics.recordRequest({ apiKey: 0, apiName: 'Produce', apiVersion: 9, latencyMs: 2, requestBytes: 100, responseBytes: 50 });
  metrics.recordBytesIn(100);
  metrics.recordBytesOut(50);
  metrics.recordConnection('open');
  metrics.recordRejectedFrame('malformed frame');
  metrics.setPartitionOffsets({ topic: 'orders', partition: 0 }, { logStartOffset: 0, logEndOffset: 10, highWatermark: 9 });
  metrics.recordTopicAppend('orders', { bytes: 100, messages: 1 });
  metrics.recordTopicFetch('orders', { bytes: 100, reader: 'consumer' });
  metrics.recordTopicFetch('orders', { bytes: 100, reader: 'replica' });
  metrics.setReplicationGauges({ partitionCount: 1, leaderCount: 1, underReplicatedPartitions: 0,
    underMinIsrPartitionCount: 0, atMinIsrPartitionCount: 0, offlineReplicaCount: 0 });
  metrics.recordIsrChange('shrink');
  metrics.recordIsrChange('expand');
  metrics.attachRaft(() => ({ epoch: 1, leader: 1, highWatermark: 5, endOffset: 5 }));
  metrics.attachController(() => ({ active: true, offlinePartitions: 0 }));
  metrics.attachGroups({
    coordinatedGroups: () => [{ groupId: 'billing', memberCount: 2, offsets: [{ topic: 'orders', partition: 0, committedOffset: 7 }] }],
    highWatermarks: () => Promise.resolve(new Map([[0, 9]])),
  });
  return metrics.render();
}

describe('the Grafana dashboard', () => {
  test('every metric its queries read is one a node exports', async () => {
    const exported = new Set([...(await everyMetricExported()).matchAll(/^([a-z_][a-z0-9_]*)[{ ]/gm)]
      .map((match) => match[1]));
    const queries = [
      ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr)),
      ...dashboard.templating.list.flatMap((variable) => variable.definition ?? []),
    ];
    const read = new Set(queries.flatMap(metricNames));
    expect(read.size).toBeGreaterThan(15);
    const missing = [...read].filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
  });

  test('panels have unique ids, fit in 24 columns and do not overlap', () => {
    const ids = dashboard.panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    const taken = new Set<string>();
    for (const panel of dashboard.panels) {
      const { x, y, w, h } = panel.gridPos;
      expect(x + w, panel.title).toBeLessThanOrEqual(24);
      if (panel.type !== 'row') expect(panel.targets?.length ?? 0, panel.title).toBeGreaterThan(0);
      for (let column = x; column < x + w; column += 1) {
        for (let row = y; row < y + h; row += 1) {
          const cell = `${column},${row}`;
          expect(taken.has(cell), `${panel.title} overlaps at ${cell}`).toBe(false);
          taken.add(cell);
        }
      }
    }
  });
});
