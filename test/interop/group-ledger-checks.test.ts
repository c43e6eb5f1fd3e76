// Goal: the verdict the real-process consumer-group tests rest on can fail, rule by rule. Each
// hand-made history breaks one rule of support/group-ledger.ts (a record never consumed, one
// consumed again after its commit, one read twice in one assignment, a partition read by a member
// not holding it, a commit going back or past what was read, a partition left uncommitted) and
// must be reported under that rule's name alone; a history with a legitimate redelivery (an
// uncommitted record re-read by the new owner after a rebalance) passes and is counted.
// Method: pure histories; no cluster.
import { describe, expect, test } from 'vitest';
import { judgeGroup, splitProblems, type GroupEvent } from './support/group-ledger.js';

const assigned = (member: string, partitions: number[]): GroupEvent => ({ kind: 'assigned', member, partitions });
const consumed = (member: string, partition: number, offset: number): GroupEvent => ({ kind: 'consumed', member, partition, offset });
const committed = (member: string, partition: number, offset: number): GroupEvent => ({ kind: 'committed', member, partition, offset });

/** a reads 0..2 of partition 0 and commits 3: the well-behaved history the others break. */
const clean: GroupEvent[] = [assigned('a', [0]), consumed('a', 0, 0), consumed('a', 0, 1), consumed('a', 0, 2), committed('a', 0, 3)];
const ends = new Map([[0, 3]]);

/** The rule names of a verdict's problems. */
const rules = (events: GroupEvent[], endOffsets = ends): string[] =>
  [...new Set(judgeGroup(events, endOffsets).problems.map((problem) => problem.split(':')[0]))];

describe('consumer-group verdicts', () => {
  test('a clean history has no problem', () => {
    expect(judgeGroup(clean, ends)).toEqual({ problems: [], redelivered: 0, consumed: 3, assignments: 1 });
  });

  test('an uncommitted record re-read by the next owner after a rebalance is allowed and counted', () => {
    const history = [assigned('a', [0]), consumed('a', 0, 0), consumed('a', 0, 1), committed('a', 0, 1),
      assigned('a', []), assigned('b', [0]), consumed('b', 0, 1), consumed('b', 0, 2), committed('b', 0, 3)];
    expect(judgeGroup(history, ends)).toMatchObject({ problems: [], redelivered: 1 });
  });

  test('missing: an offset nobody consumed', () => {
    expect(rules([assigned('a', [0]), consumed('a', 0, 0), consumed('a', 0, 2), committed('a', 0, 3)]))
      .toEqual(['missing']);
  });

  test('after-commit: a record consumed again after a commit covering it', () => {
    expect(rules([...clean, assigned('b', [0]), consumed('b', 0, 2)])).toEqual(['after-commit']);
  });

  test('repeated: one member reads an offset twice within one assignment', () => {
    expect(rules([assigned('a', [0]), consumed('a', 0, 0), consumed('a', 0, 0), consumed('a', 0, 1), consumed('a', 0, 2),
      committed('a', 0, 3)])).toEqual(['repeated']);
  });

  test('unowned: a member reads a partition it does not hold', () => {
    expect(rules([...clean, assigned('b', [1]), consumed('b', 0, 3), committed('b', 0, 4)], new Map([[0, 4]])))
      .toEqual(['unowned']);
  });

  test('commit-back: an acknowledged commit below an earlier one', () => {
    expect(rules([...clean, committed('b', 0, 1), committed('a', 0, 3)])).toEqual(['commit-back']);
  });

  test('commit-ahead: a commit past every offset read (the record it skips is then missing too)', () => {
    expect(rules([assigned('a', [0]), consumed('a', 0, 0), committed('a', 0, 2), consumed('a', 0, 2), committed('a', 0, 3)]))
      .toEqual(['commit-ahead', 'missing']);
  });

  test('unfinished: a partition whose commit stops short of its end offset', () => {
    expect(rules(clean.slice(0, -1).concat(committed('a', 0, 2)))).toEqual(['unfinished']);
  });

  test('splitProblems: a partition held twice or by nobody, and an uneven split', () => {
    expect(splitProblems(new Map([['a', [0, 1]], ['b', [2, 3]]]), 4)).toEqual([]);
    expect(splitProblems(new Map([['a', [0, 1]], ['b', [1, 2]]]), 4)).toHaveLength(2);
    expect(splitProblems(new Map([['a', [0, 1, 2]], ['b', [3]]]), 4)).toHaveLength(1);
  });
});
