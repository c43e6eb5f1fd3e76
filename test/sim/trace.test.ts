// Goal: the trace digest is the digest of the lines a trace file would hold, whether or not a sink
// receives them (sim/trace.ts hashes the pieces of a line without building it when none does),
// and each line is the JSON that JSON.stringify would write for its fields. Method: the same
// records into a trace with a sink and one without, with values that need escaping and not.
import { describe, expect, test } from 'vitest';
import { Trace, TraceHash, type TraceValue } from '../../sim/trace.js';

const records: ReadonlyArray<[number, string, Record<string, TraceValue>]> = [
  [0, 'start', { node: 1, incarnation: 0 }],
  [1.23456789, 'send', { frame: 3, from: 'node-1', to: 'node-2', bytes: 120, message: '' }],
  [2, 'log', { node: 2, line: 'a "quoted" \\ line\nwith a tab\t and \u0001 and \ud83d\ude00 and \ud800' }],
  [3, 'fault', { kind: 'loss', rate: 0.25, nodes: [1, 4, 3], skipped: null, flag: true, off: false, huge: Number.POSITIVE_INFINITY }],
  [4, 'drop', { frame: 3, why: undefined as unknown as TraceValue, negative: -0, small: 1e-7 }],
];

describe('Trace', () => {
  test('the digest without a sink is the digest of the lines a sink receives', () => {
    const lines: string[] = [];
    const written = new Trace((line) => lines.push(line));
    const hashedOnly = new Trace(null);
    for (const [timeMs, type, fields] of records) {
      written.record(timeMs, type, fields);
      hashedOnly.record(timeMs, type, fields);
    }
    expect(hashedOnly.digest()).toBe(written.digest());
    expect(hashedOnly.lineCount).toBe(records.length);
    const direct = new TraceHash();
    for (const line of lines) direct.update(line);
    expect(written.digest()).toBe(direct.digest());
  });

  test('each line is the JSON of its fields, as JSON.stringify writes them', () => {
    const lines: string[] = [];
    const trace = new Trace((line) => lines.push(line));
    for (const [timeMs, type, fields] of records) trace.record(timeMs, type, fields);
    lines.forEach((line, index) => {
      const [timeMs, type, fields] = records[index] as [number, string, Record<string, TraceValue>];
      expect(line).toBe(JSON.stringify({ t: Math.round(timeMs * 1000) / 1000, type, ...fields }));
    });
  });
});
