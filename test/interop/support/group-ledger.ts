// The consumer-group tests' verdict on what the members of one group saw and committed (pure; it
// lists every problem found, empty when all is well). A GroupLedger is fed, in the order they
// happened, each member's assignments, the records it consumed and the offsets whose commit the
// broker acknowledged (the next offset to read, as Kafka commits them). The rules (issue 12:
// "every record is consumed and none is consumed twice between two commits"):
// - missing: an offset below a partition's end offset that no member consumed (at-least-once);
// - after-commit: a record consumed again although a commit covering it had been acknowledged
//   before: a redelivery is only legitimate for records not yet committed when it happens (a
//   new owner after a rebalance resumes at the committed offset, never below it);
// - repeated: one member consumed an offset of a partition again within one assignment (its own
//   position went back without a rebalance that could explain it);
// - unowned: a member consumed a partition its latest assignment does not hold;
// - commit-back: an acknowledged commit lower than an earlier acknowledged one (a commit of a
//   stale member, which the generation check should have refused);
// - commit-ahead: an acknowledged commit past every offset any member consumed (records skipped);
// - unfinished: at the end a partition's committed offset is not its end offset.
// Redeliveries that are legitimate (uncommitted records re-read by a new owner) are counted in
// `redelivered`, so a test can show its rebalances had teeth.

/** Something one member did or was told, in the order the test saw it. */
export type GroupEvent =
  | { readonly kind: 'assigned'; readonly member: string; readonly partitions: readonly number[] }
  | { readonly kind: 'consumed'; readonly member: string; readonly partition: number; readonly offset: number }
  | { readonly kind: 'committed'; readonly member: string; readonly partition: number; readonly offset: number }
  | { readonly kind: 'stopped'; readonly member: string };

/** The verdict: problems by rule, and the counts that show what the run did. */
export interface GroupVerdict {
  readonly problems: string[];
  /** Records consumed more than once where the rules allow it (not committed at the repeat). */
  readonly redelivered: number;
  /** Records consumed in all, repeats included. */
  readonly consumed: number;
  /** How many assignments the members received (each rebalance gives every member one). */
  readonly assignments: number;
}

interface MemberState {
  owned: Set<number>;
  /** Offsets this member consumed per partition since its latest assignment. */
  readSinceAssignment: Map<number, Set<number>>;
}

/** Collects the events of one group's members and judges them. */
export class GroupLedger {
  private readonly events: GroupEvent[] = [];

  /** Records one event (call in the order they happened). */
  record(event: GroupEvent): void {
    this.events.push(event);
  }

  /** Every event so far, in order. */
  all(): readonly GroupEvent[] {
    return this.events;
  }

  /** The highest acknowledged commit of each partition so far. */
  committed(): Map<number, number> {
    const committed = new Map<number, number>();
    for (const event of this.events) {
      if (event.kind === 'committed') committed.set(event.partition, Math.max(committed.get(event.partition) ?? 0, event.offset));
    }
    return committed;
  }

  /** The latest assignment of each member that has not stopped. */
  assignments(): Map<string, readonly number[]> {
    const latest = new Map<string, readonly number[]>();
    for (const event of this.events) {
      if (event.kind === 'assigned') latest.set(event.member, [...event.partitions].sort((a, b) => a - b));
      if (event.kind === 'stopped') latest.delete(event.member);
    }
    return latest;
  }

  /** The first offset `member` consumed of each partition after the event at `fromIndex`. */
  firstConsumed(member: string, fromIndex: number): Map<number, number> {
    const first = new Map<number, number>();
    for (const event of this.events.slice(fromIndex)) {
      if (event.kind === 'consumed' && event.member === member && !first.has(event.partition)) {
        first.set(event.partition, event.offset);
      }
    }
    return first;
  }

  /** Judges every event against the rules, given each partition's end offset at the end of the run. */
  verdict(endOffsets: ReadonlyMap<number, number>): GroupVerdict {
    return judgeGroup(this.events, endOffsets);
  }
}

