// The client workload check: every acknowledged proposal appears exactly once in the committed
// log, at the offset it was acknowledged with; nothing is committed that no client proposed;
// nothing a client was told definitely failed is committed. Part of sim/checkers/. Order across
// nodes is the committed-history checker's job (every node applies the one canonical log).
// Anomaly names follow Jepsen's queue workload (simulation.md §4.1): lost-write, duplicate,
// G1a (a definitely failed write became visible); invented-write has no Jepsen name.
import type { Entry } from '../../raft/mod.js';
import type { Report } from './durable-logs.js';

type ProposalState = 'pending' | 'acknowledged' | 'failed' | 'indeterminate';

export class AcknowledgedProposals {
  private readonly proposals = new Map<string, ProposalState>();
  private readonly committedAt = new Map<string, number>();
  private readonly acknowledgedAt = new Map<string, number>();
  private readonly decoder = new TextDecoder();
  /** Counts for the run summary. */
  readonly counts = { invoked: 0, acknowledged: 0, failed: 0, indeterminate: 0 };

  constructor(private readonly report: Report) {}

  invoked(value: string): void {
    this.counts.invoked += 1;
    this.proposals.set(value, 'pending');
  }

  acknowledged(value: string, offset: number): void {
    this.counts.acknowledged += 1;
    this.proposals.set(value, 'acknowledged');
    this.acknowledgedAt.set(value, offset);
    const committed = this.committedAt.get(value);
    if (committed !== offset) {
      const where = committed === undefined ? 'is not in the committed log' : `was committed at offset ${committed}`;
      this.report('lost-write', `proposal ${value} was acknowledged at offset ${offset} but ${where}`);
    }
  }

  failed(value: string): void {
    this.counts.failed += 1;
    this.proposals.set(value, 'failed');
    const committed = this.committedAt.get(value);
    if (committed !== undefined) this.report('G1a', `proposal ${value} was reported failed but is committed at offset ${committed}`);
  }

  indeterminate(value: string): void {
    this.counts.indeterminate += 1;
    if (this.proposals.get(value) === 'pending') this.proposals.set(value, 'indeterminate');
  }

  /** Called once per canonical committed entry (committed-history.ts). */
  committed(entry: Entry): void {
    if (entry.kind !== 'data') return;
    const value = this.decoder.decode(entry.payload);
    const state = this.proposals.get(value);
    if (state === undefined) {
      this.report('invented-write', `offset ${entry.offset} holds ${JSON.stringify(value)}, which no client proposed`);
      return;
    }
    const earlier = this.committedAt.get(value);
    if (earlier !== undefined) {
      this.report('duplicate', `proposal ${value} is committed at offsets ${earlier} and ${entry.offset}`);
      return;
    }
    this.committedAt.set(value, entry.offset);
    if (state === 'failed') this.report('G1a', `proposal ${value} was reported failed but is committed at offset ${entry.offset}`);
  }

  /** End of run: every acknowledged proposal is committed where it was acknowledged. */
  checkFinal(): void {
    for (const [value, offset] of this.acknowledgedAt) {
      if (this.committedAt.get(value) !== offset) {
        this.report('lost-write', `proposal ${value} acknowledged at offset ${offset} is missing from the final committed log`);
        return;
      }
    }
  }
}
