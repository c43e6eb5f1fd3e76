// The Kafka queue checker of the simulator's Kafka workload: Jepsen's `jepsen.tests.kafka`
// analyses (simulation.md §4.1 and §7.4) over the history the simulated clients record. Part of
// sim/checkers/. It runs during the run (every acknowledgement and every poll is checked when it
// arrives) and once more at the end, after the final heal and a final full read:
//
// - `inconsistent-offsets`: one offset of a partition observed with two different values;
// - `duplicate`: one value observed at two offsets (or in two partitions);
// - `nonmonotonic-poll`: within one consumer session a later record has an offset that is not
//   greater than the one before (going back or repeating, inside one poll or across polls);
// - `nonmonotonic-send`: a producer's later send to a partition was acknowledged at a lower
//   offset than its earlier one (pipelined requests on one connection must append in order);
// - `invented-write`: a value read that no client ever sent;
// - `G1a`: a value read whose send the node answered with a definite refusal;
// - `lost-write`: an acknowledged value absent from the final full read, although the final read
//   went past its acknowledged offset; `unseen`: the same, but the read ended before that offset;
// - `poll-skip`: a consumer session jumped over an offset known to hold a record;
// - `corrupt-read`: a Fetch answer held a batch whose CRC does not match (corruption served);
// - `read-below-log-start`: a Fetch sent after a DeleteRecords was acknowledged returned a
//   record below the log start it acknowledged (it must answer OFFSET_OUT_OF_RANGE).
//
// Replication (the replication workload, sim/replication/): each send names its acks. Only an
// acks=-1 acknowledgement promises the write survives a failover; an acks=1 one is lost when its
// leader fails before a follower copied it, as Kafka allows, so such a value missing from the final
// read is counted (`counts.acksOneLost`) rather than reported, and the offset conflicts and send
// inversions on its partition are excused with it. A producer that resends a value after an answer
// it could not trust (a timeout, a lost connection, NOT_LEADER after an append) may leave it in the
// log twice: `retried` marks it, and a second place of a retried value is counted
// (`counts.retryDuplicates`), never reported. With `checkTruncatedReads`, a value a consumer read
// must be in the final read at the offset it was read at (`truncated-read`: a consumer was served
// a record that was later truncated, below the high watermark it was served under).
//
// DeleteRecords: acknowledged values below the highest offset any DeleteRecords asked for may be
// gone (an indeterminate deletion may have happened too), so lost-write, unseen and poll-skip
// excuse them; everything at or above it keeps every guarantee.
//
// Acknowledged offsets count as observations (Jepsen builds its version orders from sends proven
// visible as well as from polls), so a send acknowledged at an offset that a poll saw holding
// another value is an inconsistent offset too.
//
// Root cause first. A node that loses acknowledged records hands their offsets out again, so one
// loss shows up three ways: an offset with two values, a producer's later send acknowledged
// below its earlier one, and the acknowledged value missing from the final read. Jepsen reports
// all three; this checker reports one anomaly per run, so the two that a loss implies
// (`inconsistent-offsets`, `nonmonotonic-send`) are kept until the end and reported only when
// no lost or unseen write explains them. The anomalies a loss cannot cause (`duplicate`,
// `nonmonotonic-poll`, `invented-write`, `G1a`) are reported as they happen. End-of-run order:
// lost-write, unseen, inconsistent-offsets, nonmonotonic-send, poll-skip.
import assert from 'node:assert/strict';

/** Stable anomaly names (Jepsen's, simulation.md §4.1; `invented-write` as in sim/README.md). */
export type KafkaAnomaly =
  | 'inconsistent-offsets' | 'duplicate' | 'nonmonotonic-poll' | 'nonmonotonic-send' | 'invented-write' | 'G1a'
  | 'lost-write' | 'unseen' | 'poll-skip' | 'corrupt-read' | 'read-below-log-start' | 'truncated-read';

/** A send's acks: 0 (no answer), 1 (the leader's append), -1 (all of the ISR). */
export type SendAcks = 0 | 1 | -1;

export interface KafkaQueueCheckerOptions {
  /** Report a value read by a consumer that the final read does not hold at that offset. */
  readonly checkTruncatedReads?: boolean;
}

/** One record as a consumer saw it. */
export interface ReadRecord {
  readonly offset: number;
  readonly value: string;
}

