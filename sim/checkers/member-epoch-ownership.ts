// `partition-owned-twice` for KIP-848 consumer groups: no two members own one partition at once
// (issue 12: "of member epochs overlapping"). Part of sim/checkers/; fed by the groups workload's
// consumer-protocol members (sim/groups/consumer-member.ts).
//
// A member holds a partition from the ConsumerGroupHeartbeat answer that assigns it (its member
// epoch then) until it gives it up: it stops consuming, commits, and its next heartbeat no longer
// lists the partition as owned. KIP-848's coordinator assigns a partition being revoked to
// another member only once the owner's heartbeat acknowledged the revocation (or the owner was
// fenced, after which it is told FENCED_MEMBER_EPOCH or UNKNOWN_MEMBER_ID and its hold ends
// there). So when a coordinator answers NONE to A's revocation of p, sent at time t, no member
// can have been handed p by that coordinator before t while A held it: such a grant put two
// member epochs on p at once. (Only one node's answers are compared, as in group-ownership.ts.)
import type { AssignmentFact, ReleaseFact, ReportAnomaly } from './group-history.js';
import { ownershipAnomaly } from './group-ownership.js';

interface Hold {
  readonly member: string;
  readonly epoch: number;
  readonly coordinator: number;
  readonly sinceMs: number;
}

/** Watches grants and acknowledged revocations of one or more KIP-848 groups. */
export class MemberEpochOwnershipChecker {
  grants = 0;
  releases = 0;
  /** group and partition -> every hold of it not yet ended, in the order they began. */
  private readonly holds = new Map<string, Hold[]>();

  constructor(private readonly report: ReportAnomaly) {}

  /** A heartbeat answer assigned `partitions` (those the member did not hold) at member epoch `generation`. */
  granted(fact: AssignmentFact): void {
    this.grants += 1;
    for (const partition of fact.partitions) {
      const key = `${fact.group} ${partition}`;
      const holds = (this.holds.get(key) ?? []).filter((hold) => hold.member !== fact.member);
      holds.push({ member: fact.member, epoch: fact.generation, coordinator: fact.coordinator, sinceMs: fact.answeredAtMs });
      this.holds.set(key, holds);
    }
  }

  /** The member's revocation of `partitions` was acknowledged (see ReleaseFact). */
  released(fact: ReleaseFact): void {
    this.releases += 1;
    for (const partition of fact.partitions) {
      const key = `${fact.group} ${partition}`;
      const holds = this.holds.get(key) ?? [];
      const own = holds.find((hold) => hold.member === fact.member);
      this.holds.set(key, holds.filter((hold) => hold.member !== fact.member));
      if (own === undefined) continue;
      const overlapping = holds.find((hold) => hold.member !== fact.member && hold.coordinator === fact.coordinator
        && hold.sinceMs > own.sinceMs && hold.sinceMs < fact.invokedAtMs);
      if (overlapping === undefined) continue;
      this.report(ownershipAnomaly, `group ${fact.group} ${partition}: node ${fact.coordinator} assigned it to `
        + `${overlapping.member} (epoch ${overlapping.epoch}) at ${Math.round(overlapping.sinceMs)} ms while ${fact.member} `
        + `(epoch ${own.epoch}, since ${Math.round(own.sinceMs)} ms) held it, and acknowledged ${fact.member}'s revocation `
        + `sent only at ${Math.round(fact.invokedAtMs)} ms`);
      return;
    }
  }

  /** The member lost everything (fenced, or its session lost): its holds end unchecked. */
  lost(group: string, member: string): void {
    for (const [key, holds] of this.holds) {
      if (key.startsWith(`${group} `)) this.holds.set(key, holds.filter((hold) => hold.member !== member));
    }
  }
}
