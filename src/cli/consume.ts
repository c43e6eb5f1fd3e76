// `weir consume TOPIC` (src/cli/): reads records from a topic's partitions over the Kafka
// protocol and prints them; the counterpart of kafka-console-consumer and `kcat -C`. It reads
// by partition (consumer groups are not there yet), from the beginning, the end, an offset or a
// timestamp, and stops after --count records, at the end of every partition with --exit, or on
// Ctrl-C. It long-polls (Fetch with a 500 ms wait) and reads only complete, CRC-checked batches.
import { RecordBatchError, decodeRecordBatch, type DecodedRecordBatch } from '../../storage/mod.js';
import { ApiKey, ErrorCode, topicName, type NodeId } from '../protocol/mod.js';
import {
  createFetchRequest, createFetchRequestFetchPartition, createFetchRequestFetchTopic, type FetchResponse,
} from '../protocol/generated/messages/fetch.js';
import { expectNoError, type AdminSession } from '../admin/admin-session.js';
import { cliSession } from './cli-session.js';
import { CliError, usageError } from './cli-error.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, readOffsets, readTopic } from '../admin/metadata-reads.js';
import { formatRecord, jsonRecord } from './consume-format.js';
import { commonFlagsHelp, parseFlags, topicArgument, wholeNumber } from './flags.js';
import { runCommand } from './run-command.js';

const usage = `Usage: weir consume TOPIC [options]

  -p, --partitions LIST      partitions to read, e.g. 0,2 (default: all)
  -o, --offset WHERE         beginning, end (default), an offset N, or @TIMESTAMP-MS
      --from-beginning       the same as --offset beginning
  -n, --count N              stop after N records
  -e, --exit                 stop at the end of every partition
  -f, --format FORMAT        kcat's tokens: %t %p %o %k %s %T %h, \\n \\t (default "%s\\n")
${commonFlagsHelp}

Example:
  weir consume greetings --from-beginning -e -f '%p/%o %k=%s\\n'`;

const flags = {
  partitions: { type: 'string', short: 'p' },
  offset: { type: 'string', short: 'o' },
  'from-beginning': { type: 'boolean', default: false },
  count: { type: 'string', short: 'n' },
  exit: { type: 'boolean', short: 'e', default: false },
  format: { type: 'string', short: 'f', default: '%s\\n' },
} as const;

/** Per partition: where the next read starts. */
type Positions = Map<number, number>;

