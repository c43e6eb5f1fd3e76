// The generator as a pure function: schema texts in, generated files out (path -> content). Used
// by main.ts (`make protocol`) and by the up-to-date test, which compares its output with the
// committed files. Build-time code.
import {
  emitApiFile, emitApiKeysFile, emitMetadataRecordsFile, emitRegistryFile, emitSchemaFile,
  type ApiEntry, type RecordEntry,
} from './emit-files.js';
import { apiName, kebabCase } from './names.js';
import { parseMessageSpec, stripComments, type MessageSpec } from './schema.js';
import { SchemaError } from './version-range.js';

/** One schema file: its folder under the schema root ("messages", "metadata", …), name and text. */
export interface SchemaSource {
  readonly folder: string;
  readonly fileName: string;
  readonly text: string;
}

function byName<T>(key: (item: T) => string): (left: T, right: T) => number {
  return (left, right) => (key(left) < key(right) ? -1 : key(left) > key(right) ? 1 : 0);
}

/** Pairs requests with responses by API key; throws SchemaError for an unpaired one. */
function pairApis(messages: readonly MessageSpec[]): ApiEntry[] {
  const requests = new Map<number, MessageSpec>();
  const responses = new Map<number, MessageSpec>();
  for (const message of messages) {
    const table = message.kind === 'request' ? requests : message.kind === 'response' ? responses : undefined;
    if (table === undefined) continue;
    if (table.has(message.apiKey!)) throw new SchemaError(`Cannot pair ${message.fileName}: API key ${message.apiKey} appears twice`);
    table.set(message.apiKey!, message);
  }
  const apis: ApiEntry[] = [];
  for (const [apiKey, request] of [...requests].sort((left, right) => left[0] - right[0])) {
    const response = responses.get(apiKey);
    if (response === undefined) throw new SchemaError(`Cannot pair ${request.fileName}: no response for API key ${apiKey}`);
    apis.push({ request, response, modulePath: `messages/${kebabCase(apiName(request))}` });
  }
  if (responses.size !== requests.size) throw new SchemaError('Cannot pair responses: some have no request');
  return apis;
}

/** Where a non-API schema's file goes: headers/, data/ (from messages/), or its own folder. */
function schemaModulePath(folder: string, message: MessageSpec): string {
  const base = kebabCase(message.name);
  if (folder === 'messages') return `${message.kind === 'header' ? 'headers' : 'data'}/${base}`;
  return `${folder}/${base}`;
}

/**
 * generated/schemas.json: the schemas the code was generated from, comments stripped, one per line.
 * Tests derive their arbitraries from it, so they run without the schema folder; the up-to-date
 * test keeps it equal to the folder when the folder is present.
 */
function emitSchemaSnapshot(sources: readonly SchemaSource[]): string {
  const entries = [...sources]
    .sort(byName((source) => `${source.folder}/${source.fileName}`))
    .map((source) => JSON.stringify({ folder: source.folder, fileName: source.fileName, schema: JSON.parse(stripComments(source.text)) as unknown }));
  return `[\n${entries.join(',\n')}\n]\n`;
}

/** Reads a snapshot written by `emitSchemaSnapshot` back into schema sources. */
export function schemaSourcesFromSnapshot(snapshot: string): SchemaSource[] {
  const entries = JSON.parse(snapshot) as { folder: string; fileName: string; schema: unknown }[];
  return entries.map((entry) => ({ folder: entry.folder, fileName: entry.fileName, text: JSON.stringify(entry.schema) }));
}

/** Generates every file; keys are paths relative to src/protocol/generated/. */
export function generate(sources: readonly SchemaSource[]): Map<string, string> {
  const parsed = [...sources]
    .sort(byName((source) => `${source.folder}/${source.fileName}`))
    .map((source) => ({ folder: source.folder, message: parseMessageSpec(source.fileName, source.text) }));
  const files = new Map<string, string>();
  const apis = pairApis(parsed.map((entry) => entry.message));
  for (const api of apis) files.set(`${api.modulePath}.ts`, emitApiFile(api.request, api.response));
  const records: RecordEntry[] = [];
  for (const { folder, message } of parsed) {
    if (message.kind === 'request' || message.kind === 'response') continue;
    const modulePath = schemaModulePath(folder, message);
    if (files.has(`${modulePath}.ts`)) throw new SchemaError(`Cannot generate ${message.fileName}: ${modulePath}.ts is taken`);
    files.set(`${modulePath}.ts`, emitSchemaFile(message));
    if (message.kind === 'metadata') records.push({ message, modulePath });
  }
  records.sort((left, right) => left.message.apiKey! - right.message.apiKey!);
  files.set('schemas.json', emitSchemaSnapshot(sources));
  files.set('api-keys.ts', emitApiKeysFile(apis));
  files.set('registry.ts', emitRegistryFile(apis));
  files.set('metadata-records.ts', emitMetadataRecordsFile(records));
  return files;
}
