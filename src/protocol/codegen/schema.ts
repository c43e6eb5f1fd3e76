// The typed model of Kafka's JSON message schemas (clients/src/main/resources/common/message/ and
// siblings; the language is described in that folder's README upstream). Build-time code: the
// generator parses each schema file into this model, rejecting any key it does not know, so a
// schema feature we do not handle fails the build instead of producing a silently wrong codec.
import assert from 'node:assert/strict';

import {
  ALL_VERSIONS, NO_VERSIONS, SchemaError, intersect, isEmpty, parseVersionRange, type VersionRange,
} from './version-range.js';

/** Scalar wire types of the schema language. */
export type PrimitiveTypeName =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint16' | 'uint32' | 'float64'
  | 'string' | 'bytes' | 'records' | 'uuid';

const primitiveTypeNames: ReadonlySet<string> = new Set<PrimitiveTypeName>([
  'bool', 'int8', 'int16', 'int32', 'int64', 'uint16', 'uint32', 'float64',
  'string', 'bytes', 'records', 'uuid',
]);

/** A field's type: a scalar, an array of a type, or a named struct. */
export type FieldType =
  | { readonly kind: 'primitive'; readonly name: PrimitiveTypeName }
  | { readonly kind: 'array'; readonly element: FieldType }
  | { readonly kind: 'struct'; readonly name: string };

/** One field of a struct, with every version attribute resolved. */
export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** Versions in which the field exists. */
  readonly versions: VersionRange;
  /** Versions in which it may be null (strings, bytes, records, arrays, structs only). */
  readonly nullableVersions: VersionRange;
  /** Versions in which it travels in the tagged-field section; empty for regular fields. */
  readonly taggedVersions: VersionRange;
  /** The tag, for tagged fields. */
  readonly tag: number | undefined;
  /** When true, a non-default value in a version lacking the field is dropped, not an error. */
  readonly ignorable: boolean;
  /** The schema's default as written, or undefined for the type's zero value. */
  readonly defaultValue: string | undefined;
  readonly entityType: string | undefined;
  readonly about: string;
  /** Overrides the message's flexible versions for this field (only RequestHeader.ClientId). */
  readonly flexibleVersions: VersionRange | undefined;
  /** Inline struct definition, when the type is a struct or an array of structs. */
  readonly fields: readonly FieldSpec[] | undefined;
}

/** A struct: the message itself, an inline struct, or a common struct. */
export interface StructSpec {
  readonly name: string;
  readonly versions: VersionRange;
  readonly fields: readonly FieldSpec[];
}

export type MessageKind = 'request' | 'response' | 'header' | 'metadata' | 'data';

/** One schema file. */
export interface MessageSpec {
  /** The schema file's name, e.g. "ProduceRequest.json". */
  readonly fileName: string;
  readonly name: string;
  readonly kind: MessageKind;
  readonly apiKey: number | undefined;
  readonly validVersions: VersionRange;
  readonly flexibleVersions: VersionRange;
  readonly deprecatedVersions: VersionRange;
  readonly latestVersionUnstable: boolean;
  readonly listeners: readonly string[];
  readonly fields: readonly FieldSpec[];
  readonly commonStructs: readonly StructSpec[];
}

const messageKeys = new Set([
  'apiKey', 'type', 'listeners', 'name', 'validVersions', 'deprecatedVersions', 'flexibleVersions',
  'fields', 'commonStructs', 'latestVersionUnstable',
]);
const fieldKeys = new Set([
  'name', 'type', 'versions', 'about', 'fields', 'default', 'entityType', 'ignorable',
  'nullableVersions', 'mapKey', 'taggedVersions', 'tag', 'zeroCopy', 'flexibleVersions',
]);
const commonStructKeys = new Set(['name', 'versions', 'fields']);
const messageKinds = new Set<string>(['request', 'response', 'header', 'metadata', 'data']);

/** Removes `//` comments outside string literals; the schema files are JSON plus comments. */
export function stripComments(text: string): string {
  let output = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (inString) {
      output += character;
      if (character === '\\') output += text[++index] ?? '';
      else if (character === '"') inString = false;
    } else if (character === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      output += '\n';
    } else {
      if (character === '"') inString = true;
      output += character;
    }
  }
  return output;
}

