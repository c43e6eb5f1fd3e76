// The partition changes the active controller makes without being asked, run in its operation
// queue like every other operation: after each new image, the pending changes the image calls
// for (pending-partition-changes.ts: reassignment completions, unclean elections where enabled);
// and every leader.imbalance.check.interval.seconds, on the runtime's timer, the automatic
// leader rebalance (leader-rebalance.ts) while auto.leader.rebalance.enable is true. Kafka's
// QuorumController schedules the same two (maybeScheduleNextBalancePartitionLeaders,
// maybeScheduleNextElectUncleanLeaders) after its write events.
//
// At most one pending-changes operation is queued at a time; it plans again against the image of
// its turn, so two looks never write the same change twice. After a failed commit it waits for
// the next image instead of retrying at once (a standby or overloaded controller would spin).
import assert from 'node:assert/strict';

import type { Logger } from '../log/logger.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import type { MetadataPublisher } from '../metadata/image/metadata-publisher.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';
import type { CommitOutcome } from './broker-lifecycle-control.js';
import { hasMisledPartition, planLeaderRebalance } from './leader-rebalance.js';
import { planPendingPartitionChanges } from './pending-partition-changes.js';
import type { ReplicationPolicy } from './replication-policy.js';

/** The automatic leader rebalance's settings (auto.leader.rebalance.enable, leader.imbalance.*). */
export interface RebalanceSettings {
  readonly enabled: boolean;
  readonly checkIntervalMs: number;
  /** leader.imbalance.per.broker.percentage, 0-100. */
  readonly imbalancePercentage: number;
}

/** What the maintenance borrows from the QuorumController. */
export interface MaintenanceHost {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly publisher: MetadataPublisher;
  readonly rebalance: RebalanceSettings;
  isActive(): boolean;
  /** The election policy (unclean.leader.election.enable per topic) in force in `image`. */
  replicationPolicy(image: MetadataImage): ReplicationPolicy;
  serialize<T>(operation: () => Promise<T>, overloaded: () => T): Promise<T>;
  commit(records: readonly MetadataRecord[]): Promise<CommitOutcome>;
}

/** Runs the controller's own partition changes. */
export class PartitionMaintenance {
  private pendingQueued = false;
  private cancelRebalanceTimer: CancelTimer | null = null;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly host: MaintenanceHost) {
    assert.ok(host.rebalance.checkIntervalMs > 0, 'the imbalance check interval is positive');
    this.unsubscribe = host.publisher.subscribe(() => this.look());
    // A controller built while its node already leads sees no new image; look once wiring is done.
    void Promise.resolve().then(() => this.look());
  }

  /** Stops the timer and the image subscription. Idempotent. */
  close(): void {
    this.closed = true;
    this.cancelRebalanceTimer?.();
    this.cancelRebalanceTimer = null;
    this.unsubscribe();
  }

  /** Asserts the runner's invariants. */
  checkInvariants(): void {
    assert.ok(!this.closed || this.cancelRebalanceTimer === null, 'a closed controller arms no rebalance timer');
  }

  /** After a new image: arms or cancels the timer, and queues the pending changes if there are any. */
  private look(): void {
    if (this.closed || !this.host.isActive()) {
      this.cancelRebalanceTimer?.();
      this.cancelRebalanceTimer = null;
      return;
    }
    this.armRebalanceTimer();
    if (this.pendingQueued) return;
    const image = this.host.publisher.current();
    if (planPendingPartitionChanges(image, this.host.replicationPolicy(image)).length === 0) return;
    this.pendingQueued = true;
    void this.host.serialize(() => this.applyPendingChanges(), () => false).then((committed) => {
      this.pendingQueued = false;
      if (committed) this.look();
    });
  }

  /** In turn: plans the pending changes against the current image and commits them; true when committed. */
  private async applyPendingChanges(): Promise<boolean> {
    if (this.closed || !this.host.isActive()) return false;
    const image = this.host.publisher.current();
    const changes = planPendingPartitionChanges(image, this.host.replicationPolicy(image));
    if (changes.length === 0) return false;
    const committed = await this.host.commit(changes.map((change) => change.record));
    if (!committed.ok) {
      this.host.logger.warn('partition changes not committed', { errorCode: committed.errorCode, reason: committed.message });
      return false;
    }
    for (const change of changes) {
      const { topicName, partition } = change.partition;
      this.host.logger.info('partition changed by the controller', { topic: topicName, partition, reason: change.reason });
    }
    return true;
  }

  /** Arms the imbalance check while some partition is led by another than its preferred replica (as Kafka does). */
  private armRebalanceTimer(): void {
    if (!this.host.rebalance.enabled || this.cancelRebalanceTimer !== null) return;
    if (!hasMisledPartition(this.host.publisher.current())) return;
    this.cancelRebalanceTimer = this.host.clock.setTimer(this.host.rebalance.checkIntervalMs, () => {
      this.cancelRebalanceTimer = null;
      this.onImbalanceCheckTimeout();
    });
  }

  /** The imbalance check: queues the preferred elections of a rebalance, then arms the next check. */
  private onImbalanceCheckTimeout(): void {
    if (this.closed || !this.host.isActive()) return;
    void this.host.serialize(() => this.rebalanceLeaders(), () => undefined).then(() => this.look());
  }

  private async rebalanceLeaders(): Promise<void> {
    if (this.closed || !this.host.isActive()) return;
    const records = planLeaderRebalance(this.host.publisher.current(), this.host.rebalance.imbalancePercentage);
    if (records.length === 0) return;
    const committed = await this.host.commit(records);
    if (!committed.ok) {
      this.host.logger.warn('leader rebalance not committed', { errorCode: committed.errorCode, reason: committed.message });
      return;
    }
    this.host.logger.info('leaders moved back to preferred replicas', { partitionCount: records.length });
  }
}
