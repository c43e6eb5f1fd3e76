// A hosted partition's directory, `<log dir>/<topic>-<partition>`, and the `partition.metadata`
// file in it that names the topic id (as Kafka writes one): opening a partition first removes a
// directory left by an older topic of the same name (deleted while this node was away, or
// re-created), so its records are never served as the new topic's.
import type { Clock, Disk } from '../../runtime/seam.js';
import { readAtomicFile, writeAtomicFile } from '../../../storage/mod.js';
import type { TestOnlyBreakDurability } from '../../../storage/mod.js';
import type { Logger } from '../../log/logger.js';
import { readHighWatermarkCheckpoint } from './high-watermark-checkpoint.js';
import { Partition } from './partition.js';
import type { PartitionId } from './partition.js';
import type { PartitionRole } from './partition-role.js';
import type { PartitionSettings } from './partition-settings.js';

const partitionMetadataFile = 'partition.metadata';

/** Where partition directories live and how to reach them. */
export interface PartitionDirectoryContext {
  readonly disk: Disk;
  readonly clock: Clock;
  /** The log directory (the first of log.dirs), without a trailing slash. */
  readonly logDirectory: string;
  readonly logger: Logger;
  /** Test only: breaks every partition log's durability on purpose (simulator negative controls). */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
}

/** The directory name of a partition: `<topic>-<partition>`. */
export function partitionKey(topicName: string, partitionIndex: number): string {
  return `${topicName}-${partitionIndex}`;
}

/**
 * Opens (recovering, or creating) the log of `id`, replacing a directory that belongs to another
 * topic id, and records the topic id beside it. Rejects with CorruptionError or DiskError when the
 * log cannot be trusted.
 */
export async function openPartitionDirectory(context: PartitionDirectoryContext, options: {
  readonly id: PartitionId; readonly settings: PartitionSettings; readonly leaderEpoch: number;
  readonly role?: PartitionRole;
}): Promise<Partition> {
  const directory = `${context.logDirectory}/${partitionKey(options.id.topicName, options.id.partitionIndex)}`;
  await replaceStaleDirectory(context, directory, options.id.topicId);
  const checkpointedHighWatermark = await readHighWatermarkCheckpoint(context.disk, directory);
  const partition = await Partition.open({ disk: context.disk, clock: context.clock, directory, id: options.id,
    settings: options.settings, leaderEpoch: options.leaderEpoch,
    ...(checkpointedHighWatermark === undefined ? {} : { checkpointedHighWatermark }),
    ...(options.role === undefined ? {} : { role: options.role }),
    ...(context.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: context.testOnlyBreakDurability }) });
  await writeAtomicFile(context.disk, `${directory}/${partitionMetadataFile}`,
    new TextEncoder().encode(`version: 0\ntopic_id: ${options.id.topicId}\n`));
  return partition;
}

/** Removes the directory of `key` and makes the removal durable. */
export async function removePartitionDirectory(context: PartitionDirectoryContext, key: string): Promise<void> {
  await context.disk.remove(`${context.logDirectory}/${key}`);
  await context.disk.syncDirectory(context.logDirectory);
}

async function replaceStaleDirectory(context: PartitionDirectoryContext, directory: string, topicId: string):
  Promise<void> {
  const contents = await readAtomicFile(context.disk, `${directory}/${partitionMetadataFile}`);
  if (contents === undefined) return;
  const match = /topic_id: (\S+)/.exec(new TextDecoder().decode(contents));
  if (match?.[1] === topicId) return;
  context.logger.warn('removing the log of an older topic with the same name', { directory });
  await context.disk.remove(directory);
  await context.disk.syncDirectory(context.logDirectory);
}