function checkKeys(object: Record<string, unknown>, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) throw new SchemaError(`Cannot read ${where}: unknown key "${key}"`);
  }
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SchemaError(`Cannot read ${where}: expected an object`);
  }
  return value as Record<string, unknown>;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new SchemaError(`Cannot read ${where}: expected a string`);
  return value;
}

function asBoolean(value: unknown, where: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new SchemaError(`Cannot read ${where}: expected a boolean`);
}

/** Parses a type spelling such as "int32", "[]string", "[]TopicData" or "Cursor". */
export function parseFieldType(text: string, where: string): FieldType {
  if (text.startsWith('[]')) return { kind: 'array', element: parseFieldType(text.slice(2), where) };
  if (primitiveTypeNames.has(text)) return { kind: 'primitive', name: text as PrimitiveTypeName };
  if (/^[A-Z][A-Za-z0-9]*$/.test(text)) return { kind: 'struct', name: text };
  throw new SchemaError(`Cannot read ${where}: unknown type "${text}"`);
}

function parseDefault(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new SchemaError(`Cannot read ${where}: default must be a string, number, boolean or null`);
}

function parseTag(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  const tag = typeof value === 'string' ? Number(value) : value;
  if (typeof tag !== 'number' || !Number.isInteger(tag) || tag < 0) throw new SchemaError(`Cannot read ${where}: bad tag ${JSON.stringify(value)}`);
  return tag;
}

function parseField(raw: unknown, parentWhere: string): FieldSpec {
  const object = asObject(raw, parentWhere);
  const name = asString(object['name'], `${parentWhere} field name`);
  const where = `${parentWhere}.${name}`;
  checkKeys(object, fieldKeys, where);
  const type = parseFieldType(asString(object['type'], `${where} type`), where);
  const versions = parseVersionRange(object['versions'], where);
  const nullableVersions = object['nullableVersions'] === undefined ? NO_VERSIONS : parseVersionRange(object['nullableVersions'], `${where} nullableVersions`);
  const taggedVersions = object['taggedVersions'] === undefined ? NO_VERSIONS : parseVersionRange(object['taggedVersions'], `${where} taggedVersions`);
  const tag = parseTag(object['tag'], where);
  if ((tag === undefined) !== isEmpty(taggedVersions)) throw new SchemaError(`Cannot read ${where}: tag and taggedVersions go together`);
  const fieldsValue = object['fields'];
  if (fieldsValue !== undefined && !Array.isArray(fieldsValue)) throw new SchemaError(`Cannot read ${where}: fields must be an array`);
  const fields = fieldsValue?.map((field) => parseField(field, where));
  const elementType = type.kind === 'array' ? type.element : type;
  if (fields !== undefined && elementType.kind !== 'struct') throw new SchemaError(`Cannot read ${where}: only structs have fields`);
  if (!isEmpty(nullableVersions) && type.kind === 'primitive' && !['string', 'bytes', 'records'].includes(type.name)) {
    throw new SchemaError(`Cannot read ${where}: a ${type.name} cannot be nullable`);
  }
  asBoolean(object['mapKey'], `${where} mapKey`);
  asBoolean(object['zeroCopy'], `${where} zeroCopy`);
  const entityType = object['entityType'] === undefined ? undefined : asString(object['entityType'], `${where} entityType`);
  return {
    name, type, versions, nullableVersions, taggedVersions, tag, fields, entityType,
    ignorable: asBoolean(object['ignorable'], `${where} ignorable`),
    defaultValue: parseDefault(object['default'], `${where} default`),
    about: object['about'] === undefined ? '' : asString(object['about'], `${where} about`),
    flexibleVersions: object['flexibleVersions'] === undefined ? undefined : parseVersionRange(object['flexibleVersions'], `${where} flexibleVersions`),
  };
}

function parseFields(value: unknown, where: string): FieldSpec[] {
  if (!Array.isArray(value)) throw new SchemaError(`Cannot read ${where}: fields must be an array`);
  return value.map((field) => parseField(field, where));
}

