// Field-level facts for the emitter: the TypeScript type of a field (with entity brands), the
// versions in which it is present, regular or tagged, and its default value as an expression,
// plus the "differs from default" test Kafka uses for tagged fields and absent fields.
// Build-time code, split from emit-struct.ts, which turns these facts into statements.
import assert from 'node:assert/strict';

import { structTypeName } from './names.js';
import type { FieldSpec, FieldType, MessageSpec, PrimitiveTypeName, StructSpec } from './schema.js';
import { NO_VERSIONS, SchemaError, intersect, isEmpty, type VersionRange } from './version-range.js';

export interface ImportNeeds {
  readonly entityTypes: Set<string>;
  readonly support: Set<string>;
  /** Structs (schema names) whose `is<Type>Default` check the emitted code calls. */
  readonly defaultChecks: Set<string>;
}

/** Everything the emitter needs to know about the struct being emitted. */
export interface StructContext {
  readonly message: MessageSpec;
  readonly struct: StructSpec;
  readonly typeName: string;
  /** The versions in which this struct's code runs; never empty. */
  readonly versions: VersionRange;
  readonly imports: ImportNeeds;
}

const entityBrands: Readonly<Record<string, { readonly base: PrimitiveTypeName; readonly brand: string }>> = {
  brokerId: { base: 'int32', brand: 'NodeId' },
  topicName: { base: 'string', brand: 'TopicName' },
  groupId: { base: 'string', brand: 'GroupId' },
  transactionalId: { base: 'string', brand: 'TransactionalId' },
  producerId: { base: 'int64', brand: 'ProducerId' },
};

const primitiveTypeScript: Readonly<Record<PrimitiveTypeName, string>> = {
  bool: 'boolean', int8: 'number', int16: 'number', int32: 'number', int64: 'bigint',
  uint16: 'number', uint32: 'number', float64: 'number', string: 'string', bytes: 'Uint8Array',
  records: 'Uint8Array', uuid: 'Uuid',
};

export const primitiveMethod: Readonly<Record<PrimitiveTypeName, string>> = {
  bool: 'Bool', int8: 'Int8', int16: 'Int16', int32: 'Int32', int64: 'Int64', uint16: 'Uint16',
  uint32: 'Uint32', float64: 'Float64', string: 'String', bytes: 'Bytes', records: 'Bytes', uuid: 'Uuid',
};

export function isVariableLength(name: PrimitiveTypeName): boolean {
  return name === 'string' || name === 'bytes' || name === 'records';
}

/** The brand of a primitive field with an entity type, or undefined when it has none. */
export function brandOf(context: StructContext, field: FieldSpec, primitive: PrimitiveTypeName): string | undefined {
  if (field.entityType === undefined) return undefined;
  const entity = entityBrands[field.entityType];
  if (entity === undefined || entity.base !== primitive) return undefined;
  context.imports.entityTypes.add(entity.brand);
  return entity.brand;
}

export function typeScriptType(context: StructContext, field: FieldSpec, type: FieldType): string {
  switch (type.kind) {
    case 'primitive': {
      if (type.name === 'uuid') context.imports.entityTypes.add('Uuid');
      return brandOf(context, field, type.name) ?? primitiveTypeScript[type.name];
    }
    case 'array':
      return `${typeScriptType(context, field, type.element)}[]`;
    case 'struct':
      return structTypeName(context.message, type.name);
    default: {
      const unexpected: never = type;
      assert.fail(`unknown field type ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Versions in which the field exists, as seen from this struct. */
export function presentVersions(context: StructContext, field: FieldSpec): VersionRange {
  return intersect(field.versions, context.versions);
}

export function taggedVersionsOf(context: StructContext, field: FieldSpec): VersionRange {
  return intersect(field.taggedVersions, presentVersions(context, field));
}

/** Versions in which the field is a regular (untagged) field. Tagged versions must be a suffix. */
export function regularVersions(context: StructContext, field: FieldSpec): VersionRange {
  const present = presentVersions(context, field);
  const tagged = taggedVersionsOf(context, field);
  if (isEmpty(tagged)) return present;
  if (tagged.highest !== present.highest) {
    throw new SchemaError(`Cannot generate ${context.message.fileName} ${field.name}: tagged versions must run to the field's last version`);
  }
  return tagged.lowest <= present.lowest ? NO_VERSIONS : { lowest: present.lowest, highest: tagged.lowest - 1 };
}

export function isNullableAnywhere(field: FieldSpec): boolean {
  return !isEmpty(intersect(field.nullableVersions, field.versions));
}

export function fieldType(context: StructContext, field: FieldSpec): string {
  const base = typeScriptType(context, field, field.type);
  return isNullableAnywhere(field) ? `${base} | null` : base;
}

function parseInteger(text: string, where: string): bigint {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(digits)) throw new SchemaError(`Cannot read default of ${where}: "${text}"`);
  const value = BigInt(digits);
  return negative ? -value : value;
}

const integerLimits: Readonly<Partial<Record<PrimitiveTypeName, readonly [bigint, bigint]>>> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n], int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint16: [0n, 2n ** 16n - 1n], uint32: [0n, 2n ** 32n - 1n],
};

