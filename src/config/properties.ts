// Parses Java-style `.properties` text, the format Kafka's server.properties uses and Weir's
// node configuration follows. Supported: `key=value`, `key: value` and `key value` pairs,
// `#` and `!` comment lines, blank lines, a trailing backslash that continues a logical line, and
// the escapes \t \n \r \\ \= \: and \uXXXX. The result keeps the line of each key so that a
// configuration error can point at it.
import assert from 'node:assert/strict';

import { ConfigError } from './config-error.js';

/** One key of a properties file, with the 1-based line where its logical line starts. */
export interface PropertyEntry {
  readonly value: string;
  readonly line: number;
}

/**
 * Parses properties text into a map from key to value and line. A key given twice keeps its
 * last value, as java.util.Properties does.
 *
 * @example
 * parseProperties('node.id=1\n# comment\nlog.dirs = /tmp/weir\n').get('log.dirs')?.value // '/tmp/weir'
 */
export function parseProperties(text: string): Map<string, PropertyEntry> {
  const entries = new Map<string, PropertyEntry>();
  for (const logical of logicalLines(text)) {
    const { key, value } = splitPair(logical.text, logical.line);
    entries.set(key, { value, line: logical.line });
  }
  return entries;
}

interface LogicalLine {
  readonly text: string;
  readonly line: number;
}

/** Joins continued lines and drops comments and blank lines. */
function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const result: LogicalLine[] = [];
  let index = 0;
  while (index < physical.length) {
    const startLine = index + 1;
    let current = (physical[index] ?? '').trimStart();
    index += 1;
    if (current === '' || current.startsWith('#') || current.startsWith('!')) continue;
    while (endsWithContinuation(current) && index < physical.length) {
      current = current.slice(0, -1) + (physical[index] ?? '').trimStart();
      index += 1;
    }
    if (endsWithContinuation(current)) current = current.slice(0, -1);
    result.push({ text: current, line: startLine });
  }
  return result;
}

/** A line continues when it ends in an odd number of backslashes (an even number is escapes). */
function endsWithContinuation(line: string): boolean {
  let backslashes = 0;
  for (let position = line.length - 1; position >= 0 && line[position] === '\\'; position -= 1) {
    backslashes += 1;
  }
  return backslashes % 2 === 1;
}

function splitPair(text: string, line: number): { key: string; value: string } {
  let position = 0;
  while (position < text.length && !isSeparator(text[position] ?? '')) {
    position += text[position] === '\\' ? 2 : 1;
  }
  const rawKey = text.slice(0, position);
  let rest = text.slice(position).trimStart();
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).trimStart();
  const key = unescape(rawKey, line).trim();
  if (key === '') {
    throw new ConfigError(`Cannot parse line ${line}: a value without a key`, { key: '', line });
  }
  return { key, value: unescape(rest, line).trim() };
}

function isSeparator(character: string): boolean {
  return character === '=' || character === ':' || character === ' ' || character === '\t';
}

const simpleEscapes: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescape(text: string, line: number): string {
  if (!text.includes('\\')) return text;
  let result = '';
  for (let position = 0; position < text.length; position += 1) {
    const character = text[position];
    assert.ok(character !== undefined);
    if (character !== '\\') {
      result += character;
      continue;
    }
    const next = text[position + 1] ?? '';
    position += 1;
    if (next === 'u') {
      const hex = text.slice(position + 1, position + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new ConfigError(`Cannot parse line ${line}: bad unicode escape "\\u${hex}"`, { key: '', line });
      }
      result += String.fromCharCode(Number.parseInt(hex, 16));
      position += 4;
    } else {
      result += simpleEscapes[next] ?? next;
    }
  }
  return result;
}
