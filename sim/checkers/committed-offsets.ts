// `committed-offset-regressed`: the committed offset of a group's partition never goes back unless
// it was reset (issue 12; DESIGN.md: "committed consumer offsets that go backwards"; simulation.md
// §7.4). Part of sim/checkers/; fed by the groups workload's members (sim/groups/).
//
// The committed offset is a register the coordinator keeps in `__consumer_offsets`; members
// observe it twice: an OffsetCommit acknowledged with NONE wrote a value, an OffsetFetch answer
// read one. An observation whose answer arrived before another request was sent bounds that
// request from below: a fetch must not read less, and a commit must not write less, than any
// value written or read before it was sent (after the last reset acknowledged before it was
// sent: OffsetDelete, DeleteGroups, or offset expiry wipe the register). Concurrent requests are
// not ordered. A fetch that reads -1 (no committed offset) after a value was observed goes back
// as well.
//
// Two coordinator bugs it catches: an OffsetCommit answered before its record is replicated (a
// failover loses it, and the next coordinator serves the older value), and an OffsetFetch served
// from state whose record is not yet committed (read, then lost in a failover).
import assert from 'node:assert/strict';
import type { CommitFact, OffsetFetchFact, ReportAnomaly, ResetFact } from './group-history.js';

export const committedOffsetAnomaly = 'committed-offset-regressed';

/** One observation of the register, in the order the answers arrived. */
interface Observation {
  readonly offset: number;
  readonly answeredAtMs: number;
  /** "commit by consumer-2" or "fetch by consumer-1", for the report. */
  readonly what: string;
}

interface Register {
  readonly observations: Observation[];
  /** Answer times of the acknowledged resets. */
  readonly resetsAtMs: number[];
}

/** Watches commits and fetches of committed offsets; reports the first that goes back. */
export class CommittedOffsetsChecker {
  commits = 0;
  fetches = 0;
  resets = 0;
  private readonly registers = new Map<string, Register>();

  constructor(private readonly report: ReportAnomaly) {}

  committed(fact: CommitFact): void {
    this.commits += 1;
    this.observe(fact, { offset: fact.offset, answeredAtMs: fact.answeredAtMs, what: `commit by ${fact.member}` }, 'wrote');
  }

  fetched(fact: OffsetFetchFact): void {
    this.fetches += 1;
    this.observe(fact, { offset: fact.offset, answeredAtMs: fact.answeredAtMs, what: `fetch by ${fact.member}` }, 'read');
  }

  reset(fact: ResetFact): void {
    this.resets += 1;
    this.register(fact.group, fact.partition).resetsAtMs.push(fact.answeredAtMs);
  }

  private register(group: string, partition: string): Register {
    const key = `${group} ${partition}`;
    let register = this.registers.get(key);
    if (register === undefined) {
      register = { observations: [], resetsAtMs: [] };
      this.registers.set(key, register);
    }
    return register;
  }

  private observe(fact: CommitFact | OffsetFetchFact, observation: Observation, verb: string): void {
    assert.ok(fact.invokedAtMs <= fact.answeredAtMs, 'an answer comes after its request');
    assert.ok(fact.offset >= -1, 'a committed offset is -1 or an offset');
    const register = this.register(fact.group, fact.partition);
    const bound = lowerBound(register, fact.invokedAtMs);
    if (bound !== undefined && observation.offset < bound.offset) {
      this.report(committedOffsetAnomaly, `group ${fact.group} ${fact.partition}: ${observation.what} sent at `
        + `${Math.round(fact.invokedAtMs)} ms ${verb} ${fact.offset}, below ${bound.offset} (${bound.what}, answered at `
        + `${Math.round(bound.answeredAtMs)} ms), with no reset between`);
    }
    register.observations.push(observation);
  }
}

/** The highest observation answered before `invokedAtMs` and after the last reset before it. */
function lowerBound(register: Register, invokedAtMs: number): Observation | undefined {
  const resetAtMs = register.resetsAtMs.filter((atMs) => atMs < invokedAtMs).at(-1) ?? Number.NEGATIVE_INFINITY;
  let bound: Observation | undefined;
  for (const observation of register.observations) {
    if (observation.answeredAtMs >= invokedAtMs || observation.answeredAtMs <= resetAtMs) continue;
    if (bound === undefined || observation.offset > bound.offset) bound = observation;
  }
  return bound;
}
