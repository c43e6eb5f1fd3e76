// Goal: the properties parser reads what Kafka's server.properties files contain.
// Method: example files with each syntax feature, plus a round-trip property over generated keys.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { ConfigError } from '../../src/config/config-error.js';
import { parseProperties } from '../../src/config/properties.js';

function values(text: string): Record<string, string> {
  return Object.fromEntries([...parseProperties(text)].map(([key, entry]) => [key, entry.value]));
}

describe('parseProperties', () => {
  test('accepts =, : and whitespace as separators and trims around them', () => {
    expect(values('a=1\nb : 2\nc 3\n  d=  4  \n')).toEqual({ a: '1', b: '2', c: '3', d: '4' });
  });

  test('skips # and ! comments and blank lines', () => {
    expect(values('# comment\n! also\n\n   \nkey=value\n')).toEqual({ key: 'value' });
  });

  test('joins a line ending in a backslash with the next one', () => {
    expect(values('listeners=PLAINTEXT://a:1,\\\n    CONTROLLER://b:2\n')).toEqual({
      listeners: 'PLAINTEXT://a:1,CONTROLLER://b:2',
    });
  });

  test('an escaped backslash at the end does not continue the line', () => {
    expect(values('path=C:\\\\\nnext=1')).toEqual({ path: 'C:\\', next: '1' });
  });

  test('decodes escapes in keys and values', () => {
    expect(values('a\\=b=c\\td\nu=\\u0041')).toEqual({ 'a=b': 'c\td', u: 'A' });
  });

  test('the last of two values for one key wins', () => {
    expect(values('k=1\nk=2')).toEqual({ k: '2' });
  });

  test('records the line of each key', () => {
    const entries = parseProperties('# header\n\nnode.id=1\nlog.dirs=/x');
    expect(entries.get('node.id')?.line).toBe(3);
    expect(entries.get('log.dirs')?.line).toBe(4);
  });

  test('a value without a key is a ConfigError', () => {
    expect(() => parseProperties('=value')).toThrow(ConfigError);
  });

  test('a bad unicode escape is a ConfigError', () => {
    expect(() => parseProperties('k=\\u12')).toThrow(ConfigError);
  });

  test('plain keys and values round-trip', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9/,.@:_-]{0,30}$/).map((text) => text.trim());
    fc.assert(
      fc.property(fc.dictionary(key, value), (pairs) => {
        const text = Object.entries(pairs).map(([k, v]) => `${k}=${v}`).join('\n');
        expect(values(text)).toEqual(pairs);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
