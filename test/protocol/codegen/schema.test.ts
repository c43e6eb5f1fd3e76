// The schema model of the generator: version ranges as the schema language spells them, comment
// stripping that leaves string contents alone, and rejection of anything the model does not know
// (so a new schema feature fails the build instead of producing a silently wrong codec).
import { describe, expect, test } from 'vitest';

import { generate } from '../../../src/protocol/codegen/generate.js';
import { kebabCase } from '../../../src/protocol/codegen/names.js';
import { parseMessageSpec, stripComments, structsOf } from '../../../src/protocol/codegen/schema.js';
import {
  SchemaError, covers, formatVersionRange, parseVersionRange, versionGuard,
} from '../../../src/protocol/codegen/version-range.js';

function schemaErrorOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof SchemaError) return error.code;
    throw error;
  }
  return undefined;
}

const minimalRequest = (extra: string): string => `
  // a comment with "quotes" and // slashes
  { "apiKey": 900, "type": "request", "name": "ExampleRequest", "validVersions": "0-3", "flexibleVersions": "2+",
    "fields": [ { "name": "Url", "type": "string", "versions": "0+", "about": "http://not-a-comment" }${extra} ] }`;

describe('version ranges', () => {
  test('"N", "N-M", "N+" and "none" parse; anything else is a SchemaError', () => {
    expect(parseVersionRange('3', 'x')).toEqual({ lowest: 3, highest: 3 });
    expect(parseVersionRange('0-3', 'x')).toEqual({ lowest: 0, highest: 3 });
    expect(parseVersionRange('4+', 'x')).toEqual({ lowest: 4, highest: Infinity });
    expect(formatVersionRange(parseVersionRange('none', 'x'))).toBe('none');
    for (const bad of ['3-1', 'a', '1,2', '', '+4', 7]) expect(schemaErrorOf(() => parseVersionRange(bad, 'x'))).toBe('SCHEMA_INVALID');
  });

  test('version guards are as narrow as the surrounding versions allow', () => {
    const context = parseVersionRange('0-11', 'x');
    expect(versionGuard(parseVersionRange('0+', 'x'), context)).toBe('true');
    expect(versionGuard(parseVersionRange('3+', 'x'), context)).toBe('version >= 3');
    expect(versionGuard(parseVersionRange('1-2', 'x'), context)).toBe('version >= 1 && version <= 2');
    expect(versionGuard(parseVersionRange('12+', 'x'), context)).toBe('false');
    expect(covers(context, parseVersionRange('2-5', 'x'))).toBe(true);
  });
});

describe('schema files', () => {
  test('comments are stripped outside strings only', () => {
    const spec = parseMessageSpec('ExampleRequest.json', minimalRequest(''));
    expect(spec.fields[0]!.about).toBe('http://not-a-comment');
    expect(stripComments('{"a": "//x"} // y')).toBe('{"a": "//x"} \n');
  });

  test('an unknown key is rejected, at message and at field level', () => {
    expect(schemaErrorOf(() => parseMessageSpec('X.json', minimalRequest(', { "name": "A", "type": "int8", "versions": "0+", "frobnicate": true }')))).toBe('SCHEMA_INVALID');
    expect(schemaErrorOf(() => parseMessageSpec('X.json', '{ "type": "request", "apiKey": 1, "name": "XRequest", "validVersions": "0", "flexibleVersions": "none", "fields": [], "extra": 1 }'))).toBe('SCHEMA_INVALID');
  });

  test('an unknown type, a nullable int and an undefined struct are rejected', () => {
    expect(schemaErrorOf(() => parseMessageSpec('X.json', minimalRequest(', { "name": "A", "type": "int128", "versions": "0+" }')))).toBe('SCHEMA_INVALID');
    expect(schemaErrorOf(() => parseMessageSpec('X.json', minimalRequest(', { "name": "A", "type": "int32", "versions": "0+", "nullableVersions": "0+" }')))).toBe('SCHEMA_INVALID');
    const undefinedStruct = parseMessageSpec('X.json', minimalRequest(', { "name": "A", "type": "[]Missing", "versions": "0+" }'));
    expect(schemaErrorOf(() => structsOf(undefinedStruct))).toBe('SCHEMA_INVALID');
  });

  test('file names are kebab-case with KRaft kept as one word', () => {
    expect(kebabCase('DescribeClientQuotas')).toBe('describe-client-quotas');
    expect(kebabCase('KRaftVersionRecord')).toBe('kraft-version-record');
    expect(kebabCase('ApiVersions')).toBe('api-versions');
  });

  test('negative control for the up-to-date check: a schema change changes the generated text', () => {
    const response = '{ "apiKey": 900, "type": "response", "name": "ExampleResponse", "validVersions": "0-3", "flexibleVersions": "2+", "fields": [] }';
    const before = generate([{ folder: 'messages', fileName: 'ExampleRequest.json', text: minimalRequest('') }, { folder: 'messages', fileName: 'ExampleResponse.json', text: response }]);
    const after = generate([{ folder: 'messages', fileName: 'ExampleRequest.json', text: minimalRequest(', { "name": "Extra", "type": "int8", "versions": "3+" }') }, { folder: 'messages', fileName: 'ExampleResponse.json', text: response }]);
    expect([...before.keys()]).toEqual([...after.keys()]);
    expect(before.get('messages/example.ts')).not.toBe(after.get('messages/example.ts'));
    expect(after.get('messages/example.ts')).toContain('if (version >= 3) {');
  });
});
