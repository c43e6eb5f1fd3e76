// Goal: every checker fires on the anomaly it exists for, and stays quiet on a legal history
// (STYLE.md §9: a checker without a negative control proves nothing). Method: feed each checker
// a short hand-written history of events, persisted Readies and applied entries, as the cluster
// would, and collect what it reports.
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Entry } from '../../raft/mod.js';
import { becameLeader, checkedNode, collector, entry, ready } from './checker-fixtures.js';
import { AcknowledgedProposals } from '../../sim/checkers/acknowledged-proposals.js';
import { CommittedHistory } from '../../sim/checkers/committed-history.js';
import { DurableLogs } from '../../sim/checkers/durable-logs.js';
import { ElectionSafety } from '../../sim/checkers/election-safety.js';
import { LeaderCompleteness } from '../../sim/checkers/leader-completeness.js';
import { LogMatching } from '../../sim/checkers/log-matching.js';
import type { SimCluster, SimHost } from '../../sim/cluster.js';
import { MonotonicProgress } from '../../sim/checkers/monotonic-progress.js';

const host = checkedNode;

describe('checkers', () => {
  test('election-safety fires on two leaders in one epoch, not on one leader per epoch', () => {
    const { reports, report } = collector();
    const checker = new ElectionSafety(report);
    checker.onRaftEvent(host(1), becameLeader(1, 1));
    checker.onRaftEvent(host(2), becameLeader(2, 2));
    expect(reports).toEqual([]);
    checker.onRaftEvent(host(3), becameLeader(3, 2));
    expect(reports).toEqual(['election-safety']);
  });

  test('log-matching fires when one (offset, epoch) holds two entries, or two histories', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const matching = new LogMatching(logs, report);
    const persist = (node: number, entries: Entry[]): void => {
      const persisted = ready({ entriesToPersist: entries });
      logs.onPersisted(host(node), persisted);
      matching.onPersisted(host(node), persisted);
    };
    persist(1, [entry(0, 1), entry(1, 1)]);
    persist(2, [entry(0, 1), entry(1, 1)]);
    expect(reports).toEqual([]);
    persist(3, [entry(0, 1), entry(1, 1, 'different')]);
    expect(reports).toEqual(['log-matching']);
  });

  test('committed history fires when a node applies another entry at a committed offset, or truncates one', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const committed = new CommittedHistory(logs, report);
    committed.onApplied(host(1), [entry(0, 1), entry(1, 1)]);
    committed.onApplied(host(2), [entry(0, 1)]);
    expect(reports).toEqual([]);
    committed.onApplied(host(3), [entry(0, 2)]);
    expect(reports).toEqual(['committed-entry-changed']);
    logs.onPersisted(host(2), ready({ entriesToPersist: [entry(0, 1), entry(1, 1)] }));
    committed.onPersisted(host(2), ready({ truncateLogTo: offset(1) }));
    expect(reports).toEqual(['committed-entry-changed', 'committed-entry-truncated']);
  });

  test('committed history accepts a truncation that a snapshot of the same Ready covers', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const committed = new CommittedHistory(logs, report);
    committed.onApplied(host(1), [entry(0, 1), entry(1, 1)]);
    logs.onPersisted(host(2), ready({ entriesToPersist: [entry(0, 1), entry(1, 1)] }));
    const snapshot = { id: { offset: offset(2), epoch: epoch(1) }, data: new Uint8Array(0), voters: [nodeId(1), nodeId(2)] };
    committed.onPersisted(host(2), ready({ snapshotToPersist: snapshot, truncateLogTo: offset(0), logStartOffset: offset(2) }));
    expect(reports).toEqual([]);
    const wrongEpoch = { ...snapshot, id: { offset: offset(2), epoch: epoch(7) } };
    committed.onPersisted(host(3), ready({ snapshotToPersist: wrongEpoch }));
    expect(reports).toEqual(['committed-entry-changed']);
  });

  test('leader-completeness fires when a new leader lacks a committed entry', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const committed = new CommittedHistory(logs, report);
    const completeness = new LeaderCompleteness(logs, committed, report);
    committed.onApplied(host(1), [entry(0, 1), entry(1, 1)]);
    logs.onPersisted(host(2), ready({ entriesToPersist: [entry(0, 1), entry(1, 1)] }));
    completeness.onRaftEvent(host(2), becameLeader(2, 2));
    expect(reports).toEqual([]);
    logs.onPersisted(host(3), ready({ entriesToPersist: [entry(0, 1)] }));
    // A leader elected late in an epoch older than the commit owes nothing to that entry.
    completeness.onRaftEvent(host(3), becameLeader(3, 1));
    expect(reports).toEqual([]);
    completeness.onRaftEvent(host(3), becameLeader(3, 3));
    expect(reports).toEqual(['leader-completeness']);
  });

  test('durability fires when recovery finds less than was persisted', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const hardState = { epoch: epoch(2), votedFor: nodeId(1), leader: null };
    logs.onPersisted(host(1), ready({ hardState, entriesToPersist: [entry(0, 1), entry(1, 2)] }));
    logs.onDown(host(1));
    logs.onRecovered(host(1, 1), { hardState, snapshot: null, entries: [entry(0, 1), entry(1, 2)], tornBytes: 0 });
    expect(reports).toEqual([]);
    logs.onDown(host(1, 1));
    logs.onRecovered(host(1, 2), { hardState, snapshot: null, entries: [entry(0, 1)], tornBytes: 7 });
    expect(reports).toEqual(['durability']);
    logs.onDown(host(1, 2));
    logs.onRecovered(host(1, 3), { hardState: null, snapshot: null, entries: [entry(0, 1)], tornBytes: 0 });
    expect(reports).toEqual(['durability', 'durability']);
  });

  test('durability allows a crash in the middle of a Ready to leave part of it durable, and nothing less', () => {
    const { reports, report } = collector();
    const logs = new DurableLogs(report);
    const voted = { epoch: epoch(2), votedFor: nodeId(1), leader: null };
    const leading = { epoch: epoch(2), votedFor: nodeId(1), leader: nodeId(1) };
    logs.onPersisted(host(1), ready({ hardState: voted, entriesToPersist: [entry(0, 1), entry(1, 1)] }));
    // Crash while a Ready that records the leader and replaces offset 1 is being persisted:
    // its quorum state and its truncation reached the disk, its append did not.
    logs.onPersisting(host(1), ready({ hardState: leading, truncateLogTo: offset(1), entriesToPersist: [entry(1, 2)] }));
    logs.onDown(host(1));
    logs.onRecovered(host(1, 1), { hardState: leading, snapshot: null, entries: [entry(0, 1)], tornBytes: 0 });
    expect(reports).toEqual([]);
    // The same crash may not lose what came before that Ready.
    logs.onPersisting(host(1, 1), ready({ hardState: leading, truncateLogTo: offset(1), entriesToPersist: [entry(1, 2)] }));
    logs.onDown(host(1, 1));
    logs.onRecovered(host(1, 2), { hardState: leading, snapshot: null, entries: [], tornBytes: 0 });
    expect(reports).toEqual(['durability']);
  });

  test('the proposal checker fires on lost, duplicated, invented and failed-but-committed writes', () => {
    const { reports, report } = collector();
    const checker = new AcknowledgedProposals(report);
    const data = (at: number, value: string): Entry => entry(at, 1, value);
    checker.invoked('c1-1');
    checker.committed(data(0, 'c1-1'));
    checker.acknowledged('c1-1', 0);
    expect(reports).toEqual([]);
    checker.invoked('c1-2');
    checker.acknowledged('c1-2', 1);
    expect(reports).toEqual(['lost-write']);
    checker.committed(data(2, 'c1-1'));
    expect(reports.at(-1)).toBe('duplicate');
    checker.committed(data(3, 'nobody'));
    expect(reports.at(-1)).toBe('invented-write');
    checker.invoked('c2-1');
    checker.failed('c2-1');
    checker.committed(data(4, 'c2-1'));
    expect(reports.at(-1)).toBe('G1a');
  });

  test('monotonic progress fires when a high watermark or an epoch goes backwards', () => {
    const { reports, report } = collector();
    const status = { highWatermark: 5, epoch: 3 };
    const node = { status: () => status, checkInvariants: () => {} };
    const fakeHost = { id: 1, name: 'node-1', incarnation: 0, status: 'up', node };
    const checker = new MonotonicProgress({ hosts: [fakeHost] } as unknown as SimCluster, report);
    checker.check();
    status.highWatermark = 6;
    checker.check();
    expect(reports).toEqual([]);
    status.highWatermark = 4;
    checker.check();
    expect(reports).toEqual(['high-watermark-regressed']);
    status.highWatermark = 6;
    status.epoch = 2;
    checker.check();
    expect(reports).toEqual(['high-watermark-regressed', 'epoch-regressed']);
  });

  test('monotonic progress binds a restart to the persisted epoch only', () => {
    const { reports, report } = collector();
    const status = { highWatermark: 0, epoch: 3 };
    const node = { status: () => status, checkInvariants: () => {} };
    const fakeHost = { id: 1, name: 'node-1', incarnation: 0, status: 'up', node } as unknown as SimHost;
    const checker = new MonotonicProgress({ hosts: [fakeHost] } as unknown as SimCluster, report);
    checker.onPersisted(fakeHost, ready({ hardState: { epoch: epoch(3), votedFor: null, leader: null } }));
    checker.check();
    // Epoch 4 is learned but the crash comes before its quorum-state write is durable.
    status.epoch = 4;
    checker.check();
    Object.assign(fakeHost, { incarnation: 1 });
    status.epoch = 3;
    checker.check();
    expect(reports).toEqual([]);
    // A restart below a persisted epoch is the anomaly (a lost quorum-state fsync).
    Object.assign(fakeHost, { incarnation: 2 });
    status.epoch = 2;
    checker.check();
    expect(reports).toEqual(['epoch-regressed']);
  });
});
