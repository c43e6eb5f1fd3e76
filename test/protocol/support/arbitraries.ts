// Test support: fast-check arbitraries derived from the schema model. For a struct and a version
// they generate values that version can carry: fields absent from the version hold their default,
// null appears only where the version allows it, and flexible versions may carry unknown tagged
// fields (tags above every known tag, ascending, as a decoder returns them).
import fc from 'fast-check';

import { uuidFromBytes } from '../../../src/protocol/entity-types.js';
import { camelCase } from '../../../src/protocol/codegen/names.js';
import { structsOf, type FieldSpec, type FieldType, type MessageSpec, type StructSpec } from '../../../src/protocol/codegen/schema.js';
import { contains } from '../../../src/protocol/codegen/version-range.js';

const arrayLengthMax = 3;

function primitiveArbitrary(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'bool': return fc.boolean();
    case 'int8': return fc.integer({ min: -128, max: 127 });
    case 'int16': return fc.integer({ min: -32768, max: 32767 });
    case 'int32': return fc.integer({ min: -0x80000000, max: 0x7fffffff });
    case 'int64': return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'uint16': return fc.integer({ min: 0, max: 0xffff });
    case 'uint32': return fc.integer({ min: 0, max: 0xffffffff });
    case 'float64': return fc.double();
    // Mostly short strings; sometimes past 42 characters, where the writer leaves its one-pass path.
    case 'string': return fc.oneof(
      { weight: 6, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 40, maxLength: 90 }) },
    );
    case 'bytes': case 'records': return fc.uint8Array({ maxLength: 12 });
    case 'uuid': return fc.uint8Array({ minLength: 16, maxLength: 16 }).map(uuidFromBytes);
    default: throw new Error(`no arbitrary for ${name}`);
  }
}

/** Builds arbitraries for the structs of one message at one version. */
export class MessageArbitraries {
  private readonly structs: Map<string, StructSpec>;

  constructor(private readonly message: MessageSpec, private readonly version: number) {
    this.structs = new Map(structsOf(message).map((struct) => [struct.name, struct]));
  }

  /** Values of the whole message at this version. */
  message_(): fc.Arbitrary<Record<string, unknown>> {
    return this.struct(this.message.name);
  }

  private struct(name: string): fc.Arbitrary<Record<string, unknown>> {
    const struct = this.structs.get(name);
    if (struct === undefined) throw new Error(`unknown struct ${name}`);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of struct.fields) model[camelCase(field.name)] = this.field(field);
    const flexible = contains(this.message.flexibleVersions, this.version);
    const knownTags = struct.fields.flatMap((field) => (field.tag === undefined ? [] : [field.tag]));
    const firstUnknownTag = Math.max(-1, ...knownTags) + 1;
    const values = fc.record(model);
    if (!flexible) return values;
    const unknownTagged = fc.option(
      fc.uniqueArray(fc.integer({ min: firstUnknownTag, max: firstUnknownTag + 40 }), { minLength: 1, maxLength: 2 })
        .chain((tags) => fc.tuple(...tags.sort((left, right) => left - right).map((tag) => fc.uint8Array({ maxLength: 5 }).map((data) => ({ tag, data }))))),
      { nil: undefined },
    );
    return fc.tuple(values, unknownTagged).map(([record, unknown]) => (unknown === undefined ? record : { ...record, unknownTaggedFields: unknown }));
  }

  private field(field: FieldSpec): fc.Arbitrary<unknown> {
    if (!contains(field.versions, this.version)) return fc.constant(undefined).map(() => this.defaultOf(field));
    const value = this.type(field.type);
    return contains(field.nullableVersions, this.version) ? fc.option(value, { nil: null, freq: 4 }) : value;
  }

  private type(type: FieldType): fc.Arbitrary<unknown> {
    switch (type.kind) {
      case 'primitive': return primitiveArbitrary(type.name);
      case 'array': return fc.array(this.type(type.element), { maxLength: arrayLengthMax });
      case 'struct': return this.struct(type.name);
      default: {
        const unexpected: never = type;
        throw new Error(`unknown type ${JSON.stringify(unexpected)}`);
      }
    }
  }

  /** The default of a field absent from this version, as the generated decoder fills it in. */
  private defaultOf(field: FieldSpec): unknown {
    const text = field.defaultValue;
    if (text === 'null') return null;
    const type = field.type;
    if (type.kind === 'array') return [];
    if (type.kind === 'struct') return this.defaultStruct(type.name);
    switch (type.name) {
      case 'bool': return text === 'true';
      case 'int64': return text === undefined ? 0n : BigInt(text.replace(/^-?/, '')) * (text.startsWith('-') ? -1n : 1n);
      case 'float64': return Number(text ?? '0');
      case 'string': return text ?? '';
      case 'bytes': return new Uint8Array(0);
      case 'records': return field.nullableVersions.lowest <= field.nullableVersions.highest ? null : new Uint8Array(0);
      case 'uuid': return 'AAAAAAAAAAAAAAAAAAAAAA';
      default: return text === undefined ? 0 : Number(text);
    }
  }

  private defaultStruct(name: string): Record<string, unknown> {
    const struct = this.structs.get(name)!;
    const record: Record<string, unknown> = {};
    for (const field of struct.fields) record[camelCase(field.name)] = this.defaultOf(field);
    return record;
  }
}

/** Arbitrary values of `message` at `version`. */
export function messageArbitrary(message: MessageSpec, version: number): fc.Arbitrary<Record<string, unknown>> {
  return new MessageArbitraries(message, version).message_();
}
