// Goal: each analysis of the Kafka queue checker (sim/checkers/kafka-queue.ts) fires on a history
// that holds its anomaly, and stays silent on a clean history with the same shape (so every
// check is shown able to fail, and not to fail for nothing).
// Method: small hand-written histories fed straight to the checker, as the simulated clients
// would report them; the reported anomaly names are compared. The anomalies a lost write also
// causes (inconsistent-offsets, nonmonotonic-send) are reported by checkFinal, after lost-write.
import { describe, expect, test } from 'vitest';
import { KafkaQueueChecker, type KafkaAnomaly } from '../../sim/checkers/kafka-queue.js';

function checker(): { checker: KafkaQueueChecker; reports: KafkaAnomaly[] } {
  const reports: KafkaAnomaly[] = [];
  return { checker: new KafkaQueueChecker((anomaly) => reports.push(anomaly)), reports };
}

/** Two acknowledged sends of two values each to "t/0", at offsets 0..3. */
function acknowledgedHistory(): ReturnType<typeof checker> {
  const run = checker();
  run.checker.invoked('t/0', ['a', 'b']);
  run.checker.acknowledged('t/0', ['a', 'b'], 0);
  run.checker.invoked('t/0', ['c', 'd']);
  run.checker.acknowledged('t/0', ['c', 'd'], 2);
  return run;
}

const allFour = [{ offset: 0, value: 'a' }, { offset: 1, value: 'b' }, { offset: 2, value: 'c' }, { offset: 3, value: 'd' }];

