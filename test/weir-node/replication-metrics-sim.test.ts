// Goal: a leader's /metrics shows Kafka's replication metrics move as its followers do (issue 14):
// kafka_server_replicamanager_underreplicatedpartitions goes to 1 when a follower is cut off
// (once the controller committed the ISR shrink) and back to 0 after the heal, with one committed
// shrink and one expansion counted; exactly one controller reports ActiveControllerCount 1, and
// it alone reports OfflinePartitionsCount 1 once every replica of the partition crashed.
// Method: the simulator's world of whole WeirNodes (controllers 1-3, brokers 4-6 holding the
// replicas [4, 5, 6]), each node reporting to the production NodeMetrics (src/http/), whose
// Prometheus text, what GET /metrics serves, is read and parsed; waits are bounded virtual time.
import { describe, expect, test } from 'vitest';
import { NodeMetrics } from '../../src/http/node-metrics.js';
import { createReplicatedTopic, cut, startReplicationCluster } from './support/replication-world.js';
import { replicaShape } from './support/replication-scenarios.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';

const topic = 'watched';

/** The value of the unlabelled series `name` in a Prometheus text exposition; undefined if absent. */
function seriesValue(text: string, name: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

/** Runs the world in bounded steps until `name` on `metrics` reads `value`; the last value read. */
async function untilSeries(cluster: SimWeirCluster, metrics: NodeMetrics, name: string, value: number,
  limitMs: number): Promise<number | undefined> {
  let seen = seriesValue(await metrics.render(), name);
  for (let waitedMs = 0; seen !== value && waitedMs < limitMs; waitedMs += 500) {
    await cluster.runUntil(() => false, 500);
    seen = seriesValue(await metrics.render(), name);
  }
  return seen;
}

/** The cluster with every node reporting to its own NodeMetrics (the latest start's), controller gauges attached. */
async function startWatchedCluster(seed: number): Promise<{ cluster: SimWeirCluster; metrics: Map<number, NodeMetrics> }> {
  const metrics = new Map<number, NodeMetrics>();
  const cluster = await startReplicationCluster(seed, replicaShape, {
    config: [['replica.lag.time.max.ms', '4000']],
    metricsFor: (id) => {
      const nodeMetrics = new NodeMetrics();
      nodeMetrics.attachController(() => cluster.machine(id).node?.controllerGauges() ?? null);
      metrics.set(id, nodeMetrics);
      return nodeMetrics;
    },
  });
  await createReplicatedTopic(cluster, topic, { replicas: [4, 5, 6] });
  return { cluster, metrics };
}

describe('Kafka-named replication metrics on WeirNodes', () => {
  test('UnderReplicatedPartitions goes to 1 when a follower is cut off and back to 0 after the heal', async () => {
    const { cluster, metrics } = await startWatchedCluster(51);
    const leader = metrics.get(4);
    if (leader === undefined) throw new Error('node 4 reports no metrics');
    const under = 'kafka_server_replicamanager_underreplicatedpartitions';
    expect(await untilSeries(cluster, leader, 'kafka_server_replicamanager_leadercount', 1, 5_000)).toBe(1);
    expect(seriesValue(await leader.render(), under)).toBe(0);
    expect(seriesValue(await metrics.get(5)?.render() ?? '', 'kafka_server_replicamanager_partitioncount')).toBe(1);
    expect(seriesValue(await metrics.get(5)?.render() ?? '', 'kafka_server_replicamanager_leadercount')).toBe(0);

    cut(cluster, 4, 6);
    expect(await untilSeries(cluster, leader, under, 1, 20_000)).toBe(1);
    const shrunk = await leader.render();
    expect(seriesValue(shrunk, 'kafka_server_replicamanager_isrshrinks_total')).toBe(1);
    expect(seriesValue(shrunk, 'kafka_server_replicamanager_isrexpands_total')).toBe(0);
    // A follower reports no under-replication: only the leader counts its partitions.
    expect(seriesValue(await metrics.get(5)?.render() ?? '', under)).toBe(0);

    cluster.network.heal();
    expect(await untilSeries(cluster, leader, under, 0, 20_000)).toBe(0);
    expect(seriesValue(await leader.render(), 'kafka_server_replicamanager_isrexpands_total')).toBe(1);

    const active = await Promise.all([1, 2, 3].map(async (id) =>
      seriesValue(await metrics.get(id)?.render() ?? '', 'kafka_controller_kafkacontroller_activecontrollercount')));
    expect(active.sort()).toEqual([0, 0, 1]);
    // A broker-only node runs no controller: its gauge stays at 0.
    expect(seriesValue(await leader.render(), 'kafka_controller_kafkacontroller_activecontrollercount')).toBe(0);
    expect(cluster.world.violation).toBeNull();
  });

  test('the active controller counts a partition whose replicas all crashed as offline', async () => {
    const { cluster, metrics } = await startWatchedCluster(52);
    const controllerId = [1, 2, 3].find((id) => cluster.machine(id).node?.controllerGauges()?.active === true);
    const controller = controllerId === undefined ? undefined : metrics.get(controllerId);
    if (controller === undefined) throw new Error('no active controller');
    const offline = 'kafka_controller_kafkacontroller_offlinepartitionscount';
    expect(seriesValue(await controller.render(), offline)).toBe(0);
    for (const id of [4, 5, 6]) cluster.crash(id);
    // Fenced once their sessions (broker.session.timeout.ms 3 s) end; the partition has no leader left.
    expect(await untilSeries(cluster, controller, offline, 1, 15_000)).toBe(1);
    // The other controllers see the same image but are not active: they report 0.
    for (const id of [1, 2, 3].filter((other) => other !== controllerId)) {
      expect(seriesValue(await metrics.get(id)?.render() ?? '', offline)).toBe(0);
    }
    expect(cluster.world.violation).toBeNull();
  });
});
