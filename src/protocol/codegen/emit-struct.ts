// Emits the TypeScript for one struct of a schema: its interface, a `create` function filling
// defaults, a writer and a reader. Build-time code. The shape follows Kafka's own generator
// (MessageDataGenerator): straight-line code, one version guard per field, regular fields in
// schema order, then the tagged-field section (KIP-482) in flexible versions.
import assert from 'node:assert/strict';

import {
  brandOf, defaultExpression, differsFromDefault, fieldType, isNullableAnywhere, isVariableLength,
  presentVersions, primitiveMethod, regularVersions, taggedVersionsOf, type ImportNeeds, type StructContext,
} from './field-values.js';
import { camelCase, structTypeName } from './names.js';
import type { FieldSpec, FieldType, MessageSpec, PrimitiveTypeName, StructSpec } from './schema.js';
import {
  SchemaError, formatVersionRange, intersect, isEmpty, versionGuard, type VersionRange,
} from './version-range.js';

export type { ImportNeeds } from './field-values.js';

/** The flexible-encoding expression for a field: `flexible`, or a constant. */
function flexibleExpression(context: StructContext, field: FieldSpec, inTaggedSection: boolean): string {
  if (inTaggedSection) return 'true';
  const flexible = field.flexibleVersions ?? context.message.flexibleVersions;
  const guard = versionGuard(flexible, context.versions);
  if (field.flexibleVersions !== undefined) return guard === 'true' || guard === 'false' ? guard : `(${guard})`;
  return guard === 'true' || guard === 'false' ? guard : 'flexible';
}

interface ValueSite {
  readonly context: StructContext;
  readonly field: FieldSpec;
  /** The writer or reader variable. */
  readonly io: string;
  readonly flexible: string;
  /** Condition for "null is allowed here", or 'true'/'false'. */
  readonly nullable: string;
}

function nullError(site: ValueSite): string {
  site.context.imports.support.add('nullNotAllowed');
  return `throw nullNotAllowed('${site.context.typeName}', '${camelCase(site.field.name)}', version);`;
}

/** Statements writing `expression` of `type` (the field's type, or an array element). */
function writeValue(site: ValueSite, type: FieldType, expression: string, isElement: boolean): string[] {
  const nullable = isElement ? 'false' : site.nullable;
  const { io, flexible } = site;
  switch (type.kind) {
    case 'primitive': {
      const method = primitiveMethod[type.name];
      if (!isVariableLength(type.name)) return [`${io}.write${method}(${expression});`];
      if (nullable === 'false') return [`${io}.write${method}(${expression}, ${flexible});`];
      const check = nullable === 'true' ? [] : [`if (${expression} === null && !(${nullable})) ${nullError(site)}`];
      return [...check, `${io}.writeNullable${method}(${expression}, ${flexible});`];
    }
    case 'array': {
      // A plain loop rather than a callback: arrays of partitions are the hot path of big messages.
      const item = writeValue(site, type.element, 'item', true).join(' ');
      const loop = `for (const item of ${expression}) ${item}`;
      if (nullable === 'false') return [`${io}.writeArrayLength(${expression}, ${flexible});`, loop];
      const check = nullable === 'true' ? [] : [`if (${expression} === null && !(${nullable})) ${nullError(site)}`];
      return [...check, `${io}.writeArrayLength(${expression}, ${flexible});`, `if (${expression} !== null) ${loop}`];
    }
    case 'struct': {
      const call = `write${structTypeName(site.context.message, type.name)}(${io}, ${expression}, version);`;
      if (nullable === 'false') return [call];
      // Nullable structs carry a one-byte marker: -1 for null, 1 for present.
      if (nullable === 'true') return [`if (${expression} === null) ${io}.writeInt8(-1);`, `else { ${io}.writeInt8(1); ${call} }`];
      return [
        `if (${expression} === null) { if (!(${nullable})) ${nullError(site)} ${io}.writeInt8(-1); }`,
        `else { if (${nullable}) ${io}.writeInt8(1); ${call} }`,
      ];
    }
    default: {
      const unexpected: never = type;
      assert.fail(`unknown field type ${JSON.stringify(unexpected)}`);
    }
  }
}