/** Parses one schema file's text (comments allowed) into the model. */
export function parseMessageSpec(fileName: string, text: string): MessageSpec {
  let json: unknown;
  try {
    json = JSON.parse(stripComments(text));
  } catch (error) {
    throw new SchemaError(`Cannot parse ${fileName}: ${(error as Error).message}`);
  }
  const object = asObject(json, fileName);
  checkKeys(object, messageKeys, fileName);
  const kind = asString(object['type'], `${fileName} type`);
  if (!messageKinds.has(kind)) throw new SchemaError(`Cannot read ${fileName}: unknown type "${kind}"`);
  const apiKey = object['apiKey'];
  if (apiKey !== undefined && (typeof apiKey !== 'number' || !Number.isInteger(apiKey) || apiKey < 0)) {
    throw new SchemaError(`Cannot read ${fileName}: bad apiKey`);
  }
  if ((kind === 'request' || kind === 'response' || kind === 'metadata') && apiKey === undefined) {
    throw new SchemaError(`Cannot read ${fileName}: a ${kind} needs an apiKey`);
  }
  const commonValue = object['commonStructs'] ?? [];
  if (!Array.isArray(commonValue)) throw new SchemaError(`Cannot read ${fileName}: commonStructs must be an array`);
  const listeners = object['listeners'] ?? [];
  if (!Array.isArray(listeners)) throw new SchemaError(`Cannot read ${fileName}: listeners must be an array`);
  const validVersions = parseVersionRange(object['validVersions'], `${fileName} validVersions`);
  assert.ok(validVersions.highest !== Infinity || kind === 'header', `${fileName}: open-ended validVersions`);
  return {
    fileName,
    name: asString(object['name'], `${fileName} name`),
    kind: kind as MessageKind,
    apiKey: apiKey as number | undefined,
    validVersions,
    flexibleVersions: parseVersionRange(object['flexibleVersions'], `${fileName} flexibleVersions`),
    deprecatedVersions: object['deprecatedVersions'] === undefined ? NO_VERSIONS : parseVersionRange(object['deprecatedVersions'], `${fileName} deprecatedVersions`),
    latestVersionUnstable: asBoolean(object['latestVersionUnstable'], `${fileName} latestVersionUnstable`),
    listeners: listeners.map((listener) => asString(listener, `${fileName} listeners`)),
    fields: parseFields(object['fields'], fileName),
    commonStructs: commonValue.map((raw, index) => {
      const struct = asObject(raw, `${fileName} commonStructs[${index}]`);
      checkKeys(struct, commonStructKeys, `${fileName} commonStructs[${index}]`);
      const name = asString(struct['name'], `${fileName} commonStructs[${index}] name`);
      return {
        name,
        versions: struct['versions'] === undefined ? ALL_VERSIONS : parseVersionRange(struct['versions'], `${fileName} ${name} versions`),
        fields: parseFields(struct['fields'], `${fileName} ${name}`),
      };
    }),
  };
}

/**
 * Every struct of a message, the message itself first, then inline structs in schema order, then
 * common structs. Each comes with the versions in which it can appear. Throws `SchemaError` for a
 * struct type that is neither defined inline nor common, or a name defined twice.
 */
export function structsOf(message: MessageSpec): StructSpec[] {
  const structs: StructSpec[] = [{ name: message.name, versions: message.validVersions, fields: message.fields }];
  const commonNames = new Set(message.commonStructs.map((struct) => struct.name));
  const seen = new Set<string>([message.name]);
  const visit = (fields: readonly FieldSpec[], versions: VersionRange): void => {
    for (const field of fields) {
      const element = field.type.kind === 'array' ? field.type.element : field.type;
      if (element.kind !== 'struct') continue;
      if (field.fields === undefined) {
        if (!commonNames.has(element.name)) throw new SchemaError(`Cannot resolve ${message.fileName}: struct "${element.name}" is not defined`);
        continue;
      }
      if (seen.has(element.name)) throw new SchemaError(`Cannot resolve ${message.fileName}: struct "${element.name}" is defined twice`);
      seen.add(element.name);
      const structVersions = intersect(versions, field.versions);
      structs.push({ name: element.name, versions: structVersions, fields: field.fields });
      visit(field.fields, structVersions);
    }
  };
  visit(message.fields, message.validVersions);
  for (const common of message.commonStructs) {
    if (seen.has(common.name)) throw new SchemaError(`Cannot resolve ${message.fileName}: struct "${common.name}" is defined twice`);
    seen.add(common.name);
    structs.push({ name: common.name, versions: intersect(common.versions, message.validVersions), fields: common.fields });
    visit(common.fields, intersect(common.versions, message.validVersions));
  }
  return structs;
}
