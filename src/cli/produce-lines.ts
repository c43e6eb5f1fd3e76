// How `weir produce` turns one input line into a record (src/cli/). Pure.
//  - plain:  the line is the value;
//  - -k SEP: the text before the first SEP is the key, the rest the value (a line without SEP
//            is refused, naming its line number, as kcat -K does);
//  - --json: {"key": string|null, "value": string|null|object, "headers": {name: value},
//            "partition": n}; a value that is an object or array is written as its JSON text.
import type { RecordToProduce } from '../admin/batching-producer.js';
import { usageError } from './cli-error.js';

/** A record as read from a line; headers' values are bytes. */
export type ProducedRecord = RecordToProduce;

const encoder = new TextEncoder();

/** Parses `line` (number `lineNumber`, for errors) in the given mode. */
export function parseProducedLine(line: string, mode: { json: boolean; keySeparator: string | null; lineNumber: number }):
  ProducedRecord {
  if (mode.json) return parseJsonLine(line, mode.lineNumber);
  if (mode.keySeparator === null || mode.keySeparator === '') {
    return { key: null, value: encoder.encode(line), headers: [], partition: null };
  }
  const at = line.indexOf(mode.keySeparator);
  if (at < 0) throw usageError(`Line ${mode.lineNumber} has no key separator "${mode.keySeparator}"`);
  return {
    key: encoder.encode(line.slice(0, at)),
    value: encoder.encode(line.slice(at + mode.keySeparator.length)),
    headers: [],
    partition: null,
  };
}

function parseJsonLine(line: string, lineNumber: number): ProducedRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw usageError(`Line ${lineNumber} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw usageError(`Line ${lineNumber} must be a JSON object with "value" (and optionally "key", "headers", "partition")`);
  }
  const { key, value, headers, partition } = parsed as Record<string, unknown>;
  if (key !== undefined && key !== null && typeof key !== 'string') throw usageError(`Line ${lineNumber}: "key" must be a string or null`);
  if (partition !== undefined && (typeof partition !== 'number' || !Number.isInteger(partition) || partition < 0)) {
    throw usageError(`Line ${lineNumber}: "partition" must be a whole number`);
  }
  return {
    key: typeof key === 'string' ? encoder.encode(key) : null,
    value: value === undefined || value === null ? null : encoder.encode(typeof value === 'string' ? value : JSON.stringify(value)),
    headers: parseHeaders(headers, lineNumber),
    partition: typeof partition === 'number' ? partition : null,
  };
}

function parseHeaders(headers: unknown, lineNumber: number): ProducedRecord['headers'] {
  if (headers === undefined || headers === null) return [];
  if (typeof headers !== 'object' || Array.isArray(headers)) throw usageError(`Line ${lineNumber}: "headers" must be an object`);
  return Object.entries(headers as Record<string, unknown>).map(([name, text]) => {
    if (text !== null && typeof text !== 'string') throw usageError(`Line ${lineNumber}: header "${name}" must be a string or null`);
    return { key: name, value: text === null ? null : encoder.encode(text) };
  });
}
