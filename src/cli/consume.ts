// `weir consume TOPIC` (src/cli/): reads records from a topic's partitions over the Kafka
// protocol and prints them; the counterpart of kafka-console-consumer and `kcat -C`. It reads
// by partition, from the beginning, the end, an offset or a timestamp, or with --group as a member
// of a consumer group (consume-group.ts), and stops after --count records, at the end of every
// partition with --exit, or on Ctrl-C. It long-polls (Fetch with a 500 ms wait) through src/admin/record-reader.ts, which reads
// only whole, CRC-checked batches.
import type { AdminSession } from '../admin/admin-session.js';
import { readTopic } from '../admin/metadata-reads.js';
import { fetchRound, startPositions, type FetchedRecord, type Positions, type StartAt } from '../admin/record-reader.js';
import { usageError } from './cli-error.js';
import { cliSession } from './cli-session.js';
import { consumeAsMember } from './consume-group.js';
import { formatRecord, jsonRecord } from './consume-format.js';
import { commonFlagsHelp, parseFlags, topicArgument, wholeNumber } from './flags.js';
import { runCommand } from './run-command.js';

const usage = `Usage: weir consume TOPIC [options]

  -p, --partitions LIST      partitions to read, e.g. 0,2 (default: all)
  -o, --offset WHERE         beginning, end (default), an offset N, or @TIMESTAMP-MS;
                             with --group: where a partition without a committed offset starts
  -g, --group GROUP          read as a member of consumer group GROUP, which shares the
                             partitions among its members and commits where they read to
      --from-beginning       the same as --offset beginning
  -n, --count N              stop after N records
  -e, --exit                 stop at the end of every partition
  -f, --format FORMAT        kcat's tokens: %t %p %o %k %s %T %h, \\n \\t (default "%s\\n")
${commonFlagsHelp}

Example:
  weir consume greetings --from-beginning -e -f '%p/%o %k=%s\\n'
  weir consume greetings --group printers --from-beginning`;

const flags = {
  partitions: { type: 'string', short: 'p' },
  group: { type: 'string', short: 'g' },
  offset: { type: 'string', short: 'o' },
  'from-beginning': { type: 'boolean', default: false },
  count: { type: 'string', short: 'n' },
  exit: { type: 'boolean', short: 'e', default: false },
  format: { type: 'string', short: 'f', default: '%s\\n' },
} as const;

/** Runs `weir consume`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir consume', async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const topic = topicArgument(positionals);
    const where = values['from-beginning'] ? 'beginning' : values.offset ?? 'end';
    const countMax = values.count === undefined ? Infinity : wholeNumber(values.count, '--count');
    const session = cliSession(values.bootstrap);
    let interrupted = false;
    const onInterrupt = (): void => { interrupted = true; };
    process.once('SIGINT', onInterrupt);
    const print = (consumed: FetchedRecord): void =>
      output.write(values.json ? jsonRecord(consumed) : formatRecord(values.format, consumed));
    try {
      if (values.group !== undefined) {
        if (values.partitions !== undefined) throw usageError('--group and --partitions exclude each other: the group assigns partitions');
        if (where !== 'beginning' && where !== 'end') throw usageError('With --group, --offset is beginning or end (where a partition without a committed offset starts)');
        await consumeAsMember(session, { groupId: values.group, topic, reset: where, countMax, exitAtEnd: values.exit, print,
          stopped: () => interrupted });
        return;
      }
      const metadata = await readTopic(session, topic);
      const partitions = choosePartitions(values.partitions, metadata.partitions.map((partition) => partition.partitionIndex));
      const positions = await startPositions(session, topic, partitions, parseStart(where));
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

/** Parses --offset: beginning, end, an offset, or @timestamp-ms. */
function parseStart(where: string): StartAt {
  if (where === 'beginning' || where === 'end') return { kind: where };
  if (where.startsWith('@')) return { kind: 'timestamp', timestampMs: wholeNumber(where.slice(1), '--offset') };
  return { kind: 'offset', offset: wholeNumber(where, '--offset') };
}

interface ConsumeRun {
  readonly topic: string;
  readonly positions: Positions;
  readonly countMax: number;
  readonly exitAtEnd: boolean;
  readonly print: (consumed: FetchedRecord) => void;
  readonly stopped: () => boolean;
}

/** Fetches and prints until the count is reached, every partition is at its end (--exit), or stopped. */
async function consume(session: AdminSession, run: ConsumeRun): Promise<void> {
  let printed = 0;
  const atEnd = new Set<number>();
  while (printed < run.countMax && !run.stopped()) {
    if (run.exitAtEnd && atEnd.size === run.positions.size) return;
    const round = await fetchRound(session, run.topic, run.positions,
      { maxWaitMs: run.exitAtEnd ? 0 : 500, limit: Math.min(run.countMax - printed, 100_000) });
    for (const consumed of round.records) run.print(consumed);
    printed += round.records.length;
    for (const [partition, highWatermark] of round.highWatermarks) {
      if ((run.positions.get(partition) ?? 0) >= highWatermark) atEnd.add(partition);
      else atEnd.delete(partition);
    }
  }
}
