// Goal: each group checker (sim/checkers/group-ownership.ts, committed-offsets.ts,
// group-resume.ts) fires, as its one anomaly, on a hand-made history that breaks its rule, and
// stays quiet on the nearest history that keeps it (concurrent requests, resets, re-reads and
// other coordinators' stale answers are allowed). Method: the facts a member would report, built
// by hand with the virtual times that order them.
import { describe, expect, it } from 'vitest';
import { CommittedOffsetsChecker } from '../../sim/checkers/committed-offsets.js';
import { GroupOwnershipChecker } from '../../sim/checkers/group-ownership.js';
import { GroupResumeChecker } from '../../sim/checkers/group-resume.js';
import { MemberEpochOwnershipChecker } from '../../sim/checkers/member-epoch-ownership.js';
import type { CommitFact, OffsetFetchFact } from '../../sim/checkers/group-history.js';

function collector(): { report: (anomaly: string, message: string) => void; found: string[] } {
  const found: string[] = [];
  return { report: (anomaly) => { found.push(anomaly); }, found };
}

const group = 'g';

function assignment(member: string, generation: number, partitions: string[], answeredAtMs: number, coordinator = 1) {
  return { group, member, generation, partitions, coordinator, answeredAtMs };
}

describe('partition-owned-twice (group-ownership.ts)', () => {
  it('disjoint assignments in one generation, and a partition moving to a later generation, are fine', () => {
    const { report, found } = collector();
    const checker = new GroupOwnershipChecker(report);
    checker.assigned(assignment('a', 1, ['t/0', 't/1'], 10));
    checker.assigned(assignment('b', 1, ['t/2'], 11));
    checker.assigned(assignment('a', 1, ['t/0', 't/1'], 12));
    checker.assigned(assignment('b', 2, ['t/0'], 20));
    checker.assigned(assignment('a', 2, ['t/1', 't/2'], 21));
    expect(found).toEqual([]);
  });

  it('one partition handed to two members of one generation', () => {
    const { report, found } = collector();
    const checker = new GroupOwnershipChecker(report);
    checker.assigned(assignment('a', 1, ['t/0', 't/1'], 10));
    checker.assigned(assignment('b', 1, ['t/1'], 30));
    expect(found).toEqual(['partition-owned-twice']);
  });

  it('a heartbeat of an old generation confirmed after the same node handed its partition on', () => {
    const { report, found } = collector();
    const checker = new GroupOwnershipChecker(report);
    checker.assigned(assignment('a', 1, ['t/0'], 10));
    checker.assigned(assignment('b', 2, ['t/0'], 50));
    checker.confirmed({ group, member: 'a', generation: 1, coordinator: 1, invokedAtMs: 40 });
    expect(found).toEqual([]);
    checker.confirmed({ group, member: 'a', generation: 1, coordinator: 2, invokedAtMs: 60 });
    expect(found).toEqual([]);
    checker.confirmed({ group, member: 'a', generation: 1, coordinator: 1, invokedAtMs: 60 });
    expect(found).toEqual(['partition-owned-twice']);
  });
});

function commit(offset: number, invokedAtMs: number, answeredAtMs: number, member = 'a'): CommitFact {
  return { group, partition: 't/0', offset, member, invokedAtMs, answeredAtMs };
}

function fetched(offset: number, invokedAtMs: number, answeredAtMs: number, member = 'b'): OffsetFetchFact {
  return { group, partition: 't/0', offset, member, invokedAtMs, answeredAtMs };
}

describe('committed-offset-regressed (committed-offsets.ts)', () => {
  it('rising commits and fetches, concurrent ones in any order, and a read after a reset are fine', () => {
    const { report, found } = collector();
    const checker = new CommittedOffsetsChecker(report);
    checker.fetched(fetched(-1, 0, 5));
    checker.committed(commit(10, 10, 20));
    checker.fetched(fetched(10, 25, 30));
    checker.committed(commit(15, 31, 40));
    checker.fetched(fetched(10, 35, 41));
    checker.reset({ group, partition: 't/0', answeredAtMs: 50 });
    checker.fetched(fetched(-1, 55, 60));
    expect(found).toEqual([]);
  });

  it('a fetch reads less than a commit acknowledged before it was sent', () => {
    const { report, found } = collector();
    const checker = new CommittedOffsetsChecker(report);
    checker.committed(commit(10, 10, 20));
    checker.committed(commit(15, 21, 30));
    checker.fetched(fetched(10, 31, 40));
    expect(found).toEqual(['committed-offset-regressed']);
  });

  it('a fetch reads nothing after an earlier fetch read a value (read from uncommitted state, then lost)', () => {
    const { report, found } = collector();
    const checker = new CommittedOffsetsChecker(report);
    checker.fetched(fetched(12, 10, 20, 'a'));
    checker.fetched(fetched(-1, 30, 40));
    expect(found).toEqual(['committed-offset-regressed']);
  });

  it('a commit writes less than a value read before it was sent', () => {
    const { report, found } = collector();
    const checker = new CommittedOffsetsChecker(report);
    checker.fetched(fetched(20, 10, 15));
    checker.committed(commit(18, 16, 25));
    expect(found).toEqual(['committed-offset-regressed']);
  });
});

