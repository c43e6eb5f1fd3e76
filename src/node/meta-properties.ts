// Each log directory's identity card, Kafka's `meta.properties` (KIP-631, KIP-858): which node
// owns the directory, which cluster its data belongs to, and the directory's own id. It is
// written once, when the directory is first used (Kafka's `kafka-storage format`), and checked at
// every start, before anything else reads the directory: a directory of another node, or of
// another cluster, is refused with an error that names it, so data of two clusters or two nodes
// is never mixed. The node's cluster id is the one these files hold; the Raft driver and the
// broker's registration carry it, and peers of another cluster refuse them.
//
// The format is Kafka's (a Java properties file), so Kafka's tools can read Weir's directories:
//   #
//   cluster.id=<22-character base64url UUID>
//   directory.id=<22-character base64url UUID>
//   node.id=<int>
//   version=1
import { parseProperties } from '../config/properties.js';
import { isUuid, uuidFromBytes, type Uuid } from '../protocol/mod.js';
import type { Disk, Random } from '../runtime/seam.js';
import { readWholeFile, writeAtomicFile } from '../../storage/mod.js';
import { makeDurableDirectory } from '../quorum/durable-directory.js';

export const META_PROPERTIES_FILE = 'meta.properties';

/** A directory that cannot be used: another node's, another cluster's, or an unreadable card. */
export class LogDirectoryError extends Error {
  readonly code = 'LOG_DIRECTORY_REFUSED';
  constructor(readonly directory: string, message: string) {
    super(`Log directory ${directory}: ${message}`);
    this.name = 'LogDirectoryError';
  }
}

/** What one meta.properties says. */
export interface MetaProperties {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly directoryId: Uuid;
}

/** What the directories of a node agree on. */
export interface PreparedDirectories {
  readonly clusterId: string;
  /** Directory ids by directory path. */
  readonly directoryIds: ReadonlyMap<string, Uuid>;
  /** The directories formatted by this call (they had no meta.properties). */
  readonly formatted: readonly string[];
}

/** True for a cluster id as Kafka writes them (a base64url UUID of 22 characters). */
export function isClusterId(text: string): boolean {
  return isUuid(text);
}

/**
 * Checks every directory's meta.properties, and formats the ones without it with the cluster id
 * the others hold, else `clusterIdForNew` (else a random one). Throws LogDirectoryError for a
 * directory of another node, a disagreement between directories, or a malformed file.
 */
export async function prepareLogDirectories(disk: Disk, random: Random, options: {
  readonly directories: readonly string[];
  readonly nodeId: number;
  readonly clusterIdForNew?: string;
}): Promise<PreparedDirectories> {
  const unique = [...new Set(options.directories)];
  const found = new Map<string, MetaProperties>();
  for (const directory of unique) {
    const card = await readMetaProperties(disk, directory);
    if (card === null) continue;
    if (card.nodeId !== options.nodeId) {
      throw new LogDirectoryError(directory, `belongs to node ${card.nodeId} (meta.properties), not to node.id ${options.nodeId}`);
    }
    found.set(directory, card);
  }
  const clusterIds = new Set([...found.values()].map((card) => card.clusterId));
  if (clusterIds.size > 1) {
    const listed = [...found].map(([directory, card]) => `${directory} is of cluster ${card.clusterId}`).join(', ');
    throw new LogDirectoryError(unique[0] as string, `the log directories belong to different clusters: ${listed}`);
  }
  const clusterId = [...clusterIds][0] ?? options.clusterIdForNew ?? uuidFromBytes(random.nextBytes(16));
  if (!isClusterId(clusterId)) throw new LogDirectoryError(unique[0] as string, `"${clusterId}" is not a cluster id`);
  const directoryIds = new Map<string, Uuid>();
  const formatted: string[] = [];
  for (const directory of unique) {
    const card = found.get(directory);
    if (card !== undefined) {
      directoryIds.set(directory, card.directoryId);
      continue;
    }
    const directoryId = uuidFromBytes(random.nextBytes(16));
    await makeDurableDirectory(disk, directory);
    await writeAtomicFile(disk, `${directory}/${META_PROPERTIES_FILE}`,
      new TextEncoder().encode(renderMetaProperties({ nodeId: options.nodeId, clusterId, directoryId })));
    directoryIds.set(directory, directoryId);
    formatted.push(directory);
  }
  return { clusterId, directoryIds, formatted };
}

/** The file's text, in Kafka's layout. */
export function renderMetaProperties(card: MetaProperties): string {
  return `#\ncluster.id=${card.clusterId}\ndirectory.id=${card.directoryId}\nnode.id=${card.nodeId}\nversion=1\n`;
}

/** A directory's meta.properties, or null when it has none. Throws LogDirectoryError when malformed. */
export async function readMetaProperties(disk: Disk, directory: string): Promise<MetaProperties | null> {
  const path = `${directory}/${META_PROPERTIES_FILE}`;
  const bytes = await readWholeFile(disk, path);
  if (bytes === undefined) return null;
  const text = new TextDecoder().decode(bytes);
  let entries;
  try {
    entries = parseProperties(text);
  } catch (error) {
    throw new LogDirectoryError(directory, `meta.properties cannot be read: ${String(error)}`);
  }
  const value = (key: string): string => {
    const entry = entries.get(key);
    if (entry === undefined) throw new LogDirectoryError(directory, `meta.properties has no ${key}`);
    return entry.value;
  };
  if (value('version') !== '1') {
    throw new LogDirectoryError(directory, `meta.properties has version ${value('version')}; Weir reads version 1`);
  }
  const nodeId = Number(value('node.id'));
  if (!Number.isSafeInteger(nodeId) || nodeId < 0) {
    throw new LogDirectoryError(directory, `meta.properties has node.id "${value('node.id')}", not a node id`);
  }
  const clusterId = value('cluster.id');
  if (!isClusterId(clusterId)) throw new LogDirectoryError(directory, `meta.properties has cluster.id "${clusterId}", not a cluster id`);
  const directoryId = value('directory.id');
  if (!isUuid(directoryId)) {
    throw new LogDirectoryError(directory, `meta.properties has directory.id "${directoryId}", not a directory id`);
  }
  return { nodeId, clusterId, directoryId };
}
