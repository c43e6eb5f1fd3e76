// Goal: under any sequence of appends, reads, timestamp lookups, truncations, DeleteRecords,
// retention, rolls, flushes, clean reopens and crashes (unsynced bytes lost, last writes torn),
// the log agrees with a simple model: a list of batches with a synced prefix.
// Method: fast-check draws the sequence and the log's configuration (tiny segments and index
// intervals so that rolls, index lookups and full indexes happen often); the log runs on the
// simulated disk. After each crash and reopen the log must hold a prefix of the model's batches
// that extends the synced prefix (a torn crash may keep some unsynced batches whole), and from
// then on the model follows the log. Every read and lookup is compared with the model's answer.
// Negative control: the last test breaks the model on purpose and expects the property to fail.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Log, readBatchHeader, lastOffsetOf } from '../../storage/mod.js';
import type { LogConfig } from '../../storage/mod.js';
import type { SimDisk } from '../../sim/sim-disk.js';
import { ManualClock, freshDisk, makeBatch } from './support.js';

interface ModelBatch {
  readonly epoch: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly bytes: Uint8Array;
  /** Record timestamps, in offset order. */
  readonly timestamps: readonly number[];
}

/** The reference: batches in offset order, how many are durable, and the log start. */
class LogModel {
  batches: ModelBatch[] = [];
  syncedCount = 0;
  logStart = 0;
  emptyEnd = 0;

  get logEnd(): number {
    const last = this.batches[this.batches.length - 1];
    return last === undefined ? this.emptyEnd : last.lastOffset + 1;
  }

  /** Greedy whole batches from the one holding `offset`, at least one, within maxBytes. */
  read(offset: number, maxBytes: number): ModelBatch[] {
    const first = this.batches.findIndex((batch) => batch.lastOffset >= offset);
    if (first < 0) return [];
    const chosen: ModelBatch[] = [];
    let used = 0;
    for (const batch of this.batches.slice(first)) {
      if (chosen.length > 0 && used + batch.bytes.length > maxBytes) break;
      chosen.push(batch);
      used += batch.bytes.length;
    }
    return chosen;
  }

  /**
   * Leader epochs and where each starts, kept by Kafka's rules (LeaderEpochFileCache): a new
   * epoch is added at its first batch, truncation forgets epochs starting at or after the new
   * end, a moved log start drops epochs wholly below it and clamps the one holding it.
   */
  epochs: Array<{ epoch: number; startOffset: number }> = [];

  assignEpoch(epoch: number, startOffset: number): void {
    const last = this.epochs[this.epochs.length - 1];
    if (last !== undefined && epoch <= last.epoch) return;
    if (last !== undefined && last.startOffset === startOffset) this.epochs.pop();
    this.epochs.push({ epoch, startOffset });
  }

  moveLogStart(offset: number): void {
    this.logStart = offset;
    const kept = this.epochs.filter((_, index) => (this.epochs[index + 1]?.startOffset ?? Infinity) > offset);
    const first = kept[0];
    if (first !== undefined && first.startOffset < offset) kept[0] = { epoch: first.epoch, startOffset: offset };
    this.epochs = kept;
  }

  /** Opening a log forgets epochs with no batch below the log end (as Kafka's loader). */
  forgetEpochsAtOrAfterEnd(): void {
    this.epochs = this.epochs.filter((entry) => entry.startOffset < this.logEnd);
  }

  epochEntries(): Array<{ epoch: number; startOffset: number }> {
    return this.epochs.map(({ epoch, startOffset }) => ({ epoch, startOffset }));
  }

  offsetForTimestamp(timestampMs: number): { offset: number; timestampMs: number } | undefined {
    for (const batch of this.batches) {
      for (const [recordIndex, recordTimestamp] of batch.timestamps.entries()) {
        const offset = batch.baseOffset + recordIndex;
        if (offset >= this.logStart && recordTimestamp >= timestampMs) return { offset, timestampMs: recordTimestamp };
      }
    }
    return undefined;
  }