describe('resume-skip (group-resume.ts)', () => {
  const records = [0, 1, 2, 3, 4, 5].map((offset) => ({ offset, value: `p-${offset}` }));

  function consumed(member: string, offsets: number[], value = (offset: number) => `p-${offset}`) {
    return { group, member, generation: 1, partition: 't/0', records: offsets.map((offset) => ({ offset, value: value(offset) })) };
  }

  it('resuming at the committed offset, re-reads, and an unconsumed tail above the last commit are fine', () => {
    const { report, found } = collector();
    const checker = new GroupResumeChecker(report, { logStartOffset: 0 });
    checker.resumed({ group, member: 'a', generation: 1, partition: 't/0', committedOffset: -1, startOffset: 0 });
    checker.consumed(consumed('a', [0, 1, 2]));
    checker.committed(commit(3, 10, 20));
    checker.resumed({ group, member: 'b', generation: 2, partition: 't/0', committedOffset: 3, startOffset: 3 });
    checker.consumed(consumed('b', [3, 3]));
    checker.committed(commit(4, 30, 40, 'b'));
    checker.finalRead('t/0', records);
    expect(found).toEqual([]);
    expect(checker.recordsCovered).toBe(4);
  });

  it('a member that starts elsewhere than the committed offset it fetched', () => {
    const { report, found } = collector();
    const checker = new GroupResumeChecker(report, { logStartOffset: 0 });
    checker.resumed({ group, member: 'b', generation: 2, partition: 't/0', committedOffset: 2, startOffset: 3 });
    expect(found).toEqual(['resume-skip']);
  });

  it('a record below the last commit that no member consumed', () => {
    const { report, found } = collector();
    const checker = new GroupResumeChecker(report, { logStartOffset: 0 });
    checker.consumed(consumed('a', [0, 1, 3]));
    checker.committed(commit(4, 10, 20));
    checker.finalRead('t/0', records);
    expect(found).toEqual(['resume-skip']);
  });

  it('a record below the last commit consumed only with another value (read above the high watermark, then replaced)', () => {
    const { report, found } = collector();
    const checker = new GroupResumeChecker(report, { logStartOffset: 0 });
    checker.consumed(consumed('a', [0, 1, 2, 3], (offset) => offset === 2 ? 'lost' : `p-${offset}`));
    checker.committed(commit(4, 10, 20));
    checker.finalRead('t/0', records);
    expect(found).toEqual(['resume-skip']);
  });
});

describe('partition-owned-twice for KIP-848 (member-epoch-ownership.ts)', () => {
  it('a partition handed on after its revocation was acknowledged, or after its owner was fenced, is fine', () => {
    const { report, found } = collector();
    const checker = new MemberEpochOwnershipChecker(report);
    checker.granted(assignment('a', 1, ['t/0', 't/1'], 10));
    checker.released({ group, member: 'a', partitions: ['t/1'], coordinator: 1, invokedAtMs: 20 });
    checker.granted(assignment('b', 2, ['t/1'], 30));
    checker.lost(group, 'a');
    checker.granted(assignment('b', 3, ['t/0'], 40));
    checker.released({ group, member: 'b', partitions: ['t/0'], coordinator: 1, invokedAtMs: 50 });
    expect(found).toEqual([]);
  });

  it('a partition handed to another member before its owner even sent the revocation the coordinator acknowledged', () => {
    const { report, found } = collector();
    const checker = new MemberEpochOwnershipChecker(report);
    checker.granted(assignment('a', 1, ['t/0', 't/1'], 10));
    checker.granted(assignment('b', 2, ['t/1'], 30));
    checker.released({ group, member: 'a', partitions: ['t/1'], coordinator: 2, invokedAtMs: 35 });
    expect(found).toEqual([]);
    checker.granted(assignment('a', 3, ['t/1'], 36));
    checker.granted(assignment('b', 4, ['t/1'], 40));
    checker.released({ group, member: 'a', partitions: ['t/1'], coordinator: 1, invokedAtMs: 45 });
    expect(found).toEqual(['partition-owned-twice']);
  });
});
