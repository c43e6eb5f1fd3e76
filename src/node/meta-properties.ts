// Kafka's `meta.properties`, the file at the root of every log directory (and of the metadata log
// directory) that says whose directory it is: the node id, the cluster id and the directory's own
// id (KIP-631 for version 1 in KRaft, KIP-858 for directory.id). The format is Kafka's, so a
// directory can be inspected with Kafka's tools: a Java properties file of
//
//   #<comment>
//   cluster.id=<22-character base64url UUID>
//   directory.id=<22-character base64url UUID>
//   node.id=<int32>
//   version=1
//
// Kafka writes a date comment (java.util.Properties.store); Weir writes a fixed comment instead,
// since readers ignore comments and a date would need the clock for nothing. Version 0 (the
// ZooKeeper era's broker.id) is refused: Weir only runs KRaft. The file is replaced atomically
// (storage's writeAtomicFile: temporary file, fsync, rename, fsync of the directory).
import assert from 'node:assert/strict';
import { readWholeFile, writeAtomicFile, type Disk } from '../../storage/mod.js';
import { ConfigError } from '../config/config-error.js';
import { parseProperties } from '../config/properties.js';
import { isUuid, type Uuid } from '../protocol/mod.js';
import type { Random } from '../runtime/seam.js';

/** The file's name inside each log directory, as Kafka names it. */
export const metaPropertiesFileName = 'meta.properties';

/** The one version Weir reads and writes (KRaft's). */
const supportedVersion = 1;

/** What one log directory's meta.properties says. */
export interface MetaProperties {
  readonly nodeId: number;
  readonly clusterId: Uuid;
  /** Absent only in files written before KIP-858 (Kafka 3.7); Weir adds one when it reads such a file. */
  readonly directoryId: Uuid | undefined;
}

/** Why a log directory cannot be used; `code` is stable, the message names the directory. */
export type MetaPropertiesErrorCode =
  | 'META_PROPERTIES_MALFORMED'
  | 'NODE_ID_MISMATCH'
  | 'INCONSISTENT_CLUSTER_ID'
  | 'DUPLICATE_DIRECTORY_ID';

/** A log directory whose meta.properties is malformed or belongs to another node or cluster. */
export class MetaPropertiesError extends Error {
  constructor(readonly code: MetaPropertiesErrorCode, message: string, readonly directory: string) {
    super(message);
    this.name = 'MetaPropertiesError';
  }
}

/** The path of a directory's meta.properties. */
export function metaPropertiesPath(directory: string): string {
  return `${directory.replace(/\/+$/, '')}/${metaPropertiesFileName}`;
}

/** The file's text for `meta`, keys sorted as Kafka's tools print them. */
export function renderMetaProperties(meta: MetaProperties): string {
  assert.ok(Number.isSafeInteger(meta.nodeId) && meta.nodeId >= 0, 'node.id is a natural number');
  assert.ok(isUuid(meta.clusterId), 'cluster.id is a base64url UUID');
  assert.ok(meta.directoryId !== undefined && isUuid(meta.directoryId), 'a written file has a directory.id');
  return [
    '#Written by Weir: this log directory\'s node, cluster and directory ids (Kafka\'s format)',
    `cluster.id=${meta.clusterId}`,
    `directory.id=${meta.directoryId}`,
    `node.id=${meta.nodeId}`,
    `version=${supportedVersion}`,
    '',
  ].join('\n');
}

/** Parses a meta.properties text; throws MetaPropertiesError naming `directory` and the key. */
export function parseMetaProperties(text: string, directory: string): MetaProperties {
  const malformed = (why: string): MetaPropertiesError => new MetaPropertiesError('META_PROPERTIES_MALFORMED',
    `Cannot use log directory "${directory}": its ${metaPropertiesFileName} ${why}`, directory);
  let entries: ReturnType<typeof parseProperties>;
  try {
    entries = parseProperties(text);
  } catch (error) {
    if (error instanceof ConfigError) throw malformed(`is not a properties file (${error.message})`);
    throw error;
  }
  const value = (key: string): string | undefined => entries.get(key)?.value;
  const version = value('version');
  if (version === undefined) throw malformed('has no "version"');
  if (version !== String(supportedVersion)) {
    throw malformed(`has "version" "${version}"; only version 1 (KRaft) is supported`);
  }
  const nodeIdText = value('node.id');
  if (nodeIdText === undefined || !/^\d{1,10}$/.test(nodeIdText) || Number(nodeIdText) > 2_147_483_647) {
    throw malformed(`has no valid "node.id" (got "${nodeIdText ?? ''}")`);
  }
  const clusterId = value('cluster.id');
  if (clusterId === undefined || !isUuid(clusterId)) {
    throw malformed(`has no valid "cluster.id" (got "${clusterId ?? ''}"; expected 22 characters of base64url)`);
  }
  const directoryId = value('directory.id');
  if (directoryId !== undefined && !isUuid(directoryId)) {
    throw malformed(`has an invalid "directory.id" "${directoryId}"`);
  }
  return { nodeId: Number(nodeIdText), clusterId, directoryId };
}

/** A directory's meta.properties, or undefined when it has none (a directory never formatted). */
export async function readMetaProperties(disk: Disk, directory: string): Promise<MetaProperties | undefined> {
  const bytes = await readWholeFile(disk, metaPropertiesPath(directory));
  if (bytes === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MetaPropertiesError('META_PROPERTIES_MALFORMED',
      `Cannot use log directory "${directory}": its ${metaPropertiesFileName} is not UTF-8 text`, directory);
  }
  return parseMetaProperties(text, directory);
}

/** Writes a directory's meta.properties atomically and durably (the directory must exist). */
export async function writeMetaProperties(disk: Disk, directory: string, meta: MetaProperties): Promise<void> {
  await writeAtomicFile(disk, metaPropertiesPath(directory), new TextEncoder().encode(renderMetaProperties(meta)));
}

/** The id Kafka reserves as the metadata topic's (Uuid.METADATA_TOPIC_ID); never a cluster id. */
const metadataTopicId = 'AAAAAAAAAAAAAAAAAAAAAQ';

/**
 * A random UUID fit to name a cluster or a directory, by Kafka's rules (Uuid.randomUuid and
 * DirectoryId.random): not the zero UUID nor one of the first 100 (reserved for UNASSIGNED, LOST,
 * MIGRATING and the metadata topic), and not starting with '-' so that a command line can take it.
 */
export function randomKafkaUuid(random: Random): Uuid {
  for (;;) {
    const bytes = random.nextBytes(16);
    assert.equal(bytes.length, 16, 'a UUID is 16 bytes');
    const text = Buffer.from(bytes).toString('base64url');
    const reserved = bytes.subarray(0, 15).every((byte) => byte === 0) && (bytes[15] ?? 0) < 100;
    if (reserved || text.startsWith('-')) continue;
    assert.ok(isUuid(text) && text !== metadataTopicId, 'a drawn UUID is valid and not reserved');
    return text;
  }
}