/** Runs `weir consume`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand(usage, async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const topic = topicArgument(positionals);
    const where = values['from-beginning'] ? 'beginning' : values.offset ?? 'end';
    const countMax = values.count === undefined ? Infinity : wholeNumber(values.count, '--count');
    const session = cliSession(values.bootstrap);
    let interrupted = false;
    const onInterrupt = (): void => { interrupted = true; };
    process.once('SIGINT', onInterrupt);
    try {
      const metadata = await readTopic(session, topic);
      const partitions = choosePartitions(values.partitions, metadata.partitions.map((partition) => partition.partitionIndex));
      const positions = await startPositions(session, topic, partitions, where);
      const print = (consumed: Parameters<typeof jsonRecord>[0]): void =>
        output.write(values.json ? jsonRecord(consumed) : formatRecord(values.format, consumed));
      await consume(session, { topic, positions, countMax, exitAtEnd: values.exit, print, stopped: () => interrupted });
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      session.close();
    }
  });
}

function choosePartitions(list: string | undefined, existing: readonly number[]): number[] {
  if (list === undefined) return [...existing].sort((a, b) => a - b);
  const chosen = list.split(',').map((part) => wholeNumber(part.trim(), '--partitions'));
  for (const partition of chosen) {
    if (!existing.includes(partition)) throw usageError(`Partition ${partition} does not exist (the topic has ${existing.length})`);
  }
  return chosen;
}

async function startPositions(session: AdminSession, topic: string, partitions: number[], where: string): Promise<Positions> {
  if (where === 'beginning') return readOffsets(session, topic, partitions, EARLIEST_TIMESTAMP);
  if (where === 'end') return readOffsets(session, topic, partitions, LATEST_TIMESTAMP);
  if (where.startsWith('@')) {
    const byTime = await readOffsets(session, topic, partitions, BigInt(wholeNumber(where.slice(1), '--offset')));
    // No record at or after the time: start at the end, as Kafka's consumers do.
    const ends = await readOffsets(session, topic, partitions, LATEST_TIMESTAMP);
    return new Map(partitions.map((partition) => {
      const offset = byTime.get(partition) ?? -1;
      return [partition, offset < 0 ? ends.get(partition) ?? 0 : offset];
    }));
  }
  const offset = wholeNumber(where, '--offset');
  return new Map(partitions.map((partition) => [partition, offset]));
}

interface ConsumeRun {
  readonly topic: string;
  readonly positions: Positions;
  readonly countMax: number;
  readonly exitAtEnd: boolean;
  readonly print: (consumed: Parameters<typeof jsonRecord>[0]) => void;
  readonly stopped: () => boolean;
}

/** Fetches and prints until the count is reached, every partition is at its end (--exit), or stopped. */
async function consume(session: AdminSession, run: ConsumeRun): Promise<void> {
  let printed = 0;
  const atEnd = new Set<number>();
  while (printed < run.countMax && !run.stopped()) {
    if (run.exitAtEnd && atEnd.size === run.positions.size) return;
    const response = await session.request<FetchResponse>({
      apiKey: ApiKey.Fetch,
      // Up to v12 partitions are named by topic name; v13+ only by topic id.
      versions: { lowestVersion: 4, highestVersion: 12 },
      body: fetchBody(run.topic, run.positions, run.exitAtEnd ? 0 : 500),
    });
    expectNoError(response.errorCode, null, `fetch from "${run.topic}"`);
    for (const partition of response.responses.flatMap((topic) => topic.partitions)) {
      if (partition.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
        expectNoError(partition.errorCode, `offset ${run.positions.get(partition.partitionIndex)} is outside the log`,
          `fetch ${run.topic}/${partition.partitionIndex}`);
      }
      expectNoError(partition.errorCode, null, `fetch ${run.topic}/${partition.partitionIndex}`);
      printed += printBatches(run, partition.partitionIndex, partition.records, run.countMax - printed);
      const position = run.positions.get(partition.partitionIndex) ?? 0;
      if (position >= Number(partition.highWatermark)) atEnd.add(partition.partitionIndex);
      else atEnd.delete(partition.partitionIndex);
    }
  }
}

function fetchBody(topic: string, positions: Positions, maxWaitMs: number): object {
  return createFetchRequest({
    replicaId: -1 as NodeId, maxWaitMs, minBytes: 1, maxBytes: 16 * 1024 * 1024, sessionEpoch: -1,
    topics: [createFetchRequestFetchTopic({
      topic: topicName(topic),
      partitions: [...positions].map(([partition, offset]) => createFetchRequestFetchPartition({
        partition, fetchOffset: BigInt(offset), partitionMaxBytes: 1024 * 1024, currentLeaderEpoch: -1,
      })),
    })],
  });
}

/** Prints the records of the complete batches in `bytes` from the partition's position; returns how many. */
function printBatches(run: ConsumeRun, partition: number, bytes: Uint8Array | null, left: number): number {
  if (bytes === null) return 0;
  let printed = 0;
  let at = 0;
  // A fetch may end in the middle of a batch (the byte limit cut it); read only whole ones.
  while (at + 12 <= bytes.length && printed < left) {
    const batchBytes = 12 + new DataView(bytes.buffer, bytes.byteOffset + at).getInt32(8);
    if (at + batchBytes > bytes.length) break;
    const batch = decodeChecked(bytes, at, `${run.topic}/${partition}`);
    const position = run.positions.get(partition) ?? 0;
    for (const record of batch.header.isControl ? [] : batch.records) {
      if (record.offset < position || printed >= left) continue;
      run.print({ topic: run.topic, partition, record });
      printed += 1;
      run.positions.set(partition, record.offset + 1);
    }
    if (printed < left) run.positions.set(partition, Math.max(position, batch.header.baseOffset + batch.header.lastOffsetDelta + 1));
    at += batchBytes;
  }
  return printed;
}

/** Decodes the batch at `at`, CRC checked; a damaged one ends the command, naming where. */
function decodeChecked(bytes: Uint8Array, at: number, where: string): DecodedRecordBatch {
  try {
    return decodeRecordBatch(bytes, at, { verifyCrc: true });
  } catch (error) {
    if (!(error instanceof RecordBatchError)) throw error;
    throw new CliError(`Cannot read a batch of ${where}: ${error.message}`);
  }
}
