// The first thing a node does with its disk: make sure every log directory (and the metadata log
// directory) is this node's and this cluster's, as Kafka's MetaPropertiesEnsemble does before a
// broker or controller opens a log. Directories that hold a meta.properties are checked: its
// node.id must be this node's and every directory must name the same cluster.id (a directory of
// another cluster is refused, never merged: KIP-631, INCONSISTENT_CLUSTER_ID). Directories
// without one are formatted like `kafka-storage format` does, with the cluster id the others
// already hold, else with the one given for new directories. Everything is read and checked
// before anything is written, so a refused start leaves every directory as it was.
import assert from 'node:assert/strict';
import type { Disk } from '../../storage/mod.js';
import type { Uuid } from '../protocol/mod.js';
import { makeDurableDirectory } from '../quorum/durable-directory.js';
import type { Random } from '../runtime/seam.js';
import {
  MetaPropertiesError, metaPropertiesFileName, randomKafkaUuid, readMetaProperties, writeMetaProperties,
  type MetaProperties,
} from './meta-properties.js';

export interface PrepareLogDirectoriesOptions {
  /** Every log directory and the metadata log directory; a directory named twice counts once. */
  readonly directories: readonly string[];
  readonly nodeId: number;
  /** The cluster id written into directories never formatted, when no other directory has one. */
  readonly clusterIdForNewDirectories: Uuid;
}

/** What the directories say once prepared. */
export interface PreparedLogDirectories {
  /** The node's cluster id from now on. Invariant: every directory's meta.properties holds it. */
  readonly clusterId: Uuid;
  /** Each directory's directory.id, by directory as given. */
  readonly directoryIds: ReadonlyMap<string, Uuid>;
  /** The directories that had no meta.properties and were formatted now. */
  readonly formatted: readonly string[];
}

/**
 * Checks every directory's meta.properties and formats those without one (see the file comment).
 * Throws MetaPropertiesError naming the directory when one belongs to another node or cluster.
 */
export async function prepareLogDirectories(
  runtime: { readonly disk: Disk; readonly random: Random },
  options: PrepareLogDirectoriesOptions,
): Promise<PreparedLogDirectories> {
  const { disk, random } = runtime;
  const directories = [...new Set(options.directories)];
  assert.ok(directories.length > 0, 'a node has at least one log directory');
  const found = new Map<string, MetaProperties | undefined>();
  for (const directory of directories) found.set(directory, await readMetaProperties(disk, directory));
  const clusterId = agreedClusterId(found, options.nodeId) ?? options.clusterIdForNewDirectories;
  const directoryIds = new Map<string, Uuid>();
  const used = new Set<Uuid>();
  for (const [directory, meta] of found) {
    if (meta?.directoryId === undefined) continue;
    if (used.has(meta.directoryId)) {
      throw new MetaPropertiesError('DUPLICATE_DIRECTORY_ID', `Cannot use log directory "${directory}": its ` +
        `directory.id "${meta.directoryId}" is also another log directory's (a copied directory?)`, directory);
    }
    used.add(meta.directoryId);
    directoryIds.set(directory, meta.directoryId);
  }
  const formatted: string[] = [];
  for (const [directory, meta] of found) {
    if (meta?.directoryId !== undefined) continue;
    let directoryId = randomKafkaUuid(random);
    while (used.has(directoryId)) directoryId = randomKafkaUuid(random);
    used.add(directoryId);
    directoryIds.set(directory, directoryId);
    await makeDurableDirectory(disk, directory);
    // A file from before KIP-858 keeps its ids and gains a directory.id, as Kafka 3.7 adds one.
    await writeMetaProperties(disk, directory, { nodeId: options.nodeId, clusterId, directoryId });
    if (meta === undefined) formatted.push(directory);
  }
  assert.equal(directoryIds.size, directories.length, 'every directory has a directory id');
  return { clusterId, directoryIds, formatted };
}

/**
 * The cluster id the formatted directories agree on, undefined when none is formatted. Throws
 * when one of them belongs to another node, or two of them to different clusters.
 */
function agreedClusterId(found: ReadonlyMap<string, MetaProperties | undefined>, nodeId: number): Uuid | undefined {
  let agreed: { clusterId: Uuid; directory: string } | undefined;
  for (const [directory, meta] of found) {
    if (meta === undefined) continue;
    if (meta.nodeId !== nodeId) {
      throw new MetaPropertiesError('NODE_ID_MISMATCH', `Cannot use log directory "${directory}": its ` +
        `${metaPropertiesFileName} has node.id ${meta.nodeId} but this node's node.id is ${nodeId}`, directory);
    }
    if (agreed === undefined) {
      agreed = { clusterId: meta.clusterId, directory };
    } else if (agreed.clusterId !== meta.clusterId) {
      throw new MetaPropertiesError('INCONSISTENT_CLUSTER_ID', `Cannot use log directory "${directory}": its ` +
        `cluster.id "${meta.clusterId}" differs from "${agreed.clusterId}" in log directory "${agreed.directory}"`,
      directory);
    }
  }
  return agreed?.clusterId;
}
