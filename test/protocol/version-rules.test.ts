// Version rules of encoding, as Kafka's generated code applies them: a field that the chosen
// version lacks may only hold its default, unless the schema marks it ignorable, in which case the
// value is dropped; null is refused where the version does not allow it. Checked for every
// top-level field of every schema and version, with a non-default value derived from the schema.
import { describe, expect, test } from 'vitest';

import { camelCase } from '../../src/protocol/codegen/names.js';
import type { FieldSpec, FieldType } from '../../src/protocol/codegen/schema.js';
import { contains, isEmpty, intersect } from '../../src/protocol/codegen/version-range.js';
import { ProtocolEncodeError } from '../../src/protocol/primitives/errors.js';
import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';
import * as produce from '../../src/protocol/generated/messages/produce.js';
import { loadSchemaCodecs, versionsOf, type SchemaCodec } from './support/schemas.js';

const codecs = await loadSchemaCodecs();

/** A value of `type` that differs from `current` (the field's default), or undefined to skip. */
function differentValue(type: FieldType, current: unknown): unknown {
  if (type.kind === 'array') {
    if (type.element.kind !== 'primitive') return undefined;
    const element = differentValue(type.element, undefined);
    return element === undefined ? undefined : [element];
  }
  if (type.kind === 'struct') return undefined;
  switch (type.name) {
    case 'bool': return current !== true;
    case 'int64': return current === 1n ? 2n : 1n;
    case 'string': return current === 'x' ? 'y' : 'x';
    case 'bytes': case 'records': return new Uint8Array([1]);
    case 'uuid': return 'AAECAwQFBgcICQoLDA0ODw';
    default: return current === 1 ? 2 : 1;
  }
}

function encodeCode(codec: SchemaCodec, value: object, version: number): string | undefined {
  try {
    codec.write(new Writer(), value, version);
    return undefined;
  } catch (error) {
    if (error instanceof ProtocolEncodeError) return error.code;
    throw error;
  }
}

function absentFields(codec: SchemaCodec, version: number): FieldSpec[] {
  return codec.message.fields.filter((field) => !contains(field.versions, version));
}

describe('encoding a field the version lacks', () => {
  test('a non-default value of a non-ignorable field is FIELD_NOT_IN_VERSION; of an ignorable one it is dropped', () => {
    let refused = 0;
    let dropped = 0;
    for (const codec of codecs) {
      for (const version of versionsOf(codec.message)) {
        for (const field of absentFields(codec, version)) {
          const base = codec.create() as Record<string, unknown>;
          const name = camelCase(field.name);
          const changed = differentValue(field.type, base[name]);
          if (changed === undefined) continue;
          const code = encodeCode(codec, { ...base, [name]: changed }, version);
          if (field.ignorable) {
            expect(code, `${codec.message.name}.${name} v${version}`).toBeUndefined();
            const writer = new Writer();
            codec.write(writer, { ...base, [name]: changed }, version);
            const decoded = codec.read(new Reader(writer.finish()), version) as Record<string, unknown>;
            expect(decoded[name]).toEqual(base[name]);
            dropped++;
          } else {
            expect(code, `${codec.message.name}.${name} v${version}`).toBe('FIELD_NOT_IN_VERSION');
            refused++;
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(50);
    expect(dropped).toBeGreaterThan(50);
  });

  test('null where the version does not allow it is NULL_NOT_ALLOWED', () => {
    let checked = 0;
    for (const codec of codecs) {
      for (const version of versionsOf(codec.message)) {
        for (const field of codec.message.fields) {
          const notNullable = contains(field.versions, version) && !contains(field.nullableVersions, version);
          const nullableElsewhere = !isEmpty(intersect(field.nullableVersions, field.versions));
          if (!notNullable || !nullableElsewhere) continue;
          const value = { ...(codec.create() as Record<string, unknown>), [camelCase(field.name)]: null };
          expect(encodeCode(codec, value, version), `${codec.message.name}.${field.name} v${version}`).toBe('NULL_NOT_ALLOWED');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  test('example: Produce v2 refuses a transactional id (added in v3) and accepts null', () => {
    const request = produce.createProduceRequest({ transactionalId: 'tx' as produce.ProduceRequest['transactionalId'] });
    expect(() => produce.writeProduceRequest(new Writer(), request, 2)).toThrow(ProtocolEncodeError);
    expect(() => produce.writeProduceRequest(new Writer(), { ...request, transactionalId: null }, 2)).not.toThrow();
  });
});
