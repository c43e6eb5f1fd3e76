// Election safety (Raft paper Figure 3; Kafka's SingleLeader invariant): at most one leader per
// epoch, over the whole run. Part of sim/checkers/.
import type { RaftEvent } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import type { Report } from './durable-logs.js';

export class ElectionSafety implements NodeObserver {
  private readonly leaders = new Map<number, number>();
  /** Leaders elected so far (for the run summary). */
  elections = 0;

  constructor(private readonly report: Report) {}

  onRaftEvent(host: CheckedNode, event: RaftEvent): void {
    if (event.type !== 'became-leader') return;
    this.elections += 1;
    const previous = this.leaders.get(event.epoch);
    if (previous === undefined) {
      this.leaders.set(event.epoch, host.id);
      return;
    }
    if (previous !== host.id) {
      this.report('election-safety', `nodes ${previous} and ${host.id} were both leader in epoch ${event.epoch}`);
    }
  }
}
