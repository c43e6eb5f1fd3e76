// The simulation trace: every interesting event of a run (message sent, delivered or dropped;
// fault; state change; commit; client operation) as one JSON object per line. The trace is
// hashed incrementally whether or not it is written anywhere, so the determinism test can compare
// two runs of a seed cheaply (FoundationDB's "unseed" check, simulation.md §6.3 rule 7).
//
// Line shape: {"t":<virtual ms>,"type":"<kind>", ...fields}. Fields are plain numbers, strings
// and booleans so a person can read a line and a browser viewer can parse it. See sim/README.md.
import assert from 'node:assert/strict';

/** Field values a trace line may carry. */
export type TraceValue = string | number | boolean | null | readonly (string | number)[];

/** Receives each finished line (without the newline), e.g. to write it to a file. */
export type TraceSink = (line: string) => void;

/** An incremental 64-bit FNV-1a style hash kept as two 32-bit lanes (fast, not cryptographic). */
export class TraceHash {
  private low = 0x84222325;
  private high = 0xcbf29ce4;

  update(text: string): void {
    let low = this.low;
    let high = this.high;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      low = Math.imul(low ^ code, 0x01000193);
      high = Math.imul(high ^ code ^ (low >>> 15), 0x01000193);
    }
    this.low = low;
    this.high = high;
  }

  /** The hash as 16 hexadecimal digits. */
  digest(): string {
    return (this.high >>> 0).toString(16).padStart(8, '0') + (this.low >>> 0).toString(16).padStart(8, '0');
  }
}

/** Collects trace lines of one run. */
export class Trace {
  private readonly hash = new TraceHash();
  private lines = 0;

  constructor(private readonly sink: TraceSink | null = null) {}

  /** Number of lines recorded so far. */
  get lineCount(): number {
    return this.lines;
  }

  /** Records one line; `timeMs` is virtual time. Precondition: `type` is non-empty. */
  record(timeMs: number, type: string, fields: Readonly<Record<string, TraceValue>>): void {
    assert(type.length > 0, 'a trace line needs a type');
    this.lines += 1;
    if (this.sink === null) {
      // Nobody reads the line: hash its characters piece by piece, in the order the line would
      // hold them, which gives the same digest without building it (most runs have no sink).
      const hash = this.hash;
      hash.update('{"t":');
      hash.update(String(roundTime(timeMs)));
      hash.update(',"type":"');
      hash.update(type);
      hash.update('"');
      for (const key in fields) {
        const value = fields[key];
        if (value === undefined) continue;
        hash.update(',"');
        hash.update(key);
        hash.update('":');
        hash.update(valueToJson(value));
      }
      hash.update('}');
      return;
    }
    const line = `{"t":${roundTime(timeMs)},"type":"${type}"${fieldsToJson(fields)}}`;
    this.hash.update(line);
    this.sink(line);
  }

  /** The hash of every line recorded so far. */
  digest(): string {
    return this.hash.digest();
  }
}

/** Virtual times are printed with microsecond precision, which keeps lines short and exact. */
function roundTime(timeMs: number): number {
  return Math.round(timeMs * 1000) / 1000;
}

function fieldsToJson(fields: Readonly<Record<string, TraceValue>>): string {
  let text = '';
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined) continue;
    text += `,"${key}":${valueToJson(value)}`;
  }
  return text;
}

/** Characters JSON.stringify would escape in a string. */
const needsEscape = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(value), without its general path for the common plain values. */
function valueToJson(value: TraceValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' && !needsEscape.test(value)) return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}