/** One Fetch answer for one partition, as a consumer recorded it. */
export interface PollObservation {
  /** The consumer, e.g. "consumer-2". */
  readonly consumer: string;
  /**
   * Counts the consumer's restarts from an earlier offset (a seek back to 0, a reconnect that
   * starts over): offsets need only increase within one session.
   */
  readonly session: number;
  /** "topic/partition". */
  readonly partition: string;
  readonly records: readonly ReadRecord[];
  /** `acknowledgedLogStart(partition)` when the Fetch was sent: nothing below it may come back. */
  readonly logStartAtInvoke?: number;
}

type SendState = 'invoked' | 'acknowledged' | 'failed' | 'indeterminate';

interface SentValue {
  readonly partition: string;
  /** The producer and its send number (sends of one producer are numbered in invocation order). */
  readonly producer: string;
  readonly sendIndex: number;
  readonly acks: SendAcks;
  /** Sent again after an answer that left the earlier attempt open. */
  retried: boolean;
  state: SendState;
  /** The offset the acknowledgement gave; -1 until acknowledged. */
  acknowledgedOffset: number;
}

interface SessionGap {
  readonly session: string;
  readonly partition: string;
  /** The last offset read before the jump and the first one after it. */
  readonly fromOffset: number;
  readonly toOffset: number;
}

/** Counts for the run summary. */
export interface KafkaHistoryCounts {
  sends: number;
  acknowledged: number;
  failed: number;
  indeterminate: number;
  polls: number;
  recordsRead: number;
  /** DeleteRecords acknowledged (log start moves). */
  deletions: number;
  /** Values resent by their producer after an open answer, and those found at a second offset. */
  retried: number;
  retryDuplicates: number;
  /** acks=1 values acknowledged and then lost in a failover (allowed; counted apart). */
  acksOneLost: number;
}

/** Watches the client history and reports the first anomaly through `report`. */
export class KafkaQueueChecker {
  readonly counts: KafkaHistoryCounts = { sends: 0, acknowledged: 0, failed: 0, indeterminate: 0, polls: 0, recordsRead: 0,
    deletions: 0, retried: 0, retryDuplicates: 0, acksOneLost: 0 };
  private readonly sent = new Map<string, SentValue>();
  /** partition -> offset -> value, from acknowledgements and polls. */
  private readonly valueAt = new Map<string, Map<number, string>>();
  /** value -> where it was observed. */
  private readonly placeOf = new Map<string, { partition: string; offset: number }>();
  /** consumer session and partition -> last offset read. */
  private readonly lastOffsetRead = new Map<string, number>();
  private readonly gaps: SessionGap[] = [];
  /** producer and partition -> send index and offset of its last acknowledged send there. */
  private readonly lastAcknowledged = new Map<string, { sendIndex: number; offset: number }>();
  private sendIndex = 0;
  /** partition -> values of the final full read and the offset it ended at (exclusive). */
  private readonly finalReads = new Map<string, { values: Set<string>; endOffset: number; valueAt: Map<number, string> }>();
  /** partition -> highest offset a DeleteRecords asked for, and the highest log start acknowledged. */
  private readonly deleteRequested = new Map<string, number>();
  private readonly logStartAcknowledged = new Map<string, number>();
  /** partition -> the offset after the highest acknowledged one. */
  private readonly acknowledgedEnd = new Map<string, number>();
  /** Partitions whose log the node refused after the corrupt fault. */
  private readonly refusedPartitions = new Set<string>();
  /** The first offset conflict and the first send-order inversion, reported by `checkFinal`. */
  private readonly deferred = new Map<'inconsistent-offsets' | 'nonmonotonic-send', { partition: string; message: string }>();
  /** "value partition@offset" -> what a consumer read there first (for `truncated-read`). */
  private readonly reads = new Map<string, { value: string; partition: string; offset: number; consumer: string }>();

  constructor(private readonly report: (anomaly: KafkaAnomaly, message: string) => void,
    private readonly options: KafkaQueueCheckerOptions = {}) {}

  /** `producer` is about to send `values` to `partition`. Precondition: values are new. */
  invoked(partition: string, values: readonly string[], producer = 'producer', acks: SendAcks = -1): void {
    const sendIndex = this.sendIndex++;
    for (const value of values) {
      assert.ok(!this.sent.has(value), `value ${value} is sent once by construction`);
      this.sent.set(value, { partition, producer, sendIndex, acks, retried: false, state: 'invoked', acknowledgedOffset: -1 });
      this.counts.sends += 1;
    }
  }

