// Test support: the parsed Kafka schemas (from the committed snapshot the code was generated
// from) and, for each, the generated module and its read/write functions, so property tests can
// walk every message and version generically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { schemaSourcesFromSnapshot } from '../../../src/protocol/codegen/generate.js';
import { repositoryRoot } from '../../../src/protocol/codegen/load-schemas.js';
import { apiName, kebabCase } from '../../../src/protocol/codegen/names.js';
import { parseMessageSpec, type MessageSpec } from '../../../src/protocol/codegen/schema.js';
import type { Reader } from '../../../src/protocol/primitives/reader.js';
import type { Writer } from '../../../src/protocol/primitives/writer.js';

/** The schema folder the committed code was generated from. */
export const schemaFolder = join(repositoryRoot(), '..', 'shared', 'kafka-protocol');

/** One schema with the codec functions generated for it. */
export interface SchemaCodec {
  readonly folder: string;
  readonly message: MessageSpec;
  read(reader: Reader, version: number): object;
  write(writer: Writer, value: object, version: number): void;
  create(): object;
}

function modulePath(folder: string, message: MessageSpec): string {
  if (message.kind === 'request' || message.kind === 'response') return `messages/${kebabCase(apiName(message))}`;
  if (folder === 'messages') return `${message.kind === 'header' ? 'headers' : 'data'}/${kebabCase(message.name)}`;
  return `${folder}/${kebabCase(message.name)}`;
}

/**
 * Every schema with its generated codec, loaded once per test file. The schemas come from the
 * committed snapshot generated/schemas.json, so these tests run without the schema folder.
 */
export async function loadSchemaCodecs(): Promise<SchemaCodec[]> {
  const codecs: SchemaCodec[] = [];
  const snapshot = readFileSync(join(repositoryRoot(), 'src', 'protocol', 'generated', 'schemas.json'), 'utf8');
  for (const source of schemaSourcesFromSnapshot(snapshot)) {
    const message = parseMessageSpec(source.fileName, source.text);
    const path = join(repositoryRoot(), 'src', 'protocol', 'generated', `${modulePath(source.folder, message)}.ts`);
    const module = (await import(path)) as Record<string, unknown>;
    const read = module[`read${message.name}`] as SchemaCodec['read'];
    const write = module[`write${message.name}`] as SchemaCodec['write'];
    const create = module[`create${message.name}`] as SchemaCodec['create'];
    if (typeof read !== 'function' || typeof write !== 'function' || typeof create !== 'function') {
      throw new Error(`Cannot find the codec of ${message.name} in ${path}`);
    }
    codecs.push({ folder: source.folder, message, read, write, create });
  }
  return codecs;
}

/** Every version of a schema. */
export function versionsOf(message: MessageSpec): number[] {
  const versions: number[] = [];
  for (let version = message.validVersions.lowest; version <= message.validVersions.highest; version++) versions.push(version);
  return versions;
}
