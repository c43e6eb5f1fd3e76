// What a high watermark bounds (KIP-595: it is the end offset replicated on a majority, so
// everything below it is committed). Part of sim/checkers/; ported from the test harness's
// own checkers when the two sets became one. Three checks:
// - a running node's high watermark never exceeds its durable log end (etcd's
//   CommittedIsDurableInv): a node must not call committed what a crash could take from it
//   ("high-watermark-not-durable"). Exact only where a Ready is durable by the end of the input
//   that produced it (the test harness): the core raises a follower's high watermark up to the
//   entries it has just handed to the driver, so on the simulator's slow disks the high
//   watermark runs ahead of the fsynced log until the fsync completes, and sim/run.ts leaves
//   this one check off;
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
    private readonly options: { readonly durableAfterEachInput: boolean } = { durableAfterEachInput: true },
  ) {}

  /** Runs after an event in which `host` ran; reports and returns false on a violation. */
  observe(host: CheckedNode): boolean {
    const highWatermark = this.highWatermarkOf(host);
    if (highWatermark === null) return true;
    const end = this.logs.logOf(host).endOffset;
    if (this.options.durableAfterEachInput && highWatermark > end) {
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