  /** The producer sends `values` again (a retry) after an answer that left the last attempt open. */
  retried(values: readonly string[]): void {
    for (const value of values) {
      const sent = this.sent.get(value);
      assert.ok(sent !== undefined && sent.state === 'invoked', `value ${value} is retried while its send is open`);
      if (!sent.retried) this.counts.retried += 1;
      sent.retried = true;
    }
  }

  /** The node acknowledged `values`, in order, from `baseOffset` on. */
  acknowledged(partition: string, values: readonly string[], baseOffset: number): void {
    assert.ok(Number.isSafeInteger(baseOffset) && baseOffset >= 0, `acknowledged offset ${baseOffset} is an offset`);
    this.checkSendOrder(partition, values, baseOffset);
    values.forEach((value, index) => {
      const sent = this.sent.get(value);
      assert.ok(sent !== undefined && sent.state === 'invoked', `value ${value} was invoked and is acknowledged once`);
      sent.state = 'acknowledged';
      sent.acknowledgedOffset = baseOffset + index;
      this.acknowledgedEnd.set(partition, Math.max(baseOffset + index + 1, this.acknowledgedEndOffset(partition)));
      this.counts.acknowledged += 1;
      this.observe(partition, baseOffset + index, value, 'acknowledged');
    });
  }

  /** The offset after the highest acknowledged one of `partition` (0 if none). */
  acknowledgedEndOffset(partition: string): number {
    return this.acknowledgedEnd.get(partition) ?? 0;
  }

  /** Acknowledged records below this offset of `partition` may have been deleted. */
  mayBeDeletedBelow(partition: string): number {
    return this.deleteRequested.get(partition) ?? 0;
  }

  /** The highest log start a DeleteRecords of `partition` acknowledged (0 if none). */
  acknowledgedLogStart(partition: string): number {
    return this.logStartAcknowledged.get(partition) ?? 0;
  }

  /** A DeleteRecords of `partition` below `offset` is about to be sent. */
  deleteRecordsInvoked(partition: string, offset: number): void {
    this.deleteRequested.set(partition, Math.max(offset, this.mayBeDeletedBelow(partition)));
  }

  /** A DeleteRecords of `partition` was acknowledged with log start `lowWatermark`. */
  deleteRecordsDone(partition: string, lowWatermark: number): void {
    assert.ok(lowWatermark <= this.mayBeDeletedBelow(partition), 'the log start is where a deletion asked for');
    this.logStartAcknowledged.set(partition, Math.max(lowWatermark, this.acknowledgedLogStart(partition)));
    this.counts.deletions += 1;
  }

  /** The node refused `values` definitely (they were never appended). */
  failed(values: readonly string[]): void {
    for (const value of values) {
      const sent = this.sent.get(value);
      assert.ok(sent !== undefined && sent.state === 'invoked', `value ${value} was invoked and fails once`);
      sent.state = 'failed';
      this.counts.failed += 1;
      if (this.placeOf.has(value)) this.report('G1a', `${value} was refused by the node but had been read at ${this.describePlace(value)}`);
    }
  }

  /** No definite answer (timeout, connection lost, an error that leaves the append open). */
  indeterminate(values: readonly string[]): void {
    for (const value of values) {
      const sent = this.sent.get(value);
      assert.ok(sent !== undefined && sent.state === 'invoked', `value ${value} was invoked and ends once`);
      sent.state = 'indeterminate';
      this.counts.indeterminate += 1;
    }
  }

