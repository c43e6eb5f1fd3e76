// Negative and positive controls for the Raft safety checkers (test/support/raft-checkers.ts).
// Goal: every checker fires on the violation it exists for and stays quiet on a legal history,
// so a property test that reports "no violation" means something. Method: hand-made views of
// small clusters, fed step by step as a harness would, without any Raft core involved.
import { describe, expect, test } from 'vitest';
import {
  CommittedNeverLost,
  ElectionSafety,
  EpochMonotonic,
  HighWatermarkMonotonic,
  LeaderCompleteness,
  LogMatching,
  SafetyCheckers,
  type CheckedEntry,
  type NodeView,
} from '../support/raft-checkers.js';

const encoder = new TextEncoder();

/** A log from [epoch, text] pairs, starting at `first`. */
function log(pairs: readonly [number, string][], first = 0): CheckedEntry[] {
  return pairs.map(([epoch, text], position) => ({
    offset: first + position,
    epoch,
    kind: 'data',
    payload: encoder.encode(text),
  }));
}

function view(id: number, fields: Partial<NodeView> = {}): NodeView {
  return {
    id,
    alive: true,
    incarnation: 0,
    role: 'follower',
    epoch: 1,
    highWatermark: 0,
    snapshotId: null,
    log: [],
    logChangedFrom: 0,
    newlyApplied: [],
    newlyAppliedSnapshot: null,
    ...fields,
  };
}

describe('ElectionSafety (Raft §5.2)', () => {
  test('two leaders of one epoch are reported even when they never coexist', () => {
    const checker = new ElectionSafety();
    expect(checker.check([view(1, { role: 'leader', epoch: 3 }), view(2)])).toEqual([]);
    expect(checker.check([view(1, { role: 'follower', epoch: 3 }), view(2, { role: 'leader', epoch: 3 })])).toHaveLength(1);
  });

  test('leaders of different epochs are fine', () => {
    const checker = new ElectionSafety();
    expect(checker.check([view(1, { role: 'leader', epoch: 3 }), view(2, { role: 'leader', epoch: 4 })])).toEqual([]);
  });
});

describe('EpochMonotonic', () => {
  test('an epoch going back is reported, across restarts too', () => {
    const checker = new EpochMonotonic();
    expect(checker.check([view(1, { epoch: 5 })])).toEqual([]);
    expect(checker.check([view(1, { epoch: 4, incarnation: 1 })])).toHaveLength(1);
  });
});

describe('LogMatching (Raft §5.3)', () => {
  test('same offset and epoch with different prefixes is reported', () => {
    const checker = new LogMatching();
    const a = view(1, { log: log([[1, 'a'], [2, 'b']]) });
    const b = view(2, { log: log([[1, 'x'], [2, 'b']]) });
    expect(checker.check([a, b])).toHaveLength(1);
  });

  test('same offset and epoch with different content is reported', () => {
    const checker = new LogMatching();
    expect(checker.check([view(1, { log: log([[1, 'a']]) }), view(2, { log: log([[1, 'b']]) })])).toHaveLength(1);
  });

  test('diverging tails of different epochs are legal', () => {
    const checker = new LogMatching();
    const a = view(1, { log: log([[1, 'a'], [2, 'b'], [2, 'c']]) });
    const b = view(2, { log: log([[1, 'a'], [3, 'x']]) });
    expect(checker.check([a, b])).toEqual([]);
  });

  test('a change below the verified prefix is noticed through logChangedFrom', () => {
    const checker = new LogMatching();
    expect(checker.check([view(1, { log: log([[1, 'a'], [1, 'b']]) }), view(2, { log: log([[1, 'a'], [1, 'b']]) })])).toEqual([]);
    const changed = view(2, { log: log([[1, 'z'], [1, 'b']]), logChangedFrom: 0 });
    expect(checker.check([view(1, { log: log([[1, 'a'], [1, 'b']]), logChangedFrom: Infinity }), changed])).toHaveLength(1);
  });
});