/** The TypeScript expression of a field's default value (Kafka's zero value unless given). */
export function defaultExpression(context: StructContext, field: FieldSpec): string {
  const text = field.defaultValue;
  const where = `${context.message.fileName} ${field.name}`;
  if (text === 'null') {
    if (!isNullableAnywhere(field)) throw new SchemaError(`Cannot read default of ${where}: null for a non-nullable field`);
    return 'null';
  }
  const type = field.type;
  if (type.kind === 'array') {
    if (text !== undefined) throw new SchemaError(`Cannot read default of ${where}: arrays default to empty or null`);
    return '[]';
  }
  if (type.kind === 'struct') {
    if (text !== undefined) throw new SchemaError(`Cannot read default of ${where}: structs default to their fields' defaults or null`);
    return `create${structTypeName(context.message, type.name)}()`;
  }
  const brand = brandOf(context, field, type.name);
  const cast = (expression: string): string => (brand === undefined ? expression : `${expression} as ${brand}`);
  switch (type.name) {
    case 'bool':
      if (text !== undefined && text !== 'true' && text !== 'false') throw new SchemaError(`Cannot read default of ${where}: "${text}"`);
      return text ?? 'false';
    case 'int8': case 'int16': case 'int32': case 'uint16': case 'uint32': case 'int64': {
      const value = parseInteger(text ?? '0', where);
      const [lowest, highest] = integerLimits[type.name]!;
      if (value < lowest || value > highest) throw new SchemaError(`Cannot read default of ${where}: out of range`);
      return cast(type.name === 'int64' ? `${value}n` : `${value}`);
    }
    case 'float64': {
      const value = Number(text ?? '0');
      if (!Number.isFinite(value)) throw new SchemaError(`Cannot read default of ${where}: "${text}"`);
      return String(value);
    }
    case 'string':
      return cast(JSON.stringify(text ?? ''));
    case 'bytes': case 'records':
      if (text !== undefined) throw new SchemaError(`Cannot read default of ${where}: bytes default to empty or null`);
      return type.name === 'records' && isNullableAnywhere(field) ? 'null' : 'new Uint8Array(0)';
    case 'uuid':
      if (text !== undefined) throw new SchemaError(`Cannot read default of ${where}: uuids default to zero`);
      context.imports.support.add('ZERO_UUID');
      return 'ZERO_UUID';
    default: {
      const unexpected: never = type;
      assert.fail(`unknown primitive ${JSON.stringify(unexpected)}`);
    }
  }
}

/** A condition that holds when `expression` differs from the field's default. */
export function differsFromDefault(context: StructContext, field: FieldSpec, expression: string): string {
  const defaultValue = defaultExpression(context, field);
  const type = field.type;
  if (defaultValue === 'null') return `${expression} !== null`;
  if (type.kind === 'array') {
    return isNullableAnywhere(field) ? `(${expression} === null || ${expression}.length !== 0)` : `${expression}.length !== 0`;
  }
  if (type.kind === 'struct') {
    context.imports.defaultChecks.add(type.name);
    return `!is${structTypeName(context.message, type.name)}Default(${expression})`;
  }
  if (type.name === 'bytes' || type.name === 'records') {
    return isNullableAnywhere(field) ? `(${expression} === null || ${expression}.length !== 0)` : `${expression}.length !== 0`;
  }
  return `${expression} !== ${defaultValue.replace(/ as \w+$/, '')}`;
}