  /** A consumer read `records` from one partition, in the order the Fetch answer held them. */
  polled(poll: PollObservation): void {
    this.counts.polls += 1;
    const sessionKey = `${poll.consumer}#${poll.session} ${poll.partition}`;
    for (const record of poll.records) {
      this.counts.recordsRead += 1;
      if (record.offset < (poll.logStartAtInvoke ?? 0)) {
        this.report('read-below-log-start', `${poll.consumer} read ${poll.partition}@${record.offset} below the log `
          + `start ${String(poll.logStartAtInvoke)} that a DeleteRecords acknowledged before the Fetch was sent`);
        return;
      }
      const sent = this.sent.get(record.value);
      if (sent === undefined) {
        this.report('invented-write', `${poll.consumer} read ${record.value} at ${poll.partition}@${record.offset}, a value no client sent`);
        return;
      }
      if (sent.state === 'failed') {
        this.report('G1a', `${poll.consumer} read ${record.value} at ${poll.partition}@${record.offset}, though the node refused that send`);
        return;
      }
      if (!this.observe(poll.partition, record.offset, record.value, `read by ${poll.consumer}`)) return;
      const readKey = `${record.value} ${poll.partition}@${record.offset}`;
      if (poll.consumer !== 'final-reader' && !this.reads.has(readKey)) {
        this.reads.set(readKey, { value: record.value, partition: poll.partition, offset: record.offset, consumer: poll.consumer });
      }
      const last = this.lastOffsetRead.get(sessionKey);
      if (last !== undefined && record.offset <= last) {
        this.report('nonmonotonic-poll', `${poll.consumer} (session ${poll.session}) read ${poll.partition}@${record.offset} after @${last}`);
        return;
      }
      if (last !== undefined && record.offset > last + 1) {
        this.gaps.push({ session: `${poll.consumer}#${poll.session}`, partition: poll.partition, fromOffset: last, toOffset: record.offset });
      }
      this.lastOffsetRead.set(sessionKey, record.offset);
    }
  }

  /** A Fetch answer for `partition` held a batch that fails its CRC: the node served corruption. */
  corruptRead(consumer: string, partition: string, message: string): void {
    this.report('corrupt-read', `${consumer} was served a corrupt batch of ${partition}: ${message}`);
  }

  /** The final full read of `partition` (after the heal): every record from 0 to `endOffset`. */
  finalRead(partition: string, records: readonly ReadRecord[], endOffset: number): void {
    this.polled({ consumer: 'final-reader', session: 0, partition, records });
    this.finalReads.set(partition, { values: new Set(records.map((record) => record.value)), endOffset,
      valueAt: new Map(records.map((record) => [record.offset, record.value])) });
  }

  /**
   * The node refused the log of `partition` after the corrupt fault (detected corruption): its
   * acknowledged values cannot be read back, and the end-of-run analyses skip it.
   */
  finalReadRefused(partition: string): void {
    this.refusedPartitions.add(partition);
  }

  /** End-of-run analyses; call after `finalRead` (or `finalReadRefused`) for every partition. */
  checkFinal(): void {
    const missing = this.missingAcknowledged();
    const lost = missing.find((found) => found.anomaly === 'lost-write') ?? missing[0];
    if (lost !== undefined) {
      this.report(lost.anomaly, lost.message);
      return;
    }
    const truncated = this.options.checkTruncatedReads === true ? this.firstTruncatedRead() : undefined;
    if (truncated !== undefined) {
      this.report('truncated-read', truncated);
      return;
    }
    for (const [anomaly, { partition, message }] of this.deferred) {
      // An acks=1 loss hands its offsets out again: the conflicts it causes are that loss.
      if (this.acksOneLossOn.has(partition)) continue;
      this.report(anomaly, message);
      return;
    }
    const skip = this.firstPollSkip();
    if (skip !== undefined) this.report('poll-skip', skip);
  }

  /** The first value a consumer read that the final read does not hold where it was read. */
  private firstTruncatedRead(): string | undefined {
    for (const read of this.reads.values()) {
      if (this.refusedPartitions.has(read.partition) || read.offset < this.mayBeDeletedBelow(read.partition)) continue;
      const final = this.finalReads.get(read.partition);
      assert.ok(final !== undefined, `partition ${read.partition} had a final read`);
      const there = final.valueAt.get(read.offset);
      if (there === read.value) continue;
      return `${read.consumer} read ${read.value} at ${read.partition}@${read.offset}, but the final read of offsets `
        + `0..${final.endOffset - 1} holds ${there ?? 'nothing'} there`;
    }
    return undefined;
  }

  /** Partitions where an acks=1 acknowledged value was lost (counted by `missingAcknowledged`). */
  private readonly acksOneLossOn = new Set<string>();

