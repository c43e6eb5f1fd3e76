// `weir produce TOPIC` (src/cli/): writes records read from stdin (or --file), one per line, to
// a topic, over the Kafka protocol; the counterpart of kafka-console-producer and `kcat -P`.
// A line is the value, or "key<separator>value" with -k; with --json each line is an object
// {"key", "value", "headers", "partition"}. Records are batched per partition (up to 500 records
// or 1 MiB per batch), compressed as asked, and acknowledged with --acks (default -1, all
// in-sync replicas). The command fails, naming the partition and Kafka's error, if any batch is
// refused, and reports which records were invalid when the broker lists them.
import type { CompressionType } from '../../storage/mod.js';
import { BatchingProducer, partitionCountOf } from '../admin/batching-producer.js';
import { cliSession } from './cli-session.js';
import { usageError } from './cli-error.js';
import { commonFlagsHelp, keyValues, parseFlags, topicArgument, wholeNumber } from './flags.js';
import { inputLines } from './input-lines.js';
import { parseProducedLine } from './produce-lines.js';
import { runCommand } from './run-command.js';
import { printRows } from './table.js';

const usage = `Usage: weir produce TOPIC [options] < lines

  -k, --key-separator SEP    split each line at the first SEP into key and value
  -H, --header key=value     a header on every record (repeatable)
  -p, --partition N          write every record to partition N (default: by key, Kafka's murmur2)
      --acks -1|0|1          acknowledgement to wait for (default -1: all in-sync replicas)
  -z, --compression C        none, gzip, snappy, lz4 or zstd (default none)
  -f, --file PATH            read lines from a file instead of stdin
      --json                 each line is {"key", "value", "headers", "partition"}; prints JSON
${commonFlagsHelp.split('\n').filter((line) => !line.includes('--json')).join('\n')}

Example:
  printf 'k1:hello\\nk2:world\\n' | weir produce greetings -k :`;

const flags = {
  'key-separator': { type: 'string', short: 'k' },
  header: { type: 'string', short: 'H', multiple: true },
  partition: { type: 'string', short: 'p' },
  acks: { type: 'string', default: '-1' },
  compression: { type: 'string', short: 'z', default: 'none' },
  file: { type: 'string', short: 'f' },
} as const;

const compressions: readonly CompressionType[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Runs `weir produce`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir produce', async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const topic = topicArgument(positionals);
    const acks = parseAcks(values.acks);
    const compression = values.compression as CompressionType;
    if (!compressions.includes(compression)) throw usageError(`Unknown compression "${values.compression}"`);
    const session = cliSession(values.bootstrap);
    try {
      const producer = new BatchingProducer(session, topic, { acks, compression, partitionCount: await partitionCountOf(session, topic) });
      const fixedPartition = values.partition === undefined ? null : wholeNumber(values.partition, '--partition');
      const headers = keyValues(values.header, '--header').map(([key, value]) => ({ key, value: utf8(value) }));
      let lineNumber = 0;
      for await (const line of inputLines(session.runtime.disk, values.file)) {
        lineNumber += 1;
        if (line === '') continue;
        const record = parseProducedLine(line, { json: values.json, keySeparator: values['key-separator'] ?? null, lineNumber });
        await producer.add({ ...record, headers: [...headers, ...record.headers], partition: record.partition ?? fixedPartition });
      }
      await producer.flushAll();
      const rows = [...producer.produced].map(([partition, count]) => ({ TOPIC: topic, PARTITION: partition, RECORDS: count }));
      printRows({ ...output, json: values.json }, ['TOPIC', 'PARTITION', 'RECORDS'], rows);
    } finally {
      session.close();
    }
  });
}

function parseAcks(value: string): number {
  if (value !== '-1' && value !== '0' && value !== '1' && value !== 'all') throw usageError(`--acks must be -1, 0 or 1, got "${value}"`);
  return value === 'all' ? -1 : Number(value);
}

const encoder = new TextEncoder();
function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