  truncateTo(offset: number): void {
    if (offset >= this.logEnd) return;
    if (offset < this.logStart) {
      this.batches = [];
      this.emptyEnd = offset;
      this.logStart = offset;
      this.epochs = [];
    } else {
      const cut = this.batches.findIndex((batch) => batch.lastOffset >= offset);
      this.emptyEnd = this.batches[cut]?.baseOffset ?? this.emptyEnd;
      this.batches = this.batches.slice(0, cut);
      this.epochs = this.epochs.filter((entry) => entry.startOffset < this.logEnd);
      if (this.logStart > this.logEnd) this.moveLogStart(this.logEnd);
    }
    this.syncedCount = this.batches.length;
  }
}

type Step =
  | { kind: 'append'; recordCount: number; valueBytes: number; timestampMs: number; epochIncrease: number }
  | { kind: 'read'; offsetFraction: number; maxBytes: number }
  | { kind: 'timestamp'; timestampMs: number }
  | { kind: 'truncate'; offsetFraction: number }
  | { kind: 'deleteRecords'; offsetFraction: number }
  | { kind: 'retention'; advanceMs: number }
  | { kind: 'roll' }
  | { kind: 'flush' }
  | { kind: 'reopen' }
  | { kind: 'crash'; tear: boolean };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('append' as const), recordCount: fc.integer({ min: 1, max: 5 }),
    valueBytes: fc.integer({ min: 0, max: 120 }), timestampMs: fc.integer({ min: 0, max: 10_000 }),
    epochIncrease: fc.constantFrom(0, 0, 0, 1, 2) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('read' as const), offsetFraction: fraction,
    maxBytes: fc.integer({ min: 1, max: 1500 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('timestamp' as const), timestampMs: fc.integer({ min: -5, max: 10_010 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), offsetFraction: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRecords' as const), offsetFraction: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retention' as const), advanceMs: fc.integer({ min: 0, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'roll' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('crash' as const), tear: fc.boolean() }) },
);

const configArbitrary: fc.Arbitrary<Partial<LogConfig>> = fc.record({
  segmentBytes: fc.integer({ min: 150, max: 2000 }),
  indexIntervalBytes: fc.integer({ min: 0, max: 400 }),
  segmentIndexBytes: fc.constantFrom(16, 64, 4096),
  flushMessages: fc.constantFrom(1, 4, Number.MAX_SAFE_INTEGER),
  retentionMs: fc.constantFrom(-1, 15_000),
  retentionBytes: fc.constantFrom(-1, 1500),
  recoveryScope: fc.constantFrom('active-segment' as const, 'all-segments' as const),
});

function offsetIn(model: LogModel, offsetFraction: number): number {
  return Math.min(model.logEnd, model.logStart + Math.floor(offsetFraction * (model.logEnd - model.logStart + 1)));
}

function concatenate(batches: readonly ModelBatch[]): Uint8Array {
  return Uint8Array.from(batches.flatMap((batch) => [...batch.bytes]));
}

