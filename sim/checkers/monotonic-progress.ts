// Monotonic high watermark and epoch (Kafka's MonotonicHighWatermark and MonotonicEpoch
// invariants in RaftEventSimulationTest). Part of sim/checkers/. After every event: a running
// node's high watermark never decreases within one incarnation (it is not persisted, so a
// restart may start lower), and a node's epoch never decreases, across restarts too (the quorum
// state is durable). Also runs every core's own `checkInvariants()` (STYLE.md §7).
import type { SimCluster } from '../cluster.js';
import type { SimProcess } from '../world.js';
import type { Report } from './durable-logs.js';

export class MonotonicProgress {
  private readonly highWatermarks = new Map<number, { incarnation: number; highWatermark: number }>();
  private readonly epochs = new Map<number, number>();

  constructor(private readonly cluster: SimCluster, private readonly report: Report) {}

  /**
   * Runs after every event. With `owner`, only that process's host is checked (no other node's
   * code ran); with undefined, every host.
   */
  check(owner?: SimProcess | null): void {
    if (owner === null) return;
    for (const host of this.cluster.hosts) {
      const node = host.node;
      if (node === null || host.status !== 'up') continue;
      if (owner !== undefined && host.process !== owner) continue;
      node.checkInvariants();
      const status = node.status();
      const previous = this.highWatermarks.get(host.id);
      if (previous !== undefined && previous.incarnation === host.incarnation && status.highWatermark < previous.highWatermark) {
        this.report('high-watermark-regressed', `${host.name}'s high watermark went from ${previous.highWatermark} to ${status.highWatermark}`);
        return;
      }
      this.highWatermarks.set(host.id, { incarnation: host.incarnation, highWatermark: status.highWatermark });
      const highestEpoch = this.epochs.get(host.id) ?? 0;
      if (status.epoch < highestEpoch) {
        this.report('epoch-regressed', `${host.name} is in epoch ${status.epoch} after having been in epoch ${highestEpoch}`);
        return;
      }
      this.epochs.set(host.id, status.epoch);
    }
  }
}
