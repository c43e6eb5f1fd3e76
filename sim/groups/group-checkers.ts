// The group checkers of one groups run as the members' one history sink: every fact a member
// reports goes to the trace (`group` lines) and to each checker that reads it
// (../checkers/group-ownership.ts, committed-offsets.ts, group-resume.ts). Part of sim/groups/.
import { CommittedOffsetsChecker } from '../checkers/committed-offsets.js';
import type {
  AssignmentFact, CommitFact, ConfirmationFact, ConsumeFact, OffsetFetchFact, ReleaseFact, ReportAnomaly, ResumeFact,
} from '../checkers/group-history.js';
import { MemberEpochOwnershipChecker } from '../checkers/member-epoch-ownership.js';
import { GroupOwnershipChecker } from '../checkers/group-ownership.js';
import { GroupResumeChecker } from '../checkers/group-resume.js';
import type { World } from '../world.js';

/** Which checkers a run leaves out (a negative control shows the one it names catches its bug). */
export type GroupCheckerName = 'ownership' | 'offsets' | 'resume';

/** What the members report; see ../checkers/group-history.ts. */
export interface GroupHistorySink {
  /** Classic: a SyncGroup answer. */
  assigned(fact: AssignmentFact): void;
  /** KIP-848: partitions newly assigned by a heartbeat answer, at member epoch `generation`. */
  granted(fact: AssignmentFact): void;
  /** KIP-848: an acknowledged revocation. */
  released(fact: ReleaseFact): void;
  /** KIP-848: the member lost every partition (fenced, or its session lost). */
  lost(group: string, member: string): void;
  confirmed(fact: ConfirmationFact): void;
  committed(fact: CommitFact): void;
  fetched(fact: OffsetFetchFact): void;
  resumed(fact: ResumeFact): void;
  consumed(fact: ConsumeFact): void;
  /** Anything else worth a trace line (a rejoin and why, an error answer). */
  note(member: string, text: string): void;
}

/** Counts for the run summary. */
export interface GroupHistoryCounts {
  readonly assignments: number;
  readonly confirmations: number;
  readonly commits: number;
  readonly offsetFetches: number;
  readonly resumes: number;
  readonly recordsConsumed: number;
  readonly recordsCovered: number;
}

/** Fans the members' facts out to the trace and the checkers. */
export class GroupCheckers implements GroupHistorySink {
  readonly ownership: GroupOwnershipChecker;
  readonly memberEpochs: MemberEpochOwnershipChecker;
  readonly offsets: CommittedOffsetsChecker;
  readonly resume: GroupResumeChecker;
  /** The time of the first commit acknowledged among those sent at or after `watchFromMs`. */
  commitAcknowledgedAfterWatch: number | null = null;
  private watchFromMs = Number.POSITIVE_INFINITY;

  constructor(private readonly world: World, report: ReportAnomaly, private readonly without: ReadonlySet<GroupCheckerName>) {
    this.ownership = new GroupOwnershipChecker(report);
    this.memberEpochs = new MemberEpochOwnershipChecker(report);
    this.offsets = new CommittedOffsetsChecker(report);
    this.resume = new GroupResumeChecker(report, { logStartOffset: 0 });
  }

  get counts(): GroupHistoryCounts {
    return { assignments: this.ownership.assignments + this.memberEpochs.grants,
      confirmations: this.ownership.confirmations + this.memberEpochs.releases, commits: this.offsets.commits,
      offsetFetches: this.offsets.fetches, resumes: this.resume.resumes, recordsConsumed: this.resume.recordsConsumed,
      recordsCovered: this.resume.recordsCovered };
  }

  /** Liveness: watch for a commit sent at or after `timeMs` being acknowledged. */
  watchCommitsAfter(timeMs: number): void {
    this.watchFromMs = timeMs;
    this.commitAcknowledgedAfterWatch = null;
  }

  assigned(fact: AssignmentFact): void {
    this.world.record('group', { member: fact.member, event: 'assigned', generation: fact.generation, node: fact.coordinator,
      partitions: fact.partitions.join(',') });
    if (!this.without.has('ownership')) this.ownership.assigned(fact);
  }

  granted(fact: AssignmentFact): void {
    this.world.record('group', { member: fact.member, event: 'granted', epoch: fact.generation, node: fact.coordinator,
      partitions: fact.partitions.join(',') });
    if (!this.without.has('ownership')) this.memberEpochs.granted(fact);
  }

  released(fact: ReleaseFact): void {
    this.world.record('group', { member: fact.member, event: 'released', node: fact.coordinator, partitions: fact.partitions.join(',') });
    if (!this.without.has('ownership')) this.memberEpochs.released(fact);
  }

  lost(group: string, member: string): void {
    this.world.record('group', { member, event: 'lost' });
    this.memberEpochs.lost(group, member);
  }

  confirmed(fact: ConfirmationFact): void {
    if (!this.without.has('ownership')) this.ownership.confirmed(fact);
  }

  committed(fact: CommitFact): void {
    this.world.record('group', { member: fact.member, event: 'committed', partition: fact.partition, offset: fact.offset });
    if (fact.invokedAtMs >= this.watchFromMs) this.commitAcknowledgedAfterWatch ??= this.world.nowMs;
    if (!this.without.has('offsets')) this.offsets.committed(fact);
    if (!this.without.has('resume')) this.resume.committed(fact);
  }

  fetched(fact: OffsetFetchFact): void {
    this.world.record('group', { member: fact.member, event: 'offset-fetched', partition: fact.partition, offset: fact.offset });
    if (!this.without.has('offsets')) this.offsets.fetched(fact);
  }

  resumed(fact: ResumeFact): void {
    if (!this.without.has('resume')) this.resume.resumed(fact);
  }

  consumed(fact: ConsumeFact): void {
    if (fact.records.length === 0) return;
    this.world.record('group', { member: fact.member, event: 'consumed', partition: fact.partition,
      offsets: `${fact.records[0]?.offset}-${fact.records.at(-1)?.offset}` });
    if (!this.without.has('resume')) this.resume.consumed(fact);
  }

  note(member: string, text: string): void {
    this.world.record('group', { member, event: 'note', text });
  }

  /** The end-of-run check of a partition's final read (every record below its high watermark). */
  finalRead(partition: string, records: ReadonlyArray<{ readonly offset: number; readonly value: string }>): void {
    if (!this.without.has('resume')) this.resume.finalRead(partition, records);
  }
}
