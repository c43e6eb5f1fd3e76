// Assembles generated files from emitted structs: one file per API key (request and response),
// one per header, record or data schema, plus the API-key table (versions, flexible versions,
// header versions) and the registries. Build-time code; pure (text in, text out).
import assert from 'node:assert/strict';

import { emitIsDefault, emitStruct, type ImportNeeds } from './emit-struct.js';
import { apiName, camelCase } from './names.js';
import { structsOf, type MessageSpec } from './schema.js';
import { isEmpty, formatVersionRange } from './version-range.js';

const doNotEdit = 'do not edit; change the schema or src/protocol/codegen and run `make protocol`.';

function importLines(imports: ImportNeeds): string[] {
  const support = imports.support;
  const lines = [
    `import ${support.has('RawTaggedField') ? '{ type RawTaggedField, type Reader }' : 'type { Reader }'} from '../../primitives/reader.js';`,
    `import ${support.has('encodeTaggedField') ? '{ encodeTaggedField, type Writer }' : 'type { Writer }'} from '../../primitives/writer.js';`,
  ];
  const errors = ['fieldNotInVersion', 'nullNotAllowed', 'taggedFieldsNotInVersion'].filter((name) => support.has(name));
  if (errors.length > 0) lines.push(`import { ${errors.join(', ')} } from '../../primitives/errors.js';`);
  const entityNames = [...imports.entityTypes].sort().map((name) => `type ${name}`);
  if (support.has('ZERO_UUID')) entityNames.unshift('ZERO_UUID');
  if (entityNames.length > 0) lines.push(`import { ${entityNames.join(', ')} } from '../../entity-types.js';`);
  return lines;
}

function versionsConstant(message: MessageSpec): string[] {
  const flexible = isEmpty(message.flexibleVersions) ? 'null' : String(Math.max(message.flexibleVersions.lowest, message.validVersions.lowest));
  const apiKey = message.apiKey === undefined ? '' : ` (API key ${message.apiKey})`;
  return [
    `/** Versions of ${message.name}${apiKey}: valid ${formatVersionRange(message.validVersions)}, flexible ${formatVersionRange(message.flexibleVersions)}. */`,
    `export const ${camelCase(message.name)}Versions = {`,
    `  lowestVersion: ${message.validVersions.lowest},`,
    `  highestVersion: ${message.validVersions.highest},`,
    `  flexibleLowestVersion: ${flexible},`,
    '} as const;',
  ];
}

function emitMessages(messages: readonly MessageSpec[], imports: ImportNeeds): string[] {
  const lines: string[] = [];
  for (const message of messages) {
    lines.push('', ...versionsConstant(message));
    const structs = structsOf(message);
    imports.defaultChecks.clear();
    for (const struct of structs) lines.push('', ...emitStruct(message, struct, imports));
    // Default checks may call further default checks (nested structs): emit until none is missing.
    const emitted = new Set<string>();
    for (let missing = [...imports.defaultChecks]; missing.length > 0; missing = [...imports.defaultChecks].filter((name) => !emitted.has(name))) {
      for (const name of missing.sort()) {
        emitted.add(name);
        const struct = structs.find((candidate) => candidate.name === name);
        assert.ok(struct !== undefined, `${message.fileName}: no struct ${name}`);
        lines.push('', ...emitIsDefault(message, struct, imports));
      }
    }
  }
  return lines;
}

function assemble(header: string[], messages: readonly MessageSpec[]): string {
  const imports: ImportNeeds = { entityTypes: new Set(), support: new Set(), defaultChecks: new Set() };
  const body = emitMessages(messages, imports);
  return [...header, ...importLines(imports), ...body, ''].join('\n');
}

/** The file of one API key: its request and response schemas. */
export function emitApiFile(request: MessageSpec, response: MessageSpec): string {
  assert.equal(request.apiKey, response.apiKey);
  const name = apiName(request);
  return assemble([
    `// Generated from ${request.fileName} and ${response.fileName}: ${doNotEdit}`,
    `// ${name} (API key ${request.apiKey}): request and response codecs, versions ${formatVersionRange(request.validVersions)}.`,
    `// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_${name}`,
  ], [request, response]);
}

