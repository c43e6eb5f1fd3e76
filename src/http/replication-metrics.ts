// The Kafka-named replication metrics of a node's /metrics (issue 14), in the JMX exporter's
// lowercase form of Kafka's MBean names (kafka.server:type=ReplicaManager,name=X becomes
// kafka_server_replicamanager_x), so dashboards and alerts written for Kafka find them. The
// broker's gauges arrive pushed at each image application (BrokerMetrics.setReplicationGauges);
// the controller's are read when Prometheus scrapes, since controller leadership moves without
// a new image. Part of NodeMetrics (node-metrics.ts), in the same per-node registry.
import assert from 'node:assert/strict';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ControllerGaugeSource, ReplicationGauges } from '../broker/replication-gauges.js';

/** The Prometheus name of each broker gauge (Kafka's ReplicaManager MBean names, lowercased). */
const brokerGaugeNames: ReadonlyArray<readonly [keyof ReplicationGauges, string, string]> = [
  ['underReplicatedPartitions', 'underreplicatedpartitions', 'Partitions led here whose ISR is smaller than their replicas'],
  ['underMinIsrPartitionCount', 'underminisrpartitioncount', 'Partitions led here whose ISR is below min.insync.replicas'],
  ['atMinIsrPartitionCount', 'atminisrpartitioncount', 'Partitions led here whose ISR is exactly min.insync.replicas'],
  ['offlineReplicaCount', 'offlinereplicacount', 'Partitions hosted here whose log was refused'],
  ['partitionCount', 'partitioncount', 'Partitions hosted here'],
  ['leaderCount', 'leadercount', 'Partitions led here'],
];

/** The replication metrics of one node, registered in `registers`. */
export class ReplicationMetrics {
  private readonly gauges: ReadonlyArray<readonly [Gauge, keyof ReplicationGauges]>;
  private readonly isrShrinks: Counter;
  private readonly isrExpands: Counter;
  private controllerSource: () => ControllerGaugeSource | null = () => null;

  constructor(registers: Registry[]) {
    this.gauges = brokerGaugeNames.map(([field, name, help]) =>
      [new Gauge({ name: `kafka_server_replicamanager_${name}`, help, registers }), field] as const);
    this.isrShrinks = new Counter({ name: 'kafka_server_replicamanager_isrshrinks_total',
      help: 'ISR shrinks this broker proposed as leader and the controller committed', registers });
    this.isrExpands = new Counter({ name: 'kafka_server_replicamanager_isrexpands_total',
      help: 'ISR expansions this broker proposed as leader and the controller committed', registers });
    const read = (): ControllerGaugeSource | null => this.controllerSource();
    new Gauge({ name: 'kafka_controller_kafkacontroller_activecontrollercount',
      help: '1 on the active controller, else 0', registers,
      collect() { const status = read(); if (status !== null) this.set(status.active ? 1 : 0); } });
    new Gauge({ name: 'kafka_controller_kafkacontroller_offlinepartitionscount',
      help: 'Partitions with no leader, reported by the active controller (0 elsewhere)', registers,
      collect() { const status = read(); if (status !== null) this.set(status.active ? status.offlinePartitions : 0); } });
  }

  /** Tells the controller gauges where to read (called once the node is assembled). */
  attachController(source: () => ControllerGaugeSource | null): void {
    this.controllerSource = source;
  }

  set(gauges: ReplicationGauges): void {
    for (const [gauge, field] of this.gauges) {
      assert.ok(gauges[field] >= 0, `${field} is not negative`);
      gauge.set(gauges[field]);
    }
  }

  recordIsrChange(change: 'shrink' | 'expand'): void {
    switch (change) {
      case 'shrink': this.isrShrinks.inc(); break;
      case 'expand': this.isrExpands.inc(); break;
      default: {
        const unexpected: never = change;
        assert.fail(`unknown ISR change ${String(unexpected)}`);
      }
    }
  }
}
