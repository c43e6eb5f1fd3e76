// Checkers of elections and of log shape: election safety (Raft §5.2, at most one leader per
// epoch), monotonic epochs (Kafka's `MonotonicEpoch`), log matching (Raft §5.3) and leader
// completeness (Raft §5.4.1). Each keeps the history it needs across views; see view.ts for
// what a view holds and committed.ts for the committed history leader completeness relies on.
import assert from 'node:assert/strict';
import type { CommittedHistory } from './committed.js';
import {
  contentKey,
  describeEntry,
  entryAt,
  logEndOffset,
  logStartOffset,
  type Checker,
  type NodeView,
  type Violation,
} from './view.js';

/**
 * Election safety (Raft §5.2): at most one node is ever leader in a given epoch. The checker
 * remembers the leader of every epoch it has seen, for the whole run, so two leaders of one
 * epoch are caught even if they never coexist.
 */
export class ElectionSafety implements Checker {
  readonly name = 'ElectionSafety';
  readonly #leaderOfEpoch = new Map<number, number>();

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: Violation[] = [];
    for (const node of nodes) {
      if (node.role !== 'leader') continue;
      const known = this.#leaderOfEpoch.get(node.epoch);
      if (known === undefined) this.#leaderOfEpoch.set(node.epoch, node.id);
      else if (known !== node.id) {
        violations.push({
          checker: this.name,
          message: `nodes ${known} and ${node.id} were both leader in epoch ${node.epoch}`,
        });
      }
    }
    return violations;
  }
}

/** Each node's epoch never decreases, across restarts too: it is part of the durable state. */
export class EpochMonotonic implements Checker {
  readonly name = 'EpochMonotonic';
  readonly #highestEpoch = new Map<number, number>();

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: Violation[] = [];
    for (const node of nodes) {
      const highest = this.#highestEpoch.get(node.id) ?? 0;
      if (node.epoch < highest) {
        violations.push({
          checker: this.name,
          message: `node ${node.id} went back from epoch ${highest} to ${node.epoch}`,
        });
      }
      this.#highestEpoch.set(node.id, Math.max(highest, node.epoch));
    }
    return violations;
  }
}

/**
 * Log matching (Raft §5.3): if two logs hold an entry with the same offset and epoch, the logs
 * are identical up to and including that offset. Entries hidden in snapshots are not compared
 * here; CommittedNeverLost checks snapshots against the committed history.
 *
 * Per pair of nodes the checker remembers an offset below which the two logs were found equal
 * and lowers it when either log changes there, so an unchanged prefix is not compared again.
 */
export class LogMatching implements Checker {
  readonly name = 'LogMatching';
  /** Key `a,b` (a < b): offsets of the overlap below this were verified identical. */
  readonly #verifiedBelow = new Map<string, number>();

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: Violation[] = [];
    for (let first = 0; first < nodes.length; first++) {
      for (let second = first + 1; second < nodes.length; second++) {
        const a = nodes[first] as NodeView;
        const b = nodes[second] as NodeView;
        const violation = this.#checkPair(a, b);
        if (violation !== undefined) violations.push(violation);
      }
    }
    return violations;
  }

  #checkPair(a: NodeView, b: NodeView): Violation | undefined {
    const pairKey = `${Math.min(a.id, b.id)},${Math.max(a.id, b.id)}`;
    const changedFrom = Math.min(a.logChangedFrom, b.logChangedFrom);
    const previous = this.#verifiedBelow.get(pairKey) ?? 0;
    const verifiedBelow = Math.min(previous, changedFrom);
    const overlapStart = Math.max(logStartOffset(a), logStartOffset(b));
    const overlapEnd = Math.min(logEndOffset(a), logEndOffset(b));
    const highestMatch = findHighestMatch(a, b, Math.max(overlapStart, verifiedBelow), overlapEnd);
    if (highestMatch === undefined) {
      this.#verifiedBelow.set(pairKey, verifiedBelow);
      return undefined;
    }
    for (let offset = Math.max(overlapStart, verifiedBelow); offset <= highestMatch; offset++) {
      const left = entryAt(a, offset);
      const right = entryAt(b, offset);
      assert.ok(left !== undefined && right !== undefined, 'offset inside both logs');
      if (contentKey(left) !== contentKey(right)) {
        this.#verifiedBelow.set(pairKey, verifiedBelow);
        return {
          checker: this.name,
          message:
            `nodes ${a.id} and ${b.id} both hold offset ${highestMatch} in epoch ` +
            `${entryAt(a, highestMatch)?.epoch} but differ below it, at offset ${offset}: ` +
            `node ${a.id} has ${describeEntry(left)}, node ${b.id} has ${describeEntry(right)}`,
        };
      }
    }
    this.#verifiedBelow.set(pairKey, highestMatch + 1);
    return undefined;
  }
}

/** The highest offset in [from, to) where both logs hold an entry of the same epoch. */
function findHighestMatch(a: NodeView, b: NodeView, from: number, to: number): number | undefined {
  for (let offset = to - 1; offset >= from; offset--) {
    if (entryAt(a, offset)?.epoch === entryAt(b, offset)?.epoch) return offset;
  }
  return undefined;
}

/**
 * Leader completeness (Raft §5.4.1): a leader's log holds every entry committed in earlier
 * epochs. Checked at the moment a node becomes leader of an epoch, against everything known to
 * be committed by then (a committed entry is one below some node's high watermark, see
 * CommittedHistory). That moment is the honest one: an entry committed later by a leader of a
 * higher epoch need not be in the log of a deposed leader that has not noticed yet, and a
 * leader's own log only grows during its epoch, which LogMatching and CommittedNeverLost cover.
 * Why "everything committed by then" is the right set: a leader of a higher epoch cannot have
 * committed anything before this election, since both needed a majority at their own epoch.
 */
export class LeaderCompleteness implements Checker {
  readonly name = 'LeaderCompleteness';
  readonly #history: CommittedHistory;
  /** The last epoch in which each node was seen as leader. */
  readonly #leaderEpochOf = new Map<number, number>();

  /** @param history the committed history, updated by CommittedNeverLost before this runs */
  constructor(history: CommittedHistory) {
    this.#history = history;
  }

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: Violation[] = [];
    for (const node of nodes) {
      if (node.role !== 'leader' || this.#leaderEpochOf.get(node.id) === node.epoch) continue;
      this.#leaderEpochOf.set(node.id, node.epoch);
      const missing = this.#firstMissing(node);
      if (missing !== undefined) {
        violations.push({
          checker: this.name,
          message: `node ${node.id} became leader of epoch ${node.epoch} without ${missing}`,
        });
      }
    }
    return violations;
  }

  #firstMissing(leader: NodeView): string | undefined {
    const start = logStartOffset(leader);
    for (const [offset, committed] of this.#history.entries()) {
      if (offset < start) continue;
      const held = entryAt(leader, offset);
      if (held === undefined) return `committed offset ${offset} (its log ends at ${logEndOffset(leader)})`;
      if (!committed.matches(held)) {
        return `committed entry ${committed.describe()}: it holds ${describeEntry(held)} there`;
      }
    }
    return undefined;
  }
}