/** The file of a header, record or data schema. */
export function emitSchemaFile(message: MessageSpec): string {
  const what = message.kind === 'metadata' ? `KRaft metadata record (type ${message.apiKey})` : `${message.kind} schema`;
  return assemble([
    `// Generated from ${message.fileName}: ${doNotEdit}`,
    `// ${message.name}: ${what} codec, versions ${formatVersionRange(message.validVersions)}.`,
  ], [message]);
}

/** One API key with the schemas and the generated module path of its file. */
export interface ApiEntry {
  readonly request: MessageSpec;
  readonly response: MessageSpec;
  /** Module path relative to generated/, without extension, e.g. "messages/produce". */
  readonly modulePath: string;
}

function flexibleLowest(message: MessageSpec): string {
  return isEmpty(message.flexibleVersions) ? 'null' : String(message.flexibleVersions.lowest);
}

/** generated/api-keys.ts: names, version ranges and header versions of every API key. */
export function emitApiKeysFile(apis: readonly ApiEntry[]): string {
  const lines = [
    `// Generated from the request and response schemas: ${doNotEdit}`,
    '// The API keys Weir knows, their valid and flexible versions, and the header version each',
    '// request and response version uses. Headers follow flexibility: request header v2 and',
    '// response header v1 in flexible versions (KIP-482), else v1 and v0, with two exceptions',
    '// noted on the functions below.',
    '',
    '/** One API key as its schemas describe it. */',
    'export interface ApiDescriptor {',
    '  readonly apiKey: number;',
    '  readonly name: string;',
    '  readonly lowestVersion: number;',
    '  readonly highestVersion: number;',
    '  /** First flexible version of the request, or null when no version is flexible. */',
    '  readonly requestFlexibleLowestVersion: number | null;',
    '  readonly responseFlexibleLowestVersion: number | null;',
    '  /** Which listeners accept the API: "broker", "controller", "zkBroker". */',
    '  readonly listeners: readonly string[];',
    '  /** True when Kafka marks the highest version as still unstable. */',
    '  readonly latestVersionUnstable: boolean;',
    '}',
    '',
    '/** Every API key, ordered by key. */',
    'export const apiDescriptors: readonly ApiDescriptor[] = [',
  ];
  for (const { request, response } of apis) {
    lines.push(
      `  { apiKey: ${request.apiKey}, name: '${apiName(request)}', lowestVersion: ${request.validVersions.lowest}, ` +
        `highestVersion: ${request.validVersions.highest}, requestFlexibleLowestVersion: ${flexibleLowest(request)}, ` +
        `responseFlexibleLowestVersion: ${flexibleLowest(response)}, listeners: ${JSON.stringify(request.listeners).replace(/"/g, "'").replace(/,/g, ', ')}, ` +
        `latestVersionUnstable: ${request.latestVersionUnstable} },`,
    );
  }
  lines.push('];', '', '/** API keys by name, for readable call sites: `ApiKey.Produce === 0`. */', 'export const ApiKey = {');
  for (const { request } of apis) lines.push(`  ${apiName(request)}: ${request.apiKey},`);
  lines.push('} as const;', '');
  lines.push(
    'const descriptorsByKey = new Map(apiDescriptors.map((descriptor) => [descriptor.apiKey, descriptor]));',
    '',
    '/** The descriptor of `apiKey`, or undefined for a key Weir does not know. */',
    'export function apiDescriptor(apiKey: number): ApiDescriptor | undefined {',
    '  return descriptorsByKey.get(apiKey);',
    '}',
    '',
    '/**',
    ' * The request header version of a request: 2 in flexible versions, else 1. Versions above the',
    ' * valid range follow the same rule, so an ApiVersions request newer than ours still parses.',
    ' * Exception: ControlledShutdown v0 uses header v0, which has no client id (RequestHeader.json).',
    ' * Precondition: `apiKey` is known.',
    ' */',
    'export function requestHeaderVersion(apiKey: number, apiVersion: number): number {',
    '  const descriptor = descriptorsByKey.get(apiKey);',
    "  if (descriptor === undefined) throw new RangeError(`Unknown API key ${apiKey}`);",
    '  if (apiKey === ApiKey.ControlledShutdown && apiVersion === 0) return 0;',
    '  const flexibleLowest = descriptor.requestFlexibleLowestVersion;',
    '  return flexibleLowest !== null && apiVersion >= flexibleLowest ? 2 : 1;',
    '}',
    '',
    '/**',
    ' * The response header version of a response: 1 in flexible versions, else 0. Exception: the',
    ' * ApiVersions response always uses header v0, so a client that does not yet know which',
    ' * versions the broker speaks can read it (KIP-511). Precondition: `apiKey` is known.',
    ' */',
    'export function responseHeaderVersion(apiKey: number, apiVersion: number): number {',
    '  const descriptor = descriptorsByKey.get(apiKey);',
    "  if (descriptor === undefined) throw new RangeError(`Unknown API key ${apiKey}`);",
    '  if (apiKey === ApiKey.ApiVersions) return 0;',
    '  const flexibleLowest = descriptor.responseFlexibleLowestVersion;',
    '  return flexibleLowest !== null && apiVersion >= flexibleLowest ? 1 : 0;',
    '}',
    '',
  );
  return lines.join('\n');
}

