// What an admin session knows of the cluster's layout (src/admin/): each broker's address and each
// partition's leader, as the last Metadata answer (or a KIP-951 hint in a Produce answer) said.
// The session sends partition-led requests (Produce, Fetch, ListOffsets) to the leader it finds
// here; the bootstrap broker is only where it first asks. Pure bookkeeping: it never sends.
import assert from 'node:assert/strict';

import type { MetadataResponse } from '../protocol/generated/messages/metadata.js';

/** "host:port" as the runtime seam dials it, an IPv6 host in brackets. */
export function brokerAddress(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** A broker as an answer names it. */
export interface BrokerEndpoint {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

/** The known brokers and partition leaders; see the file header. */
export class LeaderBook {
  private readonly brokers = new Map<number, string>();
  /** topic → partition → leader id (-1: none known). */
  private readonly leaders = new Map<string, Map<number, number>>();

  /** Takes in a Metadata answer: its brokers and the leader of every partition it lists. */
  learnMetadata(metadata: Pick<MetadataResponse, 'brokers' | 'topics'>): void {
    this.learnBrokers(metadata.brokers);
    for (const topic of metadata.topics) {
      if (topic.name === null) continue;
      // A topic's answer lists all of its partitions, so it replaces what was known of it.
      this.leaders.set(topic.name, new Map(topic.partitions.map((partition) => [partition.partitionIndex, partition.leaderId])));
    }
  }

  learnBrokers(brokers: readonly BrokerEndpoint[]): void {
    for (const broker of brokers) this.brokers.set(broker.nodeId, brokerAddress(broker.host, broker.port));
  }

  /** A leader a broker named in an answer (KIP-951 CurrentLeader); -1 or an unknown broker teaches nothing. */
  learnLeader(topic: string, partition: number, leaderId: number): void {
    if (leaderId < 0 || !this.brokers.has(leaderId)) return;
    const known = this.leaders.get(topic) ?? new Map<number, number>();
    this.leaders.set(topic, known);
    known.set(partition, leaderId);
  }

  /** Every known broker's address, by node id. */
  brokerAddresses(): string[] {
    return [...this.brokers].sort(([a], [b]) => a - b).map(([, address]) => address);
  }

  knowsTopic(topic: string): boolean {
    return this.leaders.has(topic);
  }

  /** The address of the partition's leader, or null while no leader (or no address for it) is known. */
  leaderAddress(topic: string, partition: number): string | null {
    const leaderId = this.leaders.get(topic)?.get(partition) ?? -1;
    return leaderId < 0 ? null : this.brokers.get(leaderId) ?? null;
  }

  /** `partitions` grouped by their leader's address; those without a known leader under null. */
  groupByLeader(topic: string, partitions: readonly number[]): Map<string | null, number[]> {
    const groups = new Map<string | null, number[]>();
    for (const partition of partitions) {
      const address = this.leaderAddress(topic, partition);
      const group = groups.get(address) ?? [];
      groups.set(address, group);
      group.push(partition);
    }
    assert.equal([...groups.values()].reduce((sum, group) => sum + group.length, 0), partitions.length, 'every partition is in one group');
    return groups;
  }
}
