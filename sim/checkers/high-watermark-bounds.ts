// What a high watermark bounds (KIP-595: it is the end offset replicated on a majority, so
// everything below it is committed). Part of sim/checkers/; ported from the test harness's
// own checkers when the two sets became one. Three checks:
// - a running node's high watermark never exceeds its durable log end (etcd's
//   CommittedIsDurableInv): a node must not call committed what a crash could take from it
//   ("high-watermark-not-durable"). A follower raises its high watermark only over entries it
//   has persisted (raft/roles/follower.ts), so this holds on the simulator's slow disks too.
//   One window is allowed: a follower installs a snapshot fetched from the leader (the leader's
//   committed state) and calls it committed in the Ready that persists it, so while that Ready is
//   in flight the snapshot's end counts as the durable end;
// - a snapshot is stored only up to some high watermark seen anywhere: a snapshot of
//   uncommitted state could be replicated and outlive the entries it claims to hold
//   ("snapshot-beyond-high-watermark");
// - the state machine applies only entries below the node's own high watermark
//   ("applied-uncommitted").
import type { Entry, Ready } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import type { DurableLogs, Report } from './durable-logs.js';

/** Reads a running node's current high watermark; null while it is down. */
export type HighWatermarkOf = (host: CheckedNode) => number | null;

export class HighWatermarkBounds implements NodeObserver {
  /** The highest high watermark any node has reported so far. */
  private highestAnywhere = 0;

  /** Must be registered after `logs`, so the mirror already holds what a Ready persisted. */
  constructor(
    private readonly logs: DurableLogs,
    private readonly highWatermarkOf: HighWatermarkOf,
    private readonly report: Report,
  ) {}

  /** Runs after an event in which `host` ran; reports and returns false on a violation. */
  observe(host: CheckedNode): boolean {
    const highWatermark = this.highWatermarkOf(host);
    if (highWatermark === null) return true;
    const end = Math.max(this.logs.logOf(host).endOffset, this.logs.snapshotInFlight(host) ?? 0);
    if (highWatermark > end) {
      this.report('high-watermark-not-durable', `${host.name} reports high watermark ${highWatermark} beyond its durable log end ${end}`);
      return false;
    }
    this.highestAnywhere = Math.max(this.highestAnywhere, highWatermark);
    return true;
  }

  onPersisted(host: CheckedNode, ready: Ready): void {
    const snapshot = ready.snapshotToPersist;
    if (snapshot === null || snapshot.id.offset <= this.highestAnywhere) return;
    this.report('snapshot-beyond-high-watermark', `${host.name} stored a snapshot ending at offset ${snapshot.id.offset}, beyond every high watermark seen (${this.highestAnywhere})`);
  }

  onApplied(host: CheckedNode, entries: readonly Entry[]): void {
    const highWatermark = this.highWatermarkOf(host) ?? 0;
    const last = entries[entries.length - 1];
    if (last === undefined || last.offset < highWatermark) return;
    this.report('applied-uncommitted', `${host.name} applied offset ${last.offset}, not below its high watermark ${highWatermark}`);
  }
}
