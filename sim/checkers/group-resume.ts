// `resume-skip`: after any rebalance or failover a group resumes at its committed offsets, so it
// consumes every record at least once (issue 12). Part of sim/checkers/; fed by the groups
// workload's members (sim/groups/), and at the end by the final read of every partition.
//
// Two rules:
// 1. As it happens: a member that takes a partition over starts at the committed offset it
//    fetched for it, or at the log start when the group has none (auto.offset.reset=earliest):
//    a member that started anywhere else would skip records or read them twice for no reason.
// 2. At the end: every record the final read finds below the group's highest acknowledged
//    commit of a partition was consumed by some member of the group, with the same value at the
//    same offset. A commit covers only what its member consumed, so a record below it that no one
//    consumed was skipped: a member was served records from above where it asked (or above the
//    high watermark, records a failover then replaced), or resumed from an offset no member
//    reached.
//
// Records consumed twice are allowed (at-least-once); so are records above the last commit that
// no one consumed yet.
import assert from 'node:assert/strict';
import type { CommitFact, ConsumeFact, ReportAnomaly, ResumeFact } from './group-history.js';

export const resumeAnomaly = 'resume-skip';

interface PartitionState {
  /** offset -> values consumed there by any member of the group. */
  readonly consumed: Map<number, Set<string>>;
  /** The highest acknowledged commit and who made it. */
  highestCommit: CommitFact | undefined;
}

/** Watches resumes, consumption and commits; checks the final read against them. */
export class GroupResumeChecker {
  resumes = 0;
  recordsConsumed = 0;
  /** Records below a commit found consumed by the final check. */
  recordsCovered = 0;
  private readonly partitions = new Map<string, PartitionState>();

  constructor(private readonly report: ReportAnomaly, private readonly options: { readonly logStartOffset: number }) {}

  resumed(fact: ResumeFact): void {
    this.resumes += 1;
    const expected = fact.committedOffset >= 0 ? fact.committedOffset : this.options.logStartOffset;
    if (fact.startOffset === expected) return;
    this.report(resumeAnomaly, `group ${fact.group} ${fact.partition}: ${fact.member} (generation ${fact.generation}) fetched `
      + `committed offset ${fact.committedOffset} and started at ${fact.startOffset} instead of ${expected}`);
  }

  consumed(fact: ConsumeFact): void {
    const state = this.state(fact.group, fact.partition);
    for (const record of fact.records) {
      this.recordsConsumed += 1;
      const values = state.consumed.get(record.offset) ?? new Set<string>();
      values.add(record.value);
      state.consumed.set(record.offset, values);
    }
  }

  committed(fact: CommitFact): void {
    const state = this.state(fact.group, fact.partition);
    if (state.highestCommit === undefined || fact.offset > state.highestCommit.offset) state.highestCommit = fact;
  }

  /** Checks every group's partition `partition` against its final read (every record below its high watermark). */
  finalRead(partition: string, records: ReadonlyArray<{ readonly offset: number; readonly value: string }>): void {
    for (const [key, state] of this.partitions) {
      const [group, name] = key.split(' ') as [string, string];
      if (name !== partition || state.highestCommit === undefined) continue;
      const commit = state.highestCommit;
      for (const record of records) {
        if (record.offset >= commit.offset) break;
        if (state.consumed.get(record.offset)?.has(record.value) === true) {
          this.recordsCovered += 1;
          continue;
        }
        const seen = [...state.consumed.get(record.offset) ?? []];
        this.report(resumeAnomaly, `group ${group} ${partition}: the record at offset ${record.offset} (${record.value}) is below `
          + `the commit of ${commit.offset} by ${commit.member} (answered at ${Math.round(commit.answeredAtMs)} ms) but no member `
          + `consumed it${seen.length === 0 ? '' : ` (consumed there: ${seen.join(', ')})`}`);
        return;
      }
    }
  }

  private state(group: string, partition: string): PartitionState {
    assert.ok(!group.includes(' ') && !partition.includes(' '), 'group ids and partition names have no spaces');
    const key = `${group} ${partition}`;
    let state = this.partitions.get(key);
    if (state === undefined) {
      state = { consumed: new Map(), highestCommit: undefined };
      this.partitions.set(key, state);
    }
    return state;
  }
}