/** The verdict on `events` (see the file header), given each partition's end offset. */
export function judgeGroup(events: readonly GroupEvent[], endOffsets: ReadonlyMap<number, number>): GroupVerdict {
  const problems: string[] = [];
  const members = new Map<string, MemberState>();
  const committed = new Map<number, number>();
  const consumedEver = new Map<number, Set<number>>();
  let redelivered = 0;
  let consumed = 0;
  let assignments = 0;
  const stateOf = (member: string): MemberState => {
    const known = members.get(member) ?? { owned: new Set<number>(), readSinceAssignment: new Map() };
    members.set(member, known);
    return known;
  };
  for (const [index, event] of events.entries()) {
    const at = `event ${index}`;
    switch (event.kind) {
      case 'assigned': {
        assignments += 1;
        members.set(event.member, { owned: new Set(event.partitions), readSinceAssignment: new Map() });
        break;
      }
      case 'stopped': {
        members.set(event.member, { owned: new Set(), readSinceAssignment: new Map() });
        break;
      }
      case 'consumed': {
        consumed += 1;
        const member = stateOf(event.member);
        const record = `${event.partition}@${event.offset}`;
        if (!member.owned.has(event.partition)) problems.push(`unowned: ${event.member} consumed ${record} (${at})`);
        const mine = member.readSinceAssignment.get(event.partition) ?? new Set<number>();
        member.readSinceAssignment.set(event.partition, mine);
        if (mine.has(event.offset)) problems.push(`repeated: ${event.member} consumed ${record} twice in one assignment (${at})`);
        mine.add(event.offset);
        const commit = committed.get(event.partition) ?? 0;
        if (event.offset < commit) {
          problems.push(`after-commit: ${event.member} consumed ${record} after offset ${commit} was committed (${at})`);
        }
        const ever = consumedEver.get(event.partition) ?? new Set<number>();
        consumedEver.set(event.partition, ever);
        if (ever.has(event.offset) && event.offset >= commit) redelivered += 1;
        ever.add(event.offset);
        break;
      }
      case 'committed': {
        const before = committed.get(event.partition) ?? 0;
        const record = `${event.partition}@${event.offset}`;
        if (event.offset < before) problems.push(`commit-back: ${event.member} committed ${record} after ${before} (${at})`);
        const highestRead = Math.max(-1, ...(consumedEver.get(event.partition) ?? []));
        if (event.offset > highestRead + 1) {
          problems.push(`commit-ahead: ${event.member} committed ${record} past the highest offset read, ${highestRead} (${at})`);
        }
        committed.set(event.partition, Math.max(before, event.offset));
        break;
      }
      default: {
        const unexpected: never = event;
        throw new Error(`unknown group event ${JSON.stringify(unexpected)}`);
      }
    }
  }
  for (const [partition, end] of endOffsets) {
    const ever = consumedEver.get(partition) ?? new Set<number>();
    const missing = [];
    for (let offset = 0; offset < end; offset += 1) if (!ever.has(offset)) missing.push(offset);
    if (missing.length > 0) {
      problems.push(`missing: partition ${partition} offsets ${missing.slice(0, 20).join(',')}` +
        `${missing.length > 20 ? ` and ${missing.length - 20} more` : ''} never consumed`);
    }
    const commit = committed.get(partition) ?? 0;
    if (commit !== end) problems.push(`unfinished: partition ${partition} committed ${commit}, end offset ${end}`);
  }
  return { problems, redelivered, consumed, assignments };
}

/** Problems with a group's latest assignments: partitions held twice or by nobody, or an uneven split. */
export function splitProblems(assignments: ReadonlyMap<string, readonly number[]>, partitions: number): string[] {
  const problems: string[] = [];
  const holders = new Map<number, string[]>();
  for (const [member, owned] of assignments) {
    for (const partition of owned) holders.set(partition, [...(holders.get(partition) ?? []), member]);
  }
  for (let partition = 0; partition < partitions; partition += 1) {
    const held = holders.get(partition) ?? [];
    if (held.length !== 1) problems.push(`partition ${partition} held by ${held.length === 0 ? 'nobody' : held.join(' and ')}`);
  }
  const sizes = [...assignments.values()].map((owned) => owned.length);
  if (sizes.length > 0 && Math.max(...sizes) - Math.min(...sizes) > 1) {
    problems.push(`uneven split: ${[...assignments].map(([member, owned]) => `${member}=${owned.join(',')}`).join(' ')}`);
  }
  return problems;
}