/** Runs `steps` on a log and its model; `sabotage` breaks the model (negative control). */
async function runSteps(steps: readonly Step[], config: Partial<LogConfig>, seed: number,
  sabotage = false): Promise<void> {
  const disk: SimDisk = await freshDisk(seed);
  const clock = new ManualClock(10_000);
  const directory = '/data/partition-0';
  const open = (): Promise<Log> => Log.open({ disk, directory, clock, config });
  let log = await open();
  const model = new LogModel();
  let epoch = 0;
  for (const step of steps) {
    switch (step.kind) {
      case 'append': {
        const bytes = makeBatch(`o${model.logEnd}`, step.recordCount,
          { timestampMs: step.timestampMs, valueBytes: step.valueBytes });
        epoch += step.epochIncrease;
        const result = await log.append(bytes, { partitionLeaderEpoch: epoch });
        expect(result.baseOffset).toBe(model.logEnd);
        const timestamps = Array.from({ length: step.recordCount }, (_, index) => step.timestampMs + index);
        model.assignEpoch(epoch, result.baseOffset);
        model.batches.push({ epoch, baseOffset: result.baseOffset, lastOffset: result.lastOffset, bytes, timestamps });
        if (result.flushed || log.flushedOffset === log.logEndOffset) model.syncedCount = model.batches.length;
        break;
      }
      case 'read': {
        const offset = offsetIn(model, step.offsetFraction);
        const read = await log.read(offset, { maxBytes: step.maxBytes });
        expect(read.records).toEqual(concatenate(model.read(offset, step.maxBytes)));
        break;
      }
      case 'timestamp':
        expect(await log.offsetForTimestamp(step.timestampMs)).toEqual(model.offsetForTimestamp(step.timestampMs));
        break;
      case 'truncate': {
        const offset = Math.max(0, offsetIn(model, step.offsetFraction) - 1);
        await log.truncateTo(offset);
        model.truncateTo(offset);
        break;
      }
      case 'deleteRecords': {
        const offset = offsetIn(model, step.offsetFraction);
        await log.deleteRecordsBefore(offset);
        if (offset > model.logStart) {
          model.moveLogStart(offset);
          model.syncedCount = Math.max(model.syncedCount,
            model.batches.filter((batch) => batch.baseOffset < offset).length);
        }
        break;
      }
      case 'retention': {
        clock.nowMs += step.advanceMs;
        const result = await log.applyRetention();
        expect(result.logStartOffset).toBeGreaterThanOrEqual(model.logStart);
        const boundaries = model.batches.map((batch) => batch.baseOffset).concat([model.logEnd]);
        if (result.logStartOffset > model.logStart) expect(boundaries).toContain(result.logStartOffset);
        if (result.logStartOffset > model.logStart) model.moveLogStart(result.logStartOffset);
        break;
      }
      case 'roll':
        await log.roll();
        model.syncedCount = model.batches.length;
        break;
      case 'flush':
        await log.flush();
        model.syncedCount = model.batches.length;
        break;
      case 'reopen':
        await log.close();
        log = await open();
        model.syncedCount = model.batches.length;
        model.forgetEpochsAtOrAfterEnd();
        break;
      case 'crash': {
        disk.crash({ tear: step.tear });
        log = await open();
        const recovered = (await log.read(log.logStartOffset, { maxBytes: Number.MAX_SAFE_INTEGER })).records;
        const kept = model.batches.filter((batch) => batch.lastOffset < log.logEndOffset).length;
        expect(kept).toBeGreaterThanOrEqual(model.syncedCount);
        if (kept > 0) expect(model.batches[kept - 1]?.lastOffset).toBe(log.logEndOffset - 1);
        const firstKept = model.batches.findIndex((batch) => batch.lastOffset >= log.logStartOffset);
        expect(recovered).toEqual(concatenate(model.batches.slice(firstKept < 0 ? kept : firstKept, kept)));
        model.batches = model.batches.slice(0, kept);
        model.forgetEpochsAtOrAfterEnd();
        model.syncedCount = kept;
        if (kept === 0) model.emptyEnd = log.logEndOffset;
        if (sabotage && kept > 0) model.batches.pop();
        break;
      }
      default: {
        const unexpected: never = step;
        throw new Error(`unknown step ${JSON.stringify(unexpected)}`);
      }
    }
    expect(log.logEndOffset).toBe(model.logEnd);
    expect(log.logStartOffset).toBe(model.logStart);
    expect(log.epochEntries()).toEqual(model.epochEntries());
    log.checkInvariants();
  }
  await log.close();
}

describe('Log against a model', () => {
  test('after any sequence with crashes the log equals the model and every read agrees', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 5, maxLength: 80, size: '+1' }), configArbitrary, fc.nat(), (steps, config, seed) =>
        runSteps(steps, config, seed)),
      { seed: 4_2026_1121, numRuns: Number(process.env.WEIR_STORAGE_RUNS ?? 300) },
    );
  });

  test('negative control: a model that forgets a recovered batch is caught', async () => {
    const steps: Step[] = [
      { kind: 'append', recordCount: 2, valueBytes: 10, timestampMs: 5, epochIncrease: 0 },
      { kind: 'flush' },
      { kind: 'crash', tear: false },
    ];
    await expect(runSteps(steps, {}, 1, true)).rejects.toThrow();
  });
});

describe('batch headers in the model test', () => {
  test('makeBatch yields one batch whose last offset delta matches its records', () => {
    const header = readBatchHeader(makeBatch('x', 4));
    expect(lastOffsetOf(header)).toBe(3);
  });
});
