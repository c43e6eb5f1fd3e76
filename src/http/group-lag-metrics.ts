// Consumer lag in a node's /metrics (issues 12 and 14), under kafka-exporter's names so that its
// dashboards and alerts work unchanged:
//   kafka_consumergroup_current_offset{consumergroup,topic,partition}  the committed offset
//   kafka_consumergroup_lag{consumergroup,topic,partition}             high watermark − committed
//   kafka_consumergroup_current_offset_sum / _lag_sum{consumergroup,topic}
//   kafka_consumergroup_members{consumergroup}
// Each broker reports only the groups it coordinates, read from its own shards at scrape time, so
// a cluster-wide sum counts every group once and a coordinator failover moves the series with the
// group. High watermarks come from the partitions' leaders (ListOffsets latest, as kafka-exporter
// and kafka-consumer-groups read them), through the source the node hands in; a topic whose
// leaders cannot be asked (deleted, no leader) keeps its current offsets and loses its lag series
// until they can. Part of NodeMetrics (node-metrics.ts), in the same per-node registry.
import assert from 'node:assert/strict';
import { Gauge, type Registry } from 'prom-client';

import type { CoordinatedGroup } from '../group/coordinated-groups.js';

export type { CoordinatedGroup };

/** Where the lag metrics read, once per scrape. */
export interface GroupLagSource {
  /** The groups of the shards this broker hosts now (none on a broker that coordinates none). */
  coordinatedGroups(): readonly CoordinatedGroup[];
  /** The high watermark of each of `partitions` of `topic`; rejects when the leaders cannot be asked. */
  highWatermarks(topic: string, partitions: readonly number[]): Promise<ReadonlyMap<number, number>>;
}

/** One sample of one gauge: its labels and value. */
export interface LagSample<Labels extends string> {
  readonly labels: Readonly<Record<Labels, string>>;
  readonly value: number;
}

/** Every sample of one scrape. */
export interface LagSamples {
  readonly currentOffset: ReadonlyArray<LagSample<'consumergroup' | 'topic' | 'partition'>>;
  readonly lag: ReadonlyArray<LagSample<'consumergroup' | 'topic' | 'partition'>>;
  readonly currentOffsetSum: ReadonlyArray<LagSample<'consumergroup' | 'topic'>>;
  readonly lagSum: ReadonlyArray<LagSample<'consumergroup' | 'topic'>>;
  readonly members: ReadonlyArray<LagSample<'consumergroup'>>;
}

/** High watermarks by topic, then partition; a topic left out has no lag series. */
export type HighWatermarks = ReadonlyMap<string, ReadonlyMap<number, number>>;

/**
 * The samples for `groups` given the partitions' high watermarks, pure.
 *
 * @example
 * lagSamples([{ groupId: 'g', memberCount: 1, offsets: [{ topic: 't', partition: 0, committedOffset: 3 }] }],
 *   new Map([['t', new Map([[0, 5]])]])).lag[0]?.value; // 2
 */
export function lagSamples(groups: readonly CoordinatedGroup[], highWatermarks: HighWatermarks): LagSamples {
  const samples = { currentOffset: [], lag: [], currentOffsetSum: [], lagSum: [], members: [] } as {
    [Gauge in keyof LagSamples]: Array<LagSamples[Gauge][number]>
  };
  for (const group of groups) {
    const consumergroup = group.groupId;
    samples.members.push({ labels: { consumergroup }, value: group.memberCount });
    const sums = new Map<string, { offset: number; lag: number | null }>();
    for (const { topic, partition, committedOffset } of group.offsets) {
      assert.ok(committedOffset >= 0, 'only committed offsets are reported');
      const labels = { consumergroup, topic, partition: String(partition) };
      samples.currentOffset.push({ labels, value: committedOffset });
      const highWatermark = highWatermarks.get(topic)?.get(partition);
      const lag = highWatermark === undefined ? null : highWatermark - committedOffset;
      if (lag !== null) samples.lag.push({ labels, value: lag });
      const sum = sums.get(topic) ?? { offset: 0, lag: highWatermarks.has(topic) ? 0 : null };
      sums.set(topic, { offset: sum.offset + committedOffset, lag: sum.lag === null || lag === null ? sum.lag : sum.lag + lag });
    }
    for (const [topic, sum] of sums) {
      samples.currentOffsetSum.push({ labels: { consumergroup, topic }, value: sum.offset });
      if (sum.lag !== null) samples.lagSum.push({ labels: { consumergroup, topic }, value: sum.lag });
    }
  }
  return samples;
}

/** The consumer lag gauges of one node, registered in `registers`, refreshed before each scrape. */
export class GroupLagMetrics {
  private readonly gauges: { readonly [Name in keyof LagSamples]: Gauge<string> };
  private source: GroupLagSource | null = null;

  constructor(registers: Registry[]) {
    const partitionLabels = ['consumergroup', 'topic', 'partition'];
    const topicLabels = ['consumergroup', 'topic'];
    this.gauges = {
      currentOffset: new Gauge({ name: 'kafka_consumergroup_current_offset', labelNames: partitionLabels, registers,
        help: 'Committed offset of a group on a partition (reported by the group\'s coordinator)' }),
      lag: new Gauge({ name: 'kafka_consumergroup_lag', labelNames: partitionLabels, registers,
        help: 'High watermark minus the committed offset of a group on a partition' }),
      currentOffsetSum: new Gauge({ name: 'kafka_consumergroup_current_offset_sum', labelNames: topicLabels, registers,
        help: 'Sum of a group\'s committed offsets on a topic' }),
      lagSum: new Gauge({ name: 'kafka_consumergroup_lag_sum', labelNames: topicLabels, registers,
        help: 'Sum of a group\'s lag over a topic\'s partitions' }),
      members: new Gauge({ name: 'kafka_consumergroup_members', labelNames: ['consumergroup'], registers,
        help: 'Members of a group this broker coordinates' }),
    };
  }

  /** Tells the gauges where to read (called once the node is assembled). */
  attach(source: GroupLagSource): void {
    this.source = source;
  }

  /** Replaces every series with this moment's: a group that moved away or was deleted disappears. */
  async refresh(): Promise<void> {
    if (this.source === null) return;
    const groups = this.source.coordinatedGroups();
    const samples = lagSamples(groups, await readHighWatermarks(this.source, groups));
    for (const name of Object.keys(this.gauges) as Array<keyof LagSamples>) {
      const gauge = this.gauges[name];
      gauge.reset();
      for (const sample of samples[name]) gauge.set(sample.labels, sample.value);
    }
  }
}

/** The high watermarks of every partition the groups committed, one request per topic; unreadable topics left out. */
async function readHighWatermarks(source: GroupLagSource, groups: readonly CoordinatedGroup[]): Promise<HighWatermarks> {
  const partitions = new Map<string, Set<number>>();
  for (const group of groups) {
    for (const { topic, partition } of group.offsets) partitions.set(topic, (partitions.get(topic) ?? new Set()).add(partition));
  }
  const read = await Promise.all([...partitions].map(async ([topic, set]) => {
    const wanted = [...set].sort((a, b) => a - b);
    const answer = await source.highWatermarks(topic, wanted).catch(() => null);
    // Only a topic whose every partition answered gets lag series: a partial sum would mislead.
    return answer !== null && wanted.every((partition) => answer.has(partition)) ? [[topic, answer] as const] : [];
  }));
  return new Map(read.flat());
}
