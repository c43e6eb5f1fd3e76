// `partition-owned-twice`: no two members of one generation of a classic group own one partition
// (issue 12, "In the whole-cluster simulator"). Part of sim/checkers/; fed by the groups
// workload's members (sim/groups/) from the answers the coordinator gave them
// (group-history.ts). Two ways a coordinator can break it:
//
// 1. Within a generation: the SyncGroup answers of one generation hand a partition to two
//    members. The leader's assignment is a partition of the topics, so this happens when the
//    coordinator completes two rebalances under one generation id (it did not bump it) or mixes
//    two leaders' assignments — one member keeps what it got in the first round while another
//    gets it in the second.
// 2. Across generations: after the coordinator answered a SyncGroup of generation g' (the answer
//    goes out once the group's record of g' is committed, so that coordinator, and every later
//    one loaded from the log, knows g'), it confirms with a Heartbeat answered NONE that a member
//    is still in an older generation g whose partitions it kept were handed to another member in
//    g'. A correct coordinator answers such a heartbeat REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION
//    or UNKNOWN_MEMBER_ID, after which the member gives its partitions up. Only facts of one
//    coordinator node are compared: a node that lost leadership of the group's offsets partition
//    and has not learned it yet may still answer from the older generation, as Kafka's does.
//
// The heartbeat's invoke time is what is compared with the SyncGroup's answer time: the
// coordinator handled the heartbeat after it was sent, so after it had answered g'.
import assert from 'node:assert/strict';
import type { AssignmentFact, ConfirmationFact, ReportAnomaly } from './group-history.js';

export const ownershipAnomaly = 'partition-owned-twice';

/** Watches assignments and heartbeat confirmations; reports the first double ownership. */
export class GroupOwnershipChecker {
  /** Facts checked, for the run summary. */
  assignments = 0;
  confirmations = 0;
  /** group -> every assignment answered so far, in arrival order. */
  private readonly assignmentsOf = new Map<string, AssignmentFact[]>();

  constructor(private readonly report: ReportAnomaly) {}

  /** A member got its assignment of `generation` (a SyncGroup answered NONE). */
  assigned(fact: AssignmentFact): void {
    this.assignments += 1;
    const known = this.assignmentsOf.get(fact.group) ?? [];
    this.assignmentsOf.set(fact.group, known);
    assert.ok((known.at(-1)?.answeredAtMs ?? 0) <= fact.answeredAtMs, 'assignments are reported in the order they arrive');
    for (const earlier of known) {
      if (earlier.generation !== fact.generation || earlier.member === fact.member) continue;
      const shared = fact.partitions.find((partition) => earlier.partitions.includes(partition));
      if (shared === undefined) continue;
      this.report(ownershipAnomaly, `group ${fact.group} generation ${fact.generation}: ${shared} was assigned to `
        + `${earlier.member} (by node ${earlier.coordinator} at ${Math.round(earlier.answeredAtMs)} ms) and to ${fact.member} `
        + `(by node ${fact.coordinator} at ${Math.round(fact.answeredAtMs)} ms)`);
      return;
    }
    known.push(fact);
  }

  /** A member's heartbeat of `generation`, sent at `invokedAtMs`, was answered NONE. */
  confirmed(fact: ConfirmationFact): void {
    this.confirmations += 1;
    const known = this.assignmentsOf.get(fact.group) ?? [];
    const own = known.filter((assignment) => assignment.member === fact.member && assignment.generation === fact.generation);
    const owned = new Set(own.flatMap((assignment) => assignment.partitions));
    if (owned.size === 0) return;
    for (const later of known) {
      if (later.generation <= fact.generation || later.member === fact.member) continue;
      if (later.coordinator !== fact.coordinator || later.answeredAtMs >= fact.invokedAtMs) continue;
      const shared = later.partitions.find((partition) => owned.has(partition));
      if (shared === undefined) continue;
      this.report(ownershipAnomaly, `group ${fact.group}: node ${fact.coordinator} confirmed ${fact.member} in generation `
        + `${fact.generation} (heartbeat sent at ${Math.round(fact.invokedAtMs)} ms), so it kept ${shared}, which the same node `
        + `had assigned to ${later.member} in generation ${later.generation} at ${Math.round(later.answeredAtMs)} ms`);
      return;
    }
  }
}