  /** Acknowledged values the final read of their partition does not hold (acks=1 ones counted apart). */
  private missingAcknowledged(): Array<{ anomaly: 'lost-write' | 'unseen'; message: string }> {
    const missing: Array<{ anomaly: 'lost-write' | 'unseen'; message: string }> = [];
    for (const [value, sent] of this.sent) {
      if (sent.state !== 'acknowledged' || this.refusedPartitions.has(sent.partition)) continue;
      if (sent.acknowledgedOffset < this.mayBeDeletedBelow(sent.partition)) continue;
      const final = this.finalReads.get(sent.partition);
      assert.ok(final !== undefined, `partition ${sent.partition} had a final read`);
      if (final.values.has(value)) continue;
      if (sent.acks === 1) {
        this.counts.acksOneLost += 1;
        this.acksOneLossOn.add(sent.partition);
        continue;
      }
      missing.push({ anomaly: final.endOffset > sent.acknowledgedOffset ? 'lost-write' : 'unseen',
        message: `${value} was acknowledged at ${sent.partition}@${sent.acknowledgedOffset} but the final read `
          + `of offsets 0..${final.endOffset - 1} does not hold it` });
    }
    return missing;
  }

  /** The first jump of a consumer session over an offset known to hold a record. */
  private firstPollSkip(): string | undefined {
    for (const gap of this.gaps) {
      const known = this.valueAt.get(gap.partition);
      const deletedBelow = this.mayBeDeletedBelow(gap.partition);
      for (let offset = Math.max(gap.fromOffset + 1, deletedBelow); offset < gap.toOffset; offset += 1) {
        if (known?.has(offset) !== true) continue;
        return `${gap.session} jumped from ${gap.partition}@${gap.fromOffset} to @${gap.toOffset} `
          + `over @${offset}, which holds ${String(known.get(offset))}`;
      }
    }
    return undefined;
  }

  /** A producer's sends to one partition must be acknowledged at increasing offsets. */
  private checkSendOrder(partition: string, values: readonly string[], baseOffset: number): void {
    const first = this.sent.get(values[0] as string);
    assert.ok(first !== undefined, 'an acknowledged send was invoked');
    const key = `${first.producer} ${partition}`;
    const last = this.lastAcknowledged.get(key);
    this.lastAcknowledged.set(key, { sendIndex: first.sendIndex, offset: baseOffset });
    if (last === undefined || (last.sendIndex < first.sendIndex) === (last.offset < baseOffset)) return;
    this.defer('nonmonotonic-send', partition, `${first.producer}'s send #${first.sendIndex} to ${partition} was acknowledged at `
      + `@${baseOffset}, its send #${last.sendIndex} at @${last.offset}`);
  }

  /** Keeps the first anomaly of a kind that a lost write may explain, for `checkFinal`. */
  private defer(anomaly: 'inconsistent-offsets' | 'nonmonotonic-send', partition: string, message: string): void {
    if (!this.deferred.has(anomaly)) this.deferred.set(anomaly, { partition, message });
  }

  /** Records that `value` is at `offset`; false (after a report) if that contradicts history. */
  private observe(partition: string, offset: number, value: string, source: string): boolean {
    let values = this.valueAt.get(partition);
    if (values === undefined) {
      values = new Map();
      this.valueAt.set(partition, values);
    }
    const previous = values.get(offset);
    // The first value seen at an offset stays its value: a lost write is told by it. A value
    // seen at an offset that held another one is that conflict, not also a duplicate.
    if (previous !== undefined && previous !== value) {
      this.defer('inconsistent-offsets', partition, `${partition}@${offset} held ${previous}, then ${value} (${source})`);
      if (!this.placeOf.has(value)) this.placeOf.set(value, { partition, offset });
      return true;
    }
    const place = this.placeOf.get(value);
    if (place !== undefined && (place.partition !== partition || place.offset !== offset) && this.sent.get(value)?.retried === true) {
      // A retry the client made explains a second copy (no idempotence): counted, not reported.
      if (!this.retryCopies.has(`${value} ${partition}@${offset}`)) this.counts.retryDuplicates += 1;
      this.retryCopies.add(`${value} ${partition}@${offset}`);
      values.set(offset, value);
      return true;
    }
    if (place !== undefined && (place.partition !== partition || place.offset !== offset)) {
      this.report('duplicate', `${value} is at ${place.partition}@${place.offset} and at ${partition}@${offset} (${source})`);
      return false;
    }
    values.set(offset, value);
    this.placeOf.set(value, { partition, offset });
    return true;
  }

  /** "value partition@offset" of every second copy of a retried value seen so far. */
  private readonly retryCopies = new Set<string>();

  private describePlace(value: string): string {
    const place = this.placeOf.get(value);
    return place === undefined ? 'nowhere' : `${place.partition}@${place.offset}`;
  }
}
