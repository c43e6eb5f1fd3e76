// The record model the interop tests exchange between clients: keys, values and header values
// are UTF-8 strings or null, timestamps milliseconds. Producers are given `TestRecord`s; every
// consumer driver returns `ConsumedRecord`s, so any client's output can be compared with any
// other's. Also: the record sets the cross-client test produces, and their comparison.
import assert from 'node:assert/strict';

/** Kafka's compression codecs, by the name clients use. */
export type Codec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export interface TestRecord {
  readonly partition: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** CreateTime in ms; null when the client cannot set it (kcat). */
  readonly timestamp: number | null;
}

export interface ConsumedRecord {
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: ReadonlyArray<readonly [string, string | null]>;
  readonly timestamp: number;
  /** 0 CreateTime, 1 LogAppendTime, where the client reports it. */
  readonly timestampType?: number;
}

/**
 * Records for one producer run: keyed and unkeyed, with and without headers, some null values,
 * over `partitionCount` partitions, with distinct increasing timestamps. `tag` makes the values
 * unique per run. `sameHeaders` gives every record the same headers (kcat sets them per run).
 */
export function makeRecords(options: {
  readonly tag: string;
  readonly count: number;
  readonly partitionCount: number;
  readonly baseTimestamp: number;
  readonly sameHeaders?: boolean;
  readonly withTimestamps?: boolean;
}): TestRecord[] {
  const records: TestRecord[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const headers: Array<[string, string]> = options.sameHeaders === true || index % 3 !== 2
      ? [['origin', options.tag], ['index-header', options.sameHeaders === true ? 'fixed' : `h${index}`]]
      : [];
    const key = index % 4 === 1 ? null : `key-${index % 5}`;
    // kafka-python 2.0.2 refuses a record whose key and value are both null (an assert in send()).
    const nullValue = index % 7 === 3 && key !== null;
    records.push({
      partition: index % options.partitionCount,
      key,
      value: nullValue ? null : `${options.tag} value ${index} ${'ü'.repeat(index % 3)}`,
      headers,
      timestamp: options.withTimestamps === false ? null : options.baseTimestamp + index,
    });
  }
  return records;
}

/** Groups records by partition, keeping their order. */
export function byPartition<T extends { readonly partition: number }>(records: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const record of records) {
    const group = groups.get(record.partition) ?? [];
    group.push(record);
    groups.set(record.partition, group);
  }
  return groups;
}

/** What a consumed record must equal, field by field, in the test's own format. */
export function expectedView(record: TestRecord): object {
  return {
    partition: record.partition,
    key: record.key,
    value: record.value,
    headers: record.headers.map(([name, value]) => [name, value]),
    ...(record.timestamp === null ? {} : { timestamp: record.timestamp }),
  };
}

/** The same fields of a consumed record (timestamp only when the producer set it). */
export function consumedView(record: ConsumedRecord, withTimestamp: boolean): object {
  return {
    partition: record.partition,
    key: record.key,
    value: record.value,
    headers: record.headers.map(([name, value]) => [name, value]),
    ...(withTimestamp ? { timestamp: record.timestamp } : {}),
  };
}

/** Asserts offsets within each partition are consecutive from 0 (nothing lost, nothing twice). */
export function assertDenseOffsets(records: readonly ConsumedRecord[]): void {
  for (const [partition, group] of byPartition(records)) {
    group.forEach((record, index) => {
      assert.equal(record.offset, index, `partition ${partition}: record ${index} has offset ${record.offset}`);
    });
  }
}

/** Sorts consumed records by partition then offset (clients interleave partitions freely). */
export function sortConsumed(records: readonly ConsumedRecord[]): ConsumedRecord[] {
  return [...records].sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}