/** An expression reading a value of `type`. */
function readValue(site: ValueSite, type: FieldType, isElement: boolean): string {
  const nullable = isElement ? 'false' : site.nullable;
  const { io, flexible } = site;
  switch (type.kind) {
    case 'primitive': {
      const method = primitiveMethod[type.name];
      const brand = brandOf(site.context, site.field, type.name);
      const cast = (expression: string, suffix = ''): string => (brand === undefined ? expression : `${expression} as ${brand}${suffix}`);
      if (!isVariableLength(type.name)) return cast(`${io}.read${method}()`);
      const plain = cast(`${io}.read${method}(${flexible})`);
      const withNull = cast(`${io}.readNullable${method}(${flexible})`, ' | null');
      if (nullable === 'false') return plain;
      if (nullable === 'true') return withNull;
      return `(${nullable}) ? ${withNull} : ${plain}`;
    }
    case 'array': {
      const special = specializedArrayRead(site, type.element, nullable);
      if (special !== undefined) return special;
      const item = readValue(site, type.element, true);
      if (nullable === 'false') return `${io}.readArray(${flexible}, () => ${item})`;
      if (nullable === 'true') return `${io}.readNullableArray(${flexible}, () => ${item})`;
      return `(${nullable}) ? ${io}.readNullableArray(${flexible}, () => ${item}) : ${io}.readArray(${flexible}, () => ${item})`;
    }
    case 'struct': {
      const call = `read${structTypeName(site.context.message, type.name)}(${io}, version)`;
      if (nullable === 'false') return call;
      if (nullable === 'true') return `${io}.readInt8() < 0 ? null : ${call}`;
      return `(${nullable}) && ${io}.readInt8() < 0 ? null : ${call}`;
    }
    default: {
      const unexpected: never = type;
      assert.fail(`unknown field type ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Element types with a dedicated array reader, and whether it has a nullable variant. */
const specializedArrays: Readonly<Partial<Record<PrimitiveTypeName, { readonly method: string; readonly nullable: boolean }>>> = {
  int32: { method: 'Int32Array', nullable: true },
  int64: { method: 'Int64Array', nullable: false },
  string: { method: 'StringArray', nullable: true },
  uuid: { method: 'UuidArray', nullable: true },
};

/** A dedicated array read for primitive elements, or undefined to use the generic loop. */
function specializedArrayRead(site: ValueSite, element: FieldType, nullable: string): string | undefined {
  if (element.kind !== 'primitive') return undefined;
  const special = specializedArrays[element.name];
  if (special === undefined || (nullable !== 'false' && !special.nullable)) return undefined;
  const brand = brandOf(site.context, site.field, element.name);
  const cast = (expression: string, suffix: string): string => (brand === undefined ? expression : `${expression} as ${brand}[]${suffix}`);
  const plain = cast(`${site.io}.read${special.method}(${site.flexible})`, '');
  const withNull = cast(`${site.io}.readNullable${special.method}(${site.flexible})`, ' | null');
  if (nullable === 'false') return plain;
  if (nullable === 'true') return withNull;
  return `(${nullable}) ? ${withNull} : ${plain}`;
}

function siteOf(context: StructContext, field: FieldSpec, io: string, inTaggedSection: boolean): ValueSite {
  const nullableRange = inTaggedSection ? taggedVersionsOf(context, field) : regularVersions(context, field);
  const nullable = isEmpty(nullableRange) ? 'false' : versionGuard(field.nullableVersions, nullableRange);
  return {
    context, field, io, flexible: flexibleExpression(context, field, inTaggedSection),
    nullable: nullable === 'true' || nullable === 'false' ? nullable : `(${nullable})`,
  };
}

/** `if (guard) { lines }`, or the lines alone when the guard always holds. */
function guarded(guard: string, lines: string[]): string[] {
  if (guard === 'false') return [];
  if (guard === 'true') return lines;
  return [`if (${guard}) {`, ...lines.map((line) => `  ${line}`), '}'];
}

/** The flexible versions among the struct's: where its tagged-field section exists. */
function flexibleVersionsOf(context: StructContext): VersionRange {
  return intersect(context.message.flexibleVersions, context.versions);
}

/** The negation of a generated condition, written plainly when it is a single inequality. */
function negate(condition: string): string {
  const inequality = /^([\w.]+) !== ([^&|()]+)$/.exec(condition);
  return inequality === null ? `!(${condition})` : `${inequality[1]} === ${inequality[2]}`;
}

function hasFlexibleVersions(context: StructContext): boolean {
  return versionGuard(context.message.flexibleVersions, context.versions) !== 'false';
}

function knownTaggedFields(context: StructContext): FieldSpec[] {
  return context.struct.fields.filter((field) => !isEmpty(taggedVersionsOf(context, field)));
}

function fieldDoc(context: StructContext, field: FieldSpec): string {
  const about = field.about.trim();
  const parts = [about === '' ? `The ${field.name} field.` : /[.!?]$/.test(about) ? about : `${about}.`];
  parts.push(`Versions: ${formatVersionRange(field.versions)}.`);
  if (isNullableAnywhere(field)) parts.push(`Nullable: ${formatVersionRange(field.nullableVersions)}.`);
  if (field.tag !== undefined) parts.push(`Tagged: ${formatVersionRange(field.taggedVersions)} (tag ${field.tag}).`);
  if (field.ignorable) parts.push('Ignorable.');
  if (field.defaultValue !== undefined) parts.push(`Default: ${field.defaultValue}.`);
  if (field.entityType !== undefined) parts.push(`Entity: ${field.entityType}.`);
  void context;
  return `  /** ${parts.join(' ').replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */`;
}

function emitInterface(context: StructContext): string[] {
  const what = context.struct.name === context.message.name ? `The ${context.message.name} message` : `${context.struct.name} of ${context.message.name}`;
  const lines = [`/** ${what}; versions ${formatVersionRange(context.versions)}. */`];
  lines.push(`export interface ${context.typeName} {`);
  for (const field of context.struct.fields) {
    lines.push(fieldDoc(context, field));
    lines.push(`  ${camelCase(field.name)}: ${fieldType(context, field)};`);
  }
  if (hasFlexibleVersions(context)) {
    context.imports.support.add('RawTaggedField');
    lines.push('  /** Tagged fields this version does not know, kept to be written back unchanged. */');
    lines.push('  unknownTaggedFields?: RawTaggedField[];');
  }
  lines.push('}');
  return lines;
}

function emitCreate(context: StructContext): string[] {
  const name = context.typeName;
  const lines = [
    `/** A ${name} with every field at its schema default, overridden by \`init\`. */`,
    `export function create${name}(init: Partial<${name}> = {}): ${name} {`,
    '  return {',
  ];
  for (const field of context.struct.fields) lines.push(`    ${camelCase(field.name)}: ${defaultExpression(context, field)},`);
  lines.push('    ...init,', '  };', '}');
  return lines;
}

function emitWrite(context: StructContext): string[] {
  const body: string[] = [];
  for (const field of context.struct.fields) {
    const name = camelCase(field.name);
    const regularGuard = versionGuard(regularVersions(context, field), context.versions);
    if (regularGuard !== 'false') {
      const site = siteOf(context, field, 'writer', false);
      body.push(...guarded(regularGuard, writeValue(site, field.type, `value.${name}`, false)));
    }
    const presentGuard = versionGuard(presentVersions(context, field), context.versions);
    if (!field.ignorable && presentGuard !== 'true') {
      context.imports.support.add('fieldNotInVersion');
      const condition = presentGuard === 'false' ? '' : `!(${presentGuard}) && `;
      body.push(`if (${condition}${differsFromDefault(context, field, `value.${name}`)}) {`);
      body.push(`  throw fieldNotInVersion('${context.typeName}', '${name}', version);`, '}');
    }
  }
  body.push(...emitWriteTaggedSection(context));
  return wrapFunction(context, [
    `/** Writes a ${context.typeName} in \`version\`; throws ProtocolEncodeError for a value that version cannot carry. */`,
    `export function write${context.typeName}(writer: Writer, value: ${context.typeName}, version: number): void {`,
  ], body);
}

function emitWriteTaggedSection(context: StructContext): string[] {
  const flexibleGuard = versionGuard(context.message.flexibleVersions, context.versions);
  if (flexibleGuard === 'false') return [];
  const tagged = knownTaggedFields(context);
  const lines: string[] = [];
  if (tagged.length === 0) {
    lines.push('writer.writeUnknownTaggedFields(value.unknownTaggedFields);');
  } else {
    context.imports.support.add('encodeTaggedField');
    lines.push('const taggedFields: RawTaggedField[] = [];');
    for (const field of tagged) {
      const name = camelCase(field.name);
      const site = siteOf(context, field, 'taggedWriter', true);
      const guard = versionGuard(taggedVersionsOf(context, field), flexibleVersionsOf(context));
      const condition = [guard === 'true' ? '' : `(${guard})`, differsFromDefault(context, field, `value.${name}`)].filter((part) => part !== '').join(' && ');
      const statements = writeValue(site, field.type, `value.${name}`, false);
      lines.push(`if (${condition}) {`);
      lines.push(`  taggedFields.push(encodeTaggedField(${field.tag}, (taggedWriter) => {`);
      lines.push(...statements.map((statement) => `    ${statement}`));
      lines.push('  }));', '}');
    }
    lines.push('writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);');
  }
  if (flexibleGuard === 'true') return lines;
  context.imports.support.add('taggedFieldsNotInVersion');
  return [
    'if (flexible) {', ...lines.map((line) => `  ${line}`), '} else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {',
    `  throw taggedFieldsNotInVersion('${context.typeName}', version);`, '}',
  ];
}

function emitRead(context: StructContext): string[] {
  const name = context.typeName;
  const body = [`const value: ${name} = {`];
  for (const field of context.struct.fields) {
    const site = siteOf(context, field, 'reader', false);
    const guard = versionGuard(regularVersions(context, field), context.versions);
    const fallback = defaultExpression(context, field);
    const expression = guard === 'false' ? fallback : guard === 'true' ? readValue(site, field.type, false) : `(${guard}) ? ${readValue(site, field.type, false)} : ${fallback}`;
    body.push(`  ${camelCase(field.name)}: ${expression},`);
  }
  body.push('};');
  body.push(...emitReadTaggedSection(context));
  body.push('return value;');
  return wrapFunction(context, [
    `/** Reads a ${name} in \`version\`; throws ProtocolDecodeError for malformed bytes. */`,
    `export function read${name}(reader: Reader, version: number): ${name} {`,
  ], body);
}

function emitReadTaggedSection(context: StructContext): string[] {
  const flexibleGuard = versionGuard(context.message.flexibleVersions, context.versions);
  if (flexibleGuard === 'false') return [];
  const tagged = knownTaggedFields(context);
  const lines: string[] = [];
  if (tagged.length === 0) {
    lines.push('const unknownTaggedFields = reader.readTaggedFields();');
  } else {
    lines.push('const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {', '  switch (tag) {');
    for (const field of tagged) {
      const site = siteOf(context, field, 'fieldReader', true);
      const guard = versionGuard(taggedVersionsOf(context, field), flexibleVersionsOf(context));
      const assign = `value.${camelCase(field.name)} = ${readValue(site, field.type, false)};`;
      lines.push(`    case ${field.tag}:`);
      if (guard === 'true') lines.push(`      ${assign}`, '      return true;');
      else lines.push(`      if (!(${guard})) return false;`, `      ${assign}`, '      return true;');
    }
    lines.push('    default:', '      return false;', '  }', '});');
  }
  lines.push('if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;');
  return guarded(flexibleGuard === 'true' ? 'true' : 'flexible', lines);
}

/** Declares `flexible` when the body uses it and names `version` `_version` when it does not. */
function wrapFunction(context: StructContext, header: string[], body: string[]): string[] {
  const text = body.join('\n');
  const lines = [...header];
  if (/(?<![.\w])flexible\b(?!\s*:)/.test(text)) lines.push(`  const flexible = ${versionGuard(context.message.flexibleVersions, context.versions)};`);
  lines.push(...body.map((line) => `  ${line}`), '}');
  if (!/(?<![.\w])version\b(?!\s*:)/.test(lines.slice(header.length).join('\n'))) {
    const signature = lines[header.length - 1]!;
    lines[header.length - 1] = signature.replace('version: number', '_version: number');
  }
  return lines;
}

function contextOf(message: MessageSpec, struct: StructSpec, imports: ImportNeeds): StructContext {
  const versions = isEmpty(struct.versions) ? message.validVersions : struct.versions;
  return { message, struct, typeName: structTypeName(message, struct.name), versions, imports };
}

/**
 * `is<Type>Default(value)`: whether every field of a struct holds its default and no unknown
 * tagged field is kept. Kafka writes a tagged struct only when it differs from its default, and
 * refuses a non-default struct in a version that lacks it; this is that comparison, unrolled.
 */
export function emitIsDefault(message: MessageSpec, struct: StructSpec, imports: ImportNeeds): string[] {
  const context = contextOf(message, struct, imports);
  const conditions = struct.fields.map((field) => negate(differsFromDefault(context, field, `value.${camelCase(field.name)}`)));
  if (hasFlexibleVersions(context)) conditions.push('(value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0)');
  if (conditions.length === 0) conditions.push('true');
  return [
    `/** True when every field of \`value\` holds its schema default. */`,
    `function is${context.typeName}Default(value: ${context.typeName}): boolean {`,
    `  return ${conditions.join('\n    && ')};`,
    '}',
  ];
}

/** The interface, create, write and read functions of one struct. */
export function emitStruct(message: MessageSpec, struct: StructSpec, imports: ImportNeeds): string[] {
  const context = contextOf(message, struct, imports);
  const tags = new Set<number>();
  for (const field of struct.fields) {
    if (field.tag === undefined) continue;
    if (tags.has(field.tag)) throw new SchemaError(`Cannot generate ${message.fileName}: tag ${field.tag} used twice in ${struct.name}`);
    tags.add(field.tag);
  }
  return [
    ...emitInterface(context), '',
    ...emitCreate(context), '',
    ...emitWrite(context), '',
    ...emitRead(context),
  ];
}
