// How `weir consume` prints a record (src/cli/). Pure.
// A format string takes kcat's tokens: %t topic, %p partition, %o offset, %k key, %s value,
// %T timestamp (ms), %h headers (name=value, comma-separated), %% a percent sign, and the
// escapes \n and \t. With --json each record is one JSON object on its own line.
import type { FetchedRecord } from '../admin/record-reader.js';

/** A record with where it came from. */
export type ConsumedRecord = FetchedRecord;

const decoder = new TextDecoder();

function text(bytes: Uint8Array | null): string {
  return bytes === null ? '' : decoder.decode(bytes);
}

/**
 * Renders `consumed` by `format`.
 *
 * @example
 * formatRecord('%p/%o %k=%s\\n', consumed); // "0/17 user-1=clicked\n"
 */
export function formatRecord(format: string, consumed: ConsumedRecord): string {
  const { record } = consumed;
  return format.replace(/%[tpokshT%]|\\[nt]/g, (token) => {
    switch (token) {
      case '%t': return consumed.topic;
      case '%p': return String(consumed.partition);
      case '%o': return String(record.offset);
      case '%k': return text(record.key);
      case '%s': return text(record.value);
      case '%T': return String(record.timestampMs);
      case '%h': return record.headers.map((header) => `${header.key}=${text(header.value)}`).join(',');
      case '%%': return '%';
      case '\\n': return '\n';
      case '\\t': return '\t';
      default: return token;
    }
  });
}

/** One JSON line for `consumed`; key, value and header values as text (null when absent). */
export function jsonRecord(consumed: ConsumedRecord): string {
  const { record } = consumed;
  return `${JSON.stringify({
    topic: consumed.topic, partition: consumed.partition, offset: record.offset, timestamp: record.timestampMs,
    key: record.key === null ? null : text(record.key), value: record.value === null ? null : text(record.value),
    headers: Object.fromEntries(record.headers.map((header) => [header.key, header.value === null ? null : text(header.value)])),
  })}\n`;
}