describe('CommittedNeverLost (Raft §5.4.3)', () => {
  test('an entry below one node\'s high watermark that differs on another node\'s committed prefix is reported', () => {
    const checker = new CommittedNeverLost();
    expect(checker.check([view(1, { log: log([[1, 'a']]), highWatermark: 1 })])).toEqual([]);
    expect(checker.check([view(2, { log: log([[1, 'b']]), highWatermark: 1 })])).toHaveLength(1);
  });

  test('a truncation below the high watermark is reported, even after a restart at zero', () => {
    const checker = new CommittedNeverLost();
    expect(checker.check([view(1, { log: log([[1, 'a'], [1, 'b']]), highWatermark: 2 })])).toEqual([]);
    const restarted = view(1, { log: log([[1, 'a']]), highWatermark: 0, incarnation: 1, logChangedFrom: 1 });
    expect(checker.check([restarted])).toHaveLength(1);
  });

  test('a high watermark beyond the durable log is reported', () => {
    expect(new CommittedNeverLost().check([view(1, { log: log([[1, 'a']]), highWatermark: 2 })])).toHaveLength(1);
  });

  test('applying an uncommitted entry or skipping one is reported', () => {
    const entries = log([[1, 'a'], [1, 'b']]);
    const notCommitted = view(1, { log: entries, highWatermark: 1, newlyApplied: entries });
    expect(new CommittedNeverLost().check([notCommitted])).toHaveLength(1);
    const skipped = view(1, { log: entries, highWatermark: 2, newlyApplied: entries.slice(1) });
    expect(new CommittedNeverLost().check([skipped])).toHaveLength(1);
  });

  test('a snapshot beyond every high watermark is reported', () => {
    const node = view(1, { log: [], snapshotId: { offset: 3, epoch: 1 }, highWatermark: 0 });
    expect(new CommittedNeverLost().check([node])).toHaveLength(1);
  });

  test('a follower catching up, truncating an uncommitted tail, is legal', () => {
    const checker = new CommittedNeverLost();
    const leader = view(1, { role: 'leader', epoch: 2, log: log([[1, 'a'], [2, 'c']]), highWatermark: 2 });
    const follower = view(2, { log: log([[1, 'a'], [1, 'stale']]), highWatermark: 1 });
    expect(checker.check([leader, follower])).toEqual([]);
    const caughtUp = view(2, { log: log([[1, 'a'], [2, 'c']]), highWatermark: 2, logChangedFrom: 1 });
    expect(checker.check([{ ...leader, logChangedFrom: Infinity }, caughtUp])).toEqual([]);
  });
});

describe('LeaderCompleteness (Raft §5.4.1)', () => {
  test('a new leader without a committed entry is reported', () => {
    const committed = new CommittedNeverLost();
    const checker = new LeaderCompleteness(committed.history);
    const first = [view(1, { role: 'leader', log: log([[1, 'a']]), highWatermark: 1 }), view(2)];
    committed.check(first);
    expect(checker.check(first)).toEqual([]);
    const second = [view(1, { role: 'follower', epoch: 2, log: log([[1, 'a']]) }), view(2, { role: 'leader', epoch: 2 })];
    committed.check(second);
    expect(checker.check(second)).toHaveLength(1);
  });
});

describe('HighWatermarkMonotonic', () => {
  test('a decrease within one incarnation is reported, a restart may start lower', () => {
    const checker = new HighWatermarkMonotonic();
    expect(checker.check([view(1, { highWatermark: 3 })])).toEqual([]);
    expect(checker.check([view(1, { highWatermark: 2 })])).toHaveLength(1);
    expect(checker.check([view(1, { highWatermark: 0, incarnation: 1 })])).toEqual([]);
  });
});

describe('SafetyCheckers', () => {
  test('a legal history of election, replication and commit raises nothing', () => {
    const safety = new SafetyCheckers();
    const entries = log([[1, 'leader-change'], [1, 'a']]);
    expect(safety.check([view(1, { role: 'candidate', epoch: 1 }), view(2), view(3)])).toEqual([]);
    expect(safety.check([view(1, { role: 'leader', log: entries }), view(2), view(3)])).toEqual([]);
    expect(safety.check([
      view(1, { role: 'leader', log: entries, highWatermark: 2, newlyApplied: entries, logChangedFrom: Infinity }),
      view(2, { log: entries, highWatermark: 0 }),
      view(3),
    ])).toEqual([]);
  });
});
