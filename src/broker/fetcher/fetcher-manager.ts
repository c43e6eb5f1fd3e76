// The replica fetchers of one broker (issue 11; Kafka's ReplicaFetcherManager and
// AbstractFetcherManager): one fetcher per source broker, each following every partition this
// broker is a follower of under that leader. After each metadata image the broker hands it the
// hosted partitions (`reconcile`): a follower with a leader is fetched from that leader in its
// current leader epoch; a partition that became leader, lost its leader, moved to another
// leader or a new leader epoch, or closed, is removed from the fetcher it was on (and, for a new
// leader, added to that one's). The first fetch in the new epoch truncates the follower where
// the leader's epochs say (DivergingEpoch), so no separate truncation step is needed here.
// A fetcher left with no partitions stops.
import type { Logger } from '../../log/logger.js';
import type { KafkaClient } from '../../net/kafka-client/kafka-client.js';
import type { Clock } from '../../runtime/seam.js';
import type { Partition } from '../partition/partition.js';
import { partitionKey } from '../partition/partition-directory.js';
import type { FetchLimits } from './fetch-request.js';
import { ReplicaFetcher } from './replica-fetcher.js';

export interface FetcherManagerOptions {
  readonly nodeId: number;
  readonly client: KafkaClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where broker `brokerId` is reached now, or null. */
  readonly locate: (brokerId: number) => string | null;
  /** Who fetches and how much. */
  readonly limits: () => FetchLimits;
  readonly backoffMs: number;
  readonly onFatal: (error: unknown) => void;
  /** Test only (TestOnlyBreakReplication): truncate to the high watermark, not by epoch. */
  readonly truncateToHighWatermark?: boolean;
}

/** Keeps one fetcher per source broker in step with the hosted partitions' roles. */
export class FetcherManager {
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  /** Which source broker each followed partition is fetched from. */
  private readonly sources = new Map<string, number>();
  private stopped = false;

  constructor(private readonly options: FetcherManagerOptions) {}

  /** Makes the fetchers follow exactly the follower partitions among `partitions` that have a leader. */
  reconcile(partitions: readonly Partition[]): void {
    if (this.stopped) return;
    const wanted = new Map<string, { partition: Partition; leader: number; leaderEpoch: number }>();
    for (const partition of partitions) {
      const role = partition.role;
      if (partition.isClosed || role.kind !== 'follower' || role.leader < 0 || role.leader === this.options.nodeId) continue;
      wanted.set(partitionKey(partition.id.topicName, partition.id.partitionIndex),
        { partition, leader: role.leader, leaderEpoch: role.leaderEpoch });
    }
    for (const [key, source] of [...this.sources]) {
      const want = wanted.get(key);
      if (want !== undefined && want.leader === source && this.fetchers.get(source)?.follows(key, want.partition, want.leaderEpoch)) {
        wanted.delete(key);
        continue;
      }
      this.fetchers.get(source)?.remove(key);
      this.sources.delete(key);
    }
    for (const [key, want] of wanted) {
      this.fetcherOf(want.leader).add(key, want.partition, want.leaderEpoch);
      this.sources.set(key, want.leader);
      this.options.logger.info('following leader', { partition: key, leader: want.leader, leaderEpoch: want.leaderEpoch });
    }
    for (const [source, fetcher] of [...this.fetchers]) {
      if (fetcher.partitionCount > 0) continue;
      fetcher.stop();
      this.fetchers.delete(source);
    }
  }

  /** The source broker `topicName`/`partitionIndex` is fetched from, or undefined (tests). */
  sourceOf(topicName: string, partitionIndex: number): number | undefined {
    return this.sources.get(partitionKey(topicName, partitionIndex));
  }

  /** Stops every fetcher. */
  stop(): void {
    this.stopped = true;
    for (const fetcher of this.fetchers.values()) fetcher.stop();
    this.fetchers.clear();
    this.sources.clear();
  }

  private fetcherOf(sourceBrokerId: number): ReplicaFetcher {
    const existing = this.fetchers.get(sourceBrokerId);
    if (existing !== undefined) return existing;
    const fetcher = new ReplicaFetcher({ sourceBrokerId, client: this.options.client, clock: this.options.clock,
      logger: this.options.logger, locate: () => this.options.locate(sourceBrokerId), limits: this.options.limits,
      backoffMs: this.options.backoffMs, onFatal: this.options.onFatal,
      ...(this.options.truncateToHighWatermark === true ? { testOnlyTruncateToHighWatermark: true } : {}) });
    this.fetchers.set(sourceBrokerId, fetcher);
    return fetcher;
  }
}
