// Log matching (Raft paper §5.3, Figure 3): if two logs hold an entry with the same offset and
// epoch, the entries are identical and so are the logs before them. Part of sim/checkers/.
// Checked incrementally: the first durable append of (offset, epoch) anywhere fixes its digest
// and the epoch of the entry before it; every later append of that pair must agree. By
// induction over offsets this is the whole-prefix property, at O(1) per appended entry.
import type { Ready } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import type { DurableLogs, Report } from './durable-logs.js';
import { digestEntry } from './durable-logs.js';

interface Seen {
  readonly digest: number;
  /** Epoch of the entry just before, or -1 when it was the first entry of the log. */
  readonly previousEpoch: number;
  readonly node: number;
}

export class LogMatching implements NodeObserver {
  private readonly seen = new Map<string, Seen>();

  /** Must be registered after `logs`, so the mirror already holds the new entries. */
  constructor(private readonly logs: DurableLogs, private readonly report: Report) {}

  onPersisted(host: CheckedNode, ready: Ready): void {
    const log = this.logs.logOf(host);
    for (const entry of ready.entriesToPersist) {
      const before = log.at(entry.offset - 1);
      const previousEpoch = before === undefined ? -1 : before.epoch;
      const key = `${entry.offset}:${entry.epoch}`;
      const digest = digestEntry(entry);
      const earlier = this.seen.get(key);
      if (earlier === undefined) {
        this.seen.set(key, { digest, previousEpoch, node: host.id });
        continue;
      }
      if (earlier.digest !== digest) {
        this.report('log-matching', `offset ${entry.offset} epoch ${entry.epoch} holds different entries on nodes ${earlier.node} and ${host.id}`);
        return;
      }
      const comparable = earlier.previousEpoch !== -1 && previousEpoch !== -1;
      if (comparable && earlier.previousEpoch !== previousEpoch) {
        this.report('log-matching', `nodes ${earlier.node} and ${host.id} agree on offset ${entry.offset} epoch ${entry.epoch} but not on the entry before it`);
        return;
      }
    }
  }
}
