// Goal: `weir produce` reads each input line as kcat and kafka-console-producer do: the whole
// line as the value, key and value split at the first separator, or a JSON object; a line it
// cannot read is refused with its line number, never written half-read.
// Method: the pure line parser and the record formatter of `weir consume` on hand-made lines.
import { describe, expect, test } from 'vitest';

import { CliError } from '../../src/cli/cli-error.js';
import { formatRecord, jsonRecord } from '../../src/cli/consume-format.js';
import { parseProducedLine } from '../../src/cli/produce-lines.js';

const text = (bytes: Uint8Array | null): string | null => bytes === null ? null : new TextDecoder().decode(bytes);
const plain = { json: false, keySeparator: null, lineNumber: 1 };

describe('produce lines', () => {
  test('a plain line is the value, without a key', () => {
    const record = parseProducedLine('hello: world', plain);
    expect([text(record.key), text(record.value)]).toEqual([null, 'hello: world']);
  });

  test('with a separator the key ends at its first occurrence', () => {
    const record = parseProducedLine('k1:v:1', { ...plain, keySeparator: ':' });
    expect([text(record.key), text(record.value)]).toEqual(['k1', 'v:1']);
  });

  test('a line without the separator is refused with its number', () => {
    expect(() => parseProducedLine('no separator', { ...plain, keySeparator: '\t', lineNumber: 7 }))
      .toThrow(expect.objectContaining({ code: 'CLI_ERROR', exitCode: 2, message: expect.stringContaining('Line 7') }));
  });

  test('a JSON line carries key, value (objects as JSON text), headers and partition', () => {
    const record = parseProducedLine('{"key":"u1","value":{"id":1},"headers":{"h":"x","n":null},"partition":2}', { ...plain, json: true });
    expect([text(record.key), text(record.value), record.partition]).toEqual(['u1', '{"id":1}', 2]);
    expect(record.headers.map((header) => [header.key, text(header.value)])).toEqual([['h', 'x'], ['n', null]]);
  });

  test.each([
    ['not json', 'is not JSON'],
    ['[1,2]', 'must be a JSON object'],
    ['{"value":"v","key":5}', '"key" must be'],
    ['{"value":"v","partition":-1}', '"partition" must be'],
    ['{"value":"v","headers":{"h":1}}', 'header "h"'],
  ])('a bad JSON line %j is refused', (line, message) => {
    let caught: unknown;
    try {
      parseProducedLine(line, { ...plain, json: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).message).toContain(message);
  });
});

describe('consume formats', () => {
  const consumed = {
    topic: 'orders', partition: 2,
    record: { offset: 17, timestampMs: 1700000000000, key: new TextEncoder().encode('k'), value: new TextEncoder().encode('v'),
      headers: [{ key: 'h', value: new TextEncoder().encode('x') }], attributes: 0, offsetDelta: 0, timestampDelta: 0 },
  };

  test("kcat's tokens and escapes", () => {
    expect(formatRecord('%t %p/%o %k=%s %T [%h] 100%%\\t.\\n', consumed)).toBe('orders 2/17 k=v 1700000000000 [h=x] 100%\t.\n');
  });

  test('JSON mode writes one object per line', () => {
    expect(JSON.parse(jsonRecord(consumed))).toEqual({
      topic: 'orders', partition: 2, offset: 17, timestamp: 1700000000000, key: 'k', value: 'v', headers: { h: 'x' } });
  });
});
