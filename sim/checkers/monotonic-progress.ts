// Monotonic high watermark and epoch (Kafka's MonotonicHighWatermark and MonotonicEpoch
// invariants in RaftEventSimulationTest). Part of sim/checkers/. After every event: a running
// node's high watermark never decreases within one incarnation (it is not persisted, so a
// restart may start lower), and a node's epoch never decreases: within one incarnation, and
// across restarts below the highest epoch it persisted in its quorum state. Only a persisted
// epoch binds a restart: a node may learn of an epoch, crash before its quorum-state write
// reaches the disk, and legally wake up in the epoch before (Kafka's invariant, too, reads the
// stored election state). Also runs every core's own `checkInvariants()` (STYLE.md §7), after
// its own checks: a node that restarts with a forgotten quorum state also breaks the core's
// invariant that no entry is from a future epoch, and the run should name what was observed
// from outside (the epoch went back) rather than the core's complaint about its own state.
import assert from 'node:assert/strict';
import type { Ready } from '../../raft/mod.js';
import type { SimCluster } from '../cluster.js';
import type { SimProcess } from '../world.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import type { Report } from './durable-logs.js';

/** A value seen in one incarnation of a node; updated in place (this runs after every event). */
interface Seen {
  incarnation: number;
  value: number;
}

/** What the checker reads of a running node after an event. */
export interface ProgressStatus {
  readonly highWatermark: number;
  readonly epoch: number;
}

export class MonotonicProgress implements NodeObserver {
  private readonly highWatermarks = new Map<number, Seen>();
  private readonly epochs = new Map<number, Seen>();
  /** The highest epoch each machine's driver reported durable, over every incarnation. */
  private readonly persistedEpochs = new Map<number, number>();

  /**
   * With a cluster, `check` walks its hosts; without one (the test harness) the driver of the
   * nodes calls `observe` for each node that ran.
   */
  constructor(private readonly cluster: SimCluster | null, private readonly report: Report) {}

  onPersisted(host: CheckedNode, ready: Ready): void {
    if (ready.hardState === null) return;
    const persisted = this.persistedEpochs.get(host.id) ?? 0;
    this.persistedEpochs.set(host.id, Math.max(persisted, ready.hardState.epoch));
  }

  /**
   * Runs after every event. With `owner`, only that process's host is checked (no other node's
   * code ran); with undefined, every host.
   */
  check(owner?: SimProcess | null): void {
    if (owner === null) return;
    assert.ok(this.cluster !== null, 'check() walks a cluster; without one, call observe()');
    for (const host of this.cluster.hosts) {
      const node = host.node;
      if (node === null || host.status !== 'up') continue;
      if (owner !== undefined && host.process !== owner) continue;
      if (!this.observe(host, node.status())) return;
      node.checkInvariants();
    }
  }

  /** Checks one running node's status; reports and returns false on a regression. */
  observe(host: CheckedNode, status: ProgressStatus): boolean {
    const previous = this.highWatermarks.get(host.id);
    if (previous !== undefined && previous.incarnation === host.incarnation && status.highWatermark < previous.value) {
      this.report('high-watermark-regressed', `${host.name}'s high watermark went from ${previous.value} to ${status.highWatermark}`);
      return false;
    }
    remember(this.highWatermarks, host, previous, status.highWatermark);
    return this.checkEpoch(host, status.epoch);
  }

  /** Reports and returns false when `epoch` is below what `host` was in or persisted before. */
  private checkEpoch(host: CheckedNode, epoch: number): boolean {
    const persisted = this.persistedEpochs.get(host.id) ?? 0;
    if (epoch < persisted) {
      this.report('epoch-regressed', `${host.name} is in epoch ${epoch} after having persisted epoch ${persisted}`);
      return false;
    }
    const previous = this.epochs.get(host.id);
    if (previous !== undefined && previous.incarnation === host.incarnation && epoch < previous.value) {
      this.report('epoch-regressed', `${host.name} went from epoch ${previous.value} to epoch ${epoch}`);
      return false;
    }
    remember(this.epochs, host, previous, epoch);
    return true;
  }
}

/** Records `value` as `host`'s latest, reusing its entry (`previous`, from `seen`) when it has one. */
function remember(seen: Map<number, Seen>, host: CheckedNode, previous: Seen | undefined, value: number): void {
  if (previous === undefined) {
    seen.set(host.id, { incarnation: host.incarnation, value });
    return;
  }
  previous.incarnation = host.incarnation;
  previous.value = value;
}