/** generated/registry.ts: the codecs of every API key, by key. */
export function emitRegistryFile(apis: readonly ApiEntry[]): string {
  const lines = [
    `// Generated from the request and response schemas: ${doNotEdit}`,
    '// The codecs of every API key, so a broker can decode a request and encode its response by',
    '// (apiKey, version) alone. See src/protocol/mod.ts for the checked entry points.',
    "import type { ApiCodec } from '../api-codec.js';",
  ];
  for (const api of apis) lines.push(`import * as ${camelCase(apiName(api.request))} from './${api.modulePath}.js';`);
  lines.push('', '/** Codecs by API key. */', 'export const apiCodecs: ReadonlyMap<number, ApiCodec> = new Map<number, ApiCodec>([');
  for (const { request, response } of apis) {
    const module = camelCase(apiName(request));
    lines.push(
      `  [${request.apiKey}, {`,
      `    apiKey: ${request.apiKey}, name: '${apiName(request)}',`,
      `    lowestVersion: ${request.validVersions.lowest}, highestVersion: ${request.validVersions.highest},`,
      `    requestFlexibleLowestVersion: ${flexibleLowest(request)}, responseFlexibleLowestVersion: ${flexibleLowest(response)},`,
      `    readRequest: ${module}.read${request.name}, writeRequest: ${module}.write${request.name}, createRequest: ${module}.create${request.name},`,
      `    readResponse: ${module}.read${response.name}, writeResponse: ${module}.write${response.name}, createResponse: ${module}.create${response.name},`,
      '  }],',
    );
  }
  lines.push(']);', '');
  return lines.join('\n');
}

/** One metadata record schema with its generated module path. */
export interface RecordEntry {
  readonly message: MessageSpec;
  readonly modulePath: string;
}

/** generated/metadata-records.ts: the codecs of every KRaft metadata record, by record type. */
export function emitMetadataRecordsFile(records: readonly RecordEntry[]): string {
  const lines = [
    `// Generated from the metadata record schemas: ${doNotEdit}`,
    '// The codecs of every KRaft metadata record by record type (the schema apiKey), for the',
    '// metadata log frame: unsigned varint frame version, record type, record version, record.',
    "import type { RecordCodec } from '../api-codec.js';",
  ];
  for (const record of records) lines.push(`import * as ${camelCase(record.message.name)} from './${record.modulePath}.js';`);
  lines.push('', '/** Metadata record codecs by record type. */', 'export const metadataRecordCodecs: ReadonlyMap<number, RecordCodec> = new Map<number, RecordCodec>([');
  for (const { message } of records) {
    const module = camelCase(message.name);
    lines.push(
      `  [${message.apiKey}, {`,
      `    apiKey: ${message.apiKey}, name: '${message.name}', lowestVersion: ${message.validVersions.lowest}, highestVersion: ${message.validVersions.highest},`,
      `    read: ${module}.read${message.name}, write: ${module}.write${message.name}, create: ${module}.create${message.name},`,
      '  }],',
    );
  }
  lines.push(']);', '');
  return lines.join('\n');
}
