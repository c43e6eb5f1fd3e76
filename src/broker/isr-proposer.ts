// The partition leader's side of ISR changes (issue 11; Kafka's Partition.maybeShrinkIsr,
// maybeExpandIsr and AlterPartitionManager): for each partition this broker leads, the ISR
// change the membership rules call for (src/broker/partition/isr-membership.ts) is proposed to
// the active controller as AlterPartition v3 (NewIsrWithEpochs with each member's broker
// epoch), at most one in flight per partition. The change takes effect only once committed:
// the leader keeps the committed ISR until the image shows the new one (the maximal ISR holds
// the high watermark meanwhile, leader-replicas.ts). A refused or lost proposal clears the
// in-flight mark, so a later check proposes again from the image's newer state.
//
// When: a shrink check every replica.lag.time.max.ms / 2 (Kafka's isr-expiration task), and an
// expansion check after every follower fetch (`onFollowerFetch`), so a caught-up follower
// rejoins at once. A committed change is counted as a shrink or an expansion (Kafka's
// IsrShrinksPerSec / IsrExpandsPerSec) by the size of the ISR the controller answered with.
//
// KIP-704: a leader elected uncleanly starts RECOVERING (the image says so); its first proposal
// is the same ISR with LeaderRecoveryState RECOVERED (Weir keeps no transaction or producer
// state that recovery would rebuild, so there is nothing to wait for), and the ISR grows only
// after that one is committed.
import type { Logger } from '../log/logger.js';
import { isActiveBroker, LeaderRecoveryState, type MetadataImage } from '../metadata/image/metadata-image.js';
import { ErrorCode, nodeId as brandNodeId, type Uuid } from '../protocol/mod.js';
import {
  createAlterPartitionRequest, type AlterPartitionRequest, type AlterPartitionResponse,
} from '../protocol/generated/messages/alter-partition.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';
import type { Partition } from './partition/partition.js';

export interface IsrProposerOptions {
  readonly nodeId: number;
  readonly clock: Clock;
  readonly logger: Logger;
  /** replica.lag.time.max.ms. */
  readonly lagTimeMaxMs: number;
  readonly image: () => MetadataImage;
  /** The partitions this broker hosts now. */
  readonly partitions: () => readonly Partition[];
  /** Sends AlterPartition to the active controller: its answer, or null when none came. */
  readonly send: (request: AlterPartitionRequest) => Promise<AlterPartitionResponse | null>;
  readonly onFatal: (error: unknown) => void;
  /** A proposed change was committed: the ISR shrank or grew (the broker's metrics). */
  readonly onCommitted: (change: 'shrink' | 'expand') => void;
}

/** The pause after a refused or unanswered proposal before the partition may propose again. */
const retryBackoffMs = 1_000;

/** Proposes the ISR changes of the partitions this broker leads. */
export class IsrProposer {
  private cancelTimer: CancelTimer = () => {};
  private stopped = false;

  constructor(private readonly options: IsrProposerOptions) {}

  /** Starts the periodic shrink check. */
  start(): void {
    const interval = Math.max(Math.floor(this.options.lagTimeMaxMs / 2), 1);
    const tick = (): void => {
      if (this.stopped) return;
      for (const partition of this.options.partitions()) this.check(partition);
      this.cancelTimer = this.options.clock.setTimer(interval, tick);
    };
    this.cancelTimer = this.options.clock.setTimer(interval, tick);
  }

  /** A follower fetched from `partition`: it may have caught up enough to rejoin the ISR. */
  onFollowerFetch(partition: Partition): void {
    if (!this.stopped) this.check(partition);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Proposes `partition`'s due ISR change, if it leads it and none is in flight. */
  private check(partition: Partition): void {
    const followers = partition.followers;
    const role = partition.role;
    if (followers === undefined || role.kind !== 'leader' || partition.isClosed || followers.hasPendingChange) return;
    const image = this.options.image();
    const recovering = image.topicsById.get(partition.id.topicId as Uuid)?.partitions[partition.id.partitionIndex]
      ?.leaderRecoveryState === LeaderRecoveryState.RECOVERING;
    const due = recovering ? [...followers.committedIsrFollowers]
      : followers.isrChangeDue({ nowMs: this.options.clock.monotonicNow(), lagTimeMaxMs: this.options.lagTimeMaxMs,
        highWatermark: partition.highWatermark, eligible: (id) => isActiveBroker(image, brandNodeId(id)) });
    if (due === undefined) return;
    const ownEpoch = image.brokers.get(brandNodeId(this.options.nodeId))?.epoch ?? -1;
    const members = [this.options.nodeId, ...due];
    const committedSize = 1 + followers.committedIsrFollowers.length;
    const request = createAlterPartitionRequest({ brokerId: brandNodeId(this.options.nodeId), brokerEpoch: BigInt(ownEpoch),
      topics: [{ topicName: partition.id.topicName as never, topicId: partition.id.topicId as Uuid, partitions: [{
        partitionIndex: partition.id.partitionIndex, leaderEpoch: role.leaderEpoch, newIsr: [],
        newIsrWithEpochs: members.map((id) => ({ brokerId: brandNodeId(id),
          brokerEpoch: BigInt(id === this.options.nodeId ? ownEpoch : followers.brokerEpochOf(id)) })),
        leaderRecoveryState: LeaderRecoveryState.RECOVERED, partitionEpoch: role.partitionEpoch }] }] });
    followers.markPending(due);
    this.options.logger.info('proposing ISR change', { partition: `${partition.id.topicName}-${partition.id.partitionIndex}`,
      isr: members.join(','), committedIsr: [this.options.nodeId, ...followers.committedIsrFollowers].join(','),
      leaderEpoch: role.leaderEpoch, partitionEpoch: role.partitionEpoch, ...(recovering ? { recovered: true } : {}) });
    this.options.send(request).then((response) => {
      const answer = response?.topics[0]?.partitions[0];
      const errorCode = response === null ? -1 : response.errorCode !== ErrorCode.NONE ? response.errorCode : answer?.errorCode ?? -1;
      // Committed: the image with the new partition epoch clears the mark (LeaderReplicas.update).
      if (errorCode === ErrorCode.NONE && answer !== undefined && answer.partitionEpoch > role.partitionEpoch) {
        if (answer.isr.length !== committedSize) this.options.onCommitted(answer.isr.length < committedSize ? 'shrink' : 'expand');
        return;
      }
      if (errorCode !== ErrorCode.NONE) {
        this.options.logger.warn('ISR change refused', { partition: `${partition.id.topicName}-${partition.id.partitionIndex}`, errorCode });
      }
      // Proposed again only after a pause: a refusal may mean this broker's image is behind the
      // controller's, and every fetch would otherwise propose the same stale change.
      this.options.clock.setTimer(retryBackoffMs, () => {
        if (partition.followers === followers && followers.partitionEpoch === role.partitionEpoch) followers.clearPending();
      });
    }, (error: unknown) => this.options.onFatal(error));
  }
}
