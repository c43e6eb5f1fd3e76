// Goal: the checks the test harness's own checkers had before they merged into sim/checkers/
// fire on the violation they exist for and stay quiet on a legal history, and the bundle the
// harness uses (sim/checkers/raft-safety.ts) runs every checker in the order they depend on.
// Method: hand-built Readies, applied entries and statuses fed to the hooks as a driver would;
// no Raft core is involved. test/sim/checkers.test.ts covers each simulator checker alone.
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Snapshot } from '../../raft/mod.js';
import { becameLeader, checkedNode, entry, ready } from './checker-fixtures.js';
import { CommittedHistory } from '../../sim/checkers/committed-history.js';
import { DurableLogs } from '../../sim/checkers/durable-logs.js';
import { HighWatermarkBounds } from '../../sim/checkers/high-watermark-bounds.js';
import { MonotonicProgress } from '../../sim/checkers/monotonic-progress.js';
import { RaftSafetyCheckers } from '../../sim/checkers/raft-safety.js';

const node = checkedNode;

function snapshotEndingAt(end: number, inEpoch: number): Snapshot {
  return { id: { offset: offset(end), epoch: epoch(inEpoch) }, data: new Uint8Array(0), voters: [nodeId(1), nodeId(2)] };
}

/** Checkers over a settable high watermark per node, with what they report. */
function bounded(): { reports: string[]; logs: DurableLogs; bounds: HighWatermarkBounds; highWatermarks: Map<number, number> } {
  const reports: string[] = [];
  const report = (anomaly: string): void => void reports.push(anomaly);
  const highWatermarks = new Map<number, number>();
  const logs = new DurableLogs(report);
  const bounds = new HighWatermarkBounds(logs, (host) => highWatermarks.get(host.id) ?? null, report);
  return { reports, logs, bounds, highWatermarks };
}

describe('high watermark bounds', () => {
  test('high-watermark-not-durable fires when a high watermark passes the durable log end', () => {
    const { reports, logs, bounds, highWatermarks } = bounded();
    logs.onPersisted(node(1), ready({ entriesToPersist: [entry(0, 1), entry(1, 1)] }));
    highWatermarks.set(1, 2);
    expect(bounds.observe(node(1))).toBe(true);
    highWatermarks.set(1, 3);
    expect(bounds.observe(node(1))).toBe(false);
    expect(reports).toEqual(['high-watermark-not-durable']);
  });

  test('snapshot-beyond-high-watermark fires on a snapshot past every high watermark seen', () => {
    const { reports, logs, bounds, highWatermarks } = bounded();
    logs.onPersisted(node(1), ready({ entriesToPersist: [entry(0, 1), entry(1, 1), entry(2, 1)] }));
    highWatermarks.set(1, 2);
    bounds.observe(node(1));
    // Another node may store a snapshot up to a high watermark it never knew itself.
    bounds.onPersisted(node(2), ready({ snapshotToPersist: snapshotEndingAt(2, 1) }));
    expect(reports).toEqual([]);
    bounds.onPersisted(node(2), ready({ snapshotToPersist: snapshotEndingAt(3, 1) }));
    expect(reports).toEqual(['snapshot-beyond-high-watermark']);
  });

  test('applied-uncommitted fires when an entry at or past the high watermark is applied', () => {
    const { reports, bounds, highWatermarks } = bounded();
    highWatermarks.set(1, 2);
    bounds.onApplied(node(1), [entry(0, 1), entry(1, 1)]);
    expect(reports).toEqual([]);
    bounds.onApplied(node(1), [entry(2, 1)]);
    expect(reports).toEqual(['applied-uncommitted']);
  });
});

describe('the checkers the harness gained', () => {
  test('committed-entry-changed fires when the state machine skips an offset', () => {
    const reports: string[] = [];
    const committed = new CommittedHistory(new DurableLogs(() => {}), (anomaly) => void reports.push(anomaly));
    committed.onApplied(node(1), [entry(0, 1)]);
    committed.onApplied(node(1), [entry(2, 1)]);
    expect(reports).toEqual(['committed-entry-changed']);
  });

  test('monotonic progress without a cluster checks the statuses it is handed', () => {
    const reports: string[] = [];
    const progress = new MonotonicProgress(null, (anomaly) => void reports.push(anomaly));
    expect(progress.observe(node(1), { highWatermark: 3, epoch: 2 })).toBe(true);
    expect(progress.observe(node(1, 1), { highWatermark: 0, epoch: 2 })).toBe(true);
    expect(progress.observe(node(1, 1), { highWatermark: 0, epoch: 1 })).toBe(false);
    expect(reports).toEqual(['epoch-regressed']);
    expect(() => progress.check()).toThrow(/without one, call observe/);
  });
});