describe('Kafka queue checker', () => {
  test('a clean history (polls in order, a restart from 0, a full final read) reports nothing', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: allFour.slice(0, 2) });
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: allFour.slice(2) });
    queue.polled({ consumer: 'c1', session: 1, partition: 't/0', records: allFour });
    queue.invoked('t/0', ['e']);
    queue.indeterminate(['e']);
    queue.invoked('t/0', ['f']);
    queue.failed(['f']);
    queue.finalRead('t/0', allFour, 4);
    queue.checkFinal();
    expect(reports).toEqual([]);
  });

  test('inconsistent-offsets: an offset read with another value than acknowledged there (reported at the end)', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.invoked('t/0', ['e']);
    queue.indeterminate(['e']);
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [{ offset: 0, value: 'e' }] });
    expect(reports).toEqual([]);
    queue.finalRead('t/0', allFour, 4);
    queue.checkFinal();
    expect(reports).toEqual(['inconsistent-offsets']);
  });

  test('root cause first: an acknowledged record lost and its offset handed out again is a lost-write', () => {
    const { checker: queue, reports } = checker();
    queue.invoked('t/0', ['a'], 'p1');
    queue.acknowledged('t/0', ['a'], 0);
    queue.invoked('t/0', ['b'], 'p1');
    queue.acknowledged('t/0', ['b'], 1);
    // The node lost offset 1 (a crash) and gives it to p1's next send: three symptoms of one loss.
    queue.invoked('t/0', ['c'], 'p1');
    queue.acknowledged('t/0', ['c'], 1);
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [{ offset: 0, value: 'a' }, { offset: 1, value: 'c' }] });
    queue.finalRead('t/0', [{ offset: 0, value: 'a' }, { offset: 1, value: 'c' }], 2);
    expect(reports).toEqual([]);
    queue.checkFinal();
    expect(reports).toEqual(['lost-write']);
  });

  test('corrupt-read: a batch served with a bad CRC is reported at once', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.corruptRead('c1', 't/0', 'CRC mismatch');
    expect(reports).toEqual(['corrupt-read']);
  });

  test('a partition whose log the node refused after corruption is left out of the final analyses', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.finalReadRefused('t/0');
    queue.checkFinal();
    expect(reports).toEqual([]);
  });

  test('duplicate: one value at two offsets', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.invoked('t/0', ['e']);
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [...allFour, { offset: 4, value: 'e' }, { offset: 5, value: 'e' }] });
    expect(reports).toEqual(['duplicate']);
  });

  test('duplicate: one value in two partitions', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.polled({ consumer: 'c1', session: 0, partition: 't/1', records: [{ offset: 0, value: 'a' }] });
    expect(reports).toEqual(['duplicate']);
  });

  test('nonmonotonic-poll: a session going back, within one poll and across polls', () => {
    const within = acknowledgedHistory();
    within.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [allFour[1]!, allFour[0]!] });
    expect(within.reports).toEqual(['nonmonotonic-poll']);
    const across = acknowledgedHistory();
    across.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: allFour.slice(0, 3) });
    across.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: allFour.slice(2) });
    expect(across.reports).toEqual(['nonmonotonic-poll']);
  });

  test('nonmonotonic-send: a later send of one producer acknowledged below an earlier one', () => {
    const { checker: queue, reports } = checker();
    queue.invoked('t/0', ['a'], 'p1');
    queue.invoked('t/0', ['b'], 'p1');
    queue.invoked('t/0', ['c'], 'p2');
    queue.acknowledged('t/0', ['c'], 0);
    queue.acknowledged('t/0', ['b'], 1);
    queue.acknowledged('t/0', ['a'], 2);
    queue.finalRead('t/0', [{ offset: 0, value: 'c' }, { offset: 1, value: 'b' }, { offset: 2, value: 'a' }], 3);
    expect(reports).toEqual([]);
    queue.checkFinal();
    expect(reports).toEqual(['nonmonotonic-send']);
  });

  test('invented-write: a value no client sent', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [{ offset: 4, value: 'zz' }] });
    expect(reports).toEqual(['invented-write']);
  });

  test('G1a: a value read although its send was refused, whichever comes first', () => {
    const readAfter = acknowledgedHistory();
    readAfter.checker.invoked('t/0', ['e']);
    readAfter.checker.failed(['e']);
    readAfter.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [{ offset: 4, value: 'e' }] });
    expect(readAfter.reports).toEqual(['G1a']);
    const readBefore = acknowledgedHistory();
    readBefore.checker.invoked('t/0', ['e']);
    readBefore.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [{ offset: 4, value: 'e' }] });
    readBefore.checker.failed(['e']);
    expect(readBefore.reports).toEqual(['G1a']);
  });

  test('lost-write: an acknowledged value missing from a final read that went past it', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.finalRead('t/0', [allFour[0]!, allFour[2]!, allFour[3]!], 4);
    queue.checkFinal();
    expect(reports).toEqual(['lost-write']);
  });

  test('unseen: an acknowledged value beyond the end of the final read', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.finalRead('t/0', allFour.slice(0, 3), 3);
    queue.checkFinal();
    expect(reports).toEqual(['unseen']);
  });

  test('poll-skip: a session jumping over an offset known to hold a record', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [allFour[0]!, allFour[2]!] });
    queue.finalRead('t/0', allFour, 4);
    queue.checkFinal();
    expect(reports).toEqual(['poll-skip']);
  });

  test('indeterminate sends may be read or not; unacknowledged values are not required at the end', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.invoked('t/0', ['e', 'f']);
    queue.indeterminate(['e', 'f']);
    queue.finalRead('t/0', [...allFour, { offset: 4, value: 'e' }, { offset: 5, value: 'f' }], 6);
    queue.checkFinal();
    expect(reports).toEqual([]);
  });

  test('DeleteRecords: acknowledged values below a requested deletion may be absent; a later read below the acknowledged log start is read-below-log-start', () => {
    const excused = acknowledgedHistory();
    excused.checker.deleteRecordsInvoked('t/0', 2);
    excused.checker.deleteRecordsDone('t/0', 2);
    excused.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: [allFour[0]!, allFour[2]!] });
    excused.checker.finalRead('t/0', allFour.slice(2), 4);
    excused.checker.checkFinal();
    expect(excused.reports).toEqual([]);
    const served = acknowledgedHistory();
    served.checker.deleteRecordsInvoked('t/0', 2);
    served.checker.deleteRecordsDone('t/0', 2);
    served.checker.polled({ consumer: 'c1', session: 0, partition: 't/0', records: allFour,
      logStartAtInvoke: served.checker.acknowledgedLogStart('t/0') });
    expect(served.reports).toEqual(['read-below-log-start']);
  });

  test('DeleteRecords excuses only what lies below it: a lost value above is still a lost-write', () => {
    const { checker: queue, reports } = acknowledgedHistory();
    queue.deleteRecordsInvoked('t/0', 1);
    queue.finalRead('t/0', [allFour[1]!, allFour[3]!], 4);
    queue.checkFinal();
    expect(reports).toEqual(['lost-write']);
  });
});
