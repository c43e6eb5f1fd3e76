// Kafka's per-topic broker metrics (kafka.server:type=BrokerTopicMetrics), named as the
// Prometheus JMX exporter names them, so dashboards built for Kafka read Weir unchanged:
// bytes and messages a topic's leaders here took in from producers, and bytes this broker sent
// out of it, to consumers (BytesOut) and to follower replicas (ReplicationBytesOut) apart, as
// Kafka counts them. Per topic only: the broker-wide figure is Prometheus' sum() over topics.
import assert from 'node:assert/strict';
import { Counter, type Registry } from 'prom-client';

export class TopicMetrics {
  private readonly bytesIn: Counter<'topic'>;
  private readonly messagesIn: Counter<'topic'>;
  private readonly bytesOut: Counter<'topic'>;
  private readonly replicationBytesOut: Counter<'topic'>;

  constructor(registers: Registry[]) {
    const counter = (name: string, help: string): Counter<'topic'> =>
      new Counter({ name, help, labelNames: ['topic'], registers });
    this.bytesIn = counter('kafka_server_brokertopicmetrics_bytesin_total',
      'Bytes of record batches produced to partitions this broker leads, by topic');
    this.messagesIn = counter('kafka_server_brokertopicmetrics_messagesin_total',
      'Records produced to partitions this broker leads, by topic');
    this.bytesOut = counter('kafka_server_brokertopicmetrics_bytesout_total',
      'Bytes of record batches sent to consumers, by topic');
    this.replicationBytesOut = counter('kafka_server_brokertopicmetrics_replicationbytesout_total',
      'Bytes of record batches sent to follower replicas, by topic');
  }

  recordAppend(topic: string, traffic: { readonly bytes: number; readonly messages: number }): void {
    assert.ok(traffic.bytes >= 0 && traffic.messages >= 0, 'appended traffic is not negative');
    this.bytesIn.inc({ topic }, traffic.bytes);
    this.messagesIn.inc({ topic }, traffic.messages);
  }

  recordFetch(topic: string, traffic: { readonly bytes: number; readonly reader: 'consumer' | 'replica' }): void {
    assert.ok(traffic.bytes >= 0, 'fetched bytes are not negative');
    (traffic.reader === 'replica' ? this.replicationBytesOut : this.bytesOut).inc({ topic }, traffic.bytes);
  }

  /** A topic no longer hosted here: its series go (as the partition gauges' do). */
  remove(topic: string): void {
    for (const counter of [this.bytesIn, this.messagesIn, this.bytesOut, this.replicationBytesOut]) {
      counter.remove({ topic });
    }
  }
}
