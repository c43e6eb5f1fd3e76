// Leader completeness (Raft paper §5.4, Figure 3): an entry committed in epoch T is in the log
// of every leader of an epoch after T. Part of sim/checkers/. Checked when a node reports
// becoming leader, against its durable log (the driver persists before it reports) and the
// canonical history. A leader of an older epoch can still be elected late (its votes were
// delayed), and it owes nothing to entries committed in later epochs: the first soak run of this
// checker flagged exactly that, seed 402, before commit epochs were tracked.
import type { RaftEvent } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import type { CommittedHistory } from './committed-history.js';
import type { DurableLogs, Report } from './durable-logs.js';

export class LeaderCompleteness implements NodeObserver {
  constructor(
    private readonly logs: DurableLogs,
    private readonly committed: CommittedHistory,
    private readonly report: Report,
  ) {}

  onRaftEvent(host: CheckedNode, event: RaftEvent): void {
    if (event.type !== 'became-leader') return;
    const log = this.logs.logOf(host);
    for (const [offset, entry] of this.committed.canonical) {
      if (offset < log.startOffset || entry.commitEpoch >= event.epoch) continue;
      const held = log.at(offset);
      if (held === undefined || held.epoch !== entry.epoch || held.digest !== entry.digest) {
        this.report('leader-completeness', `${host.name} became leader in epoch ${event.epoch} without committed offset ${offset} (epoch ${entry.epoch})`);
        return;
      }
    }
  }
}