describe('RaftSafetyCheckers', () => {
  /** A bundle over settable high watermarks, with the anomalies it reported. */
  function bundle(): { safety: RaftSafetyCheckers; reports: string[]; highWatermarks: Map<number, number> } {
    const reports: string[] = [];
    const highWatermarks = new Map<number, number>();
    const safety = new RaftSafetyCheckers((anomaly) => void reports.push(anomaly), (host) => highWatermarks.get(host.id) ?? null);
    return { safety, reports, highWatermarks };
  }

  /** Node 1 leads epoch 1 and commits two entries that node 2 also holds. */
  function commitTwo(safety: RaftSafetyCheckers, highWatermarks: Map<number, number>): void {
    const hardState = { epoch: epoch(1), votedFor: nodeId(1), leader: nodeId(1) };
    const entries = [entry(0, 1), entry(1, 1)];
    for (const id of [1, 2]) {
      const persisted = ready({ hardState, entriesToPersist: entries });
      safety.onPersisting(node(id), persisted);
      safety.onPersisted(node(id), persisted);
    }
    safety.onRaftEvent(node(1), becameLeader(1, 1));
    highWatermarks.set(1, 2);
    safety.onApplied(node(1), entries);
    safety.afterInput(node(1), { highWatermark: 2, epoch: 1 });
  }

  test('a legal history of election, replication, commit and a crash raises nothing', () => {
    const { safety, reports, highWatermarks } = bundle();
    commitTwo(safety, highWatermarks);
    safety.onDown(node(2));
    safety.onRecovered(node(2, 1), {
      hardState: { epoch: epoch(1), votedFor: nodeId(1), leader: nodeId(1) }, snapshot: null, entries: [entry(0, 1), entry(1, 1)], tornBytes: 0,
    });
    safety.afterInput(node(2, 1), { highWatermark: 0, epoch: 1 });
    expect(reports).toEqual([]);
  });

  test('log-matching fires on one (offset, epoch) over two different histories', () => {
    const { safety, reports } = bundle();
    safety.onPersisted(node(1), ready({ entriesToPersist: [entry(0, 1), entry(1, 2, 'same')] }));
    expect(reports).toEqual([]);
    safety.onPersisted(node(2), ready({ entriesToPersist: [entry(0, 2, 'other'), entry(1, 2, 'same')] }));
    expect(reports).toEqual(['log-matching']);
  });

  test('a follower truncating an uncommitted tail and catching up is legal', () => {
    const { safety, reports, highWatermarks } = bundle();
    commitTwo(safety, highWatermarks);
    safety.onPersisted(node(3), ready({ entriesToPersist: [entry(0, 1), entry(1, 1), entry(2, 1, 'stale')] }));
    safety.onPersisted(node(3), ready({ truncateLogTo: offset(2), entriesToPersist: [entry(2, 2, 'new')] }));
    highWatermarks.set(3, 2);
    safety.onApplied(node(3), [entry(0, 1), entry(1, 1)]);
    safety.afterInput(node(3), { highWatermark: 2, epoch: 2 });
    expect(reports).toEqual([]);
  });

  test('a truncation of a committed entry is caught: the history sees it before the mirror drops it', () => {
    const { safety, reports, highWatermarks } = bundle();
    commitTwo(safety, highWatermarks);
    safety.onPersisted(node(2), ready({ truncateLogTo: offset(1) }));
    expect(reports).toEqual(['committed-entry-truncated']);
  });

  test('a new leader without a committed entry is caught', () => {
    const { safety, reports, highWatermarks } = bundle();
    commitTwo(safety, highWatermarks);
    safety.onPersisted(node(3), ready({ hardState: { epoch: epoch(2), votedFor: nodeId(3), leader: nodeId(3) } }));
    safety.onRaftEvent(node(3), becameLeader(3, 2));
    expect(reports).toEqual(['leader-completeness']);
  });

  test('afterInput checks the high watermark bounds only when progress is monotonic', () => {
    const { safety, reports, highWatermarks } = bundle();
    commitTwo(safety, highWatermarks);
    highWatermarks.set(1, 5);
    safety.afterInput(node(1), { highWatermark: 1, epoch: 1 });
    expect(reports).toEqual(['high-watermark-regressed']);
    safety.afterInput(node(1), { highWatermark: 5, epoch: 1 });
    expect(reports).toEqual(['high-watermark-regressed', 'high-watermark-not-durable']);
  });
});
