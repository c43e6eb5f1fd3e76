// `weir produce TOPIC` (src/cli/): writes records read from stdin (or --file), one per line, to
// a topic, over the Kafka protocol; the counterpart of kafka-console-producer and `kcat -P`.
// A line is the value, or "key<separator>value" with -k; with --json each line is an object
// {"key", "value", "headers", "partition"}. Records are batched per partition (up to 500 records
// or 1 MiB per batch), compressed as asked, and acknowledged with --acks (default -1, all
// in-sync replicas). The command fails, naming the partition and Kafka's error, if any batch is
// refused, and reports which records were invalid when the broker lists them.
import { encodeRecordBatch, type CompressionType, type RecordInput } from '../../storage/mod.js';
import { ApiKey, topicName } from '../protocol/mod.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData,
  type ProduceResponse,
} from '../protocol/generated/messages/produce.js';
import { BrokerSession, expectNoError } from './broker-session.js';
import { CliError, usageError } from './cli-error.js';
import { readMetadata } from './cluster-reads.js';
import { commonFlagsHelp, keyValues, parseFlags, topicArgument, wholeNumber } from './flags.js';
import { inputLines } from './input-lines.js';
import { partitionForKey } from './partitioner.js';
import { parseProducedLine, type ProducedRecord } from './produce-lines.js';
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

const BATCH_RECORDS_MAX = 500;
const BATCH_BYTES_MAX = 1024 * 1024;
const compressions: readonly CompressionType[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Runs `weir produce`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand(usage, async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const topic = topicArgument(positionals);
    const acks = parseAcks(values.acks);
    const compression = values.compression as CompressionType;
    if (!compressions.includes(compression)) throw usageError(`Unknown compression "${values.compression}"`);
    const session = new BrokerSession(values.bootstrap);
    try {
      const producer = new BatchingProducer(session, topic, { acks, compression, partitionCount: await partitionCountOf(session, topic) });
      const fixedPartition = values.partition === undefined ? null : wholeNumber(values.partition, '--partition');
      const headers = keyValues(values.header, '--header').map(([key, value]) => ({ key, value: utf8(value) }));
      let lineNumber = 0;
      for await (const line of inputLines(session.disk, values.file)) {
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

async function partitionCountOf(session: BrokerSession, topic: string): Promise<number> {
  // Like kcat and the Java producer: the first metadata request may create the topic when the
  // broker allows it (auto.create.topics.enable).
  const metadata = await readMetadata(session, [topic], { allowAutoTopicCreation: true });
  const found = metadata.topics.find((entry) => entry.name === topic);
  expectNoError(found?.errorCode ?? 3, null, `produce to "${topic}"`);
  return found?.partitions.length ?? 0;
}

const encoder = new TextEncoder();
function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Collects records per partition and sends a batch when it is full. */
class BatchingProducer {
  readonly produced = new Map<number, number>();
  private readonly pending = new Map<number, { records: RecordInput[]; bytes: number }>();
  private roundRobin = 0;

  constructor(private readonly session: BrokerSession, private readonly topic: string,
    private readonly options: { acks: number; compression: CompressionType; partitionCount: number }) {}

  async add(record: ProducedRecord & { partition: number | null }): Promise<void> {
    const partition = this.partitionOf(record);
    const batch = this.pending.get(partition) ?? { records: [], bytes: 0 };
    this.pending.set(partition, batch);
    batch.records.push({ key: record.key, value: record.value, headers: record.headers, timestampMs: this.session.clock.now() });
    batch.bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0);
    if (batch.records.length >= BATCH_RECORDS_MAX || batch.bytes >= BATCH_BYTES_MAX) await this.flush(partition);
  }

  async flushAll(): Promise<void> {
    for (const partition of [...this.pending.keys()]) await this.flush(partition);
  }

  private partitionOf(record: { key: Uint8Array | null; partition: number | null }): number {
    const count = this.options.partitionCount;
    if (record.partition !== null) {
      if (record.partition >= count) throw new CliError(`Cannot produce to partition ${record.partition}: "${this.topic}" has ${count}`);
      return record.partition;
    }
    if (record.key !== null) return partitionForKey(record.key, count);
    // Unkeyed records stick to one partition until its batch is sent (Kafka's sticky partitioner).
    return this.roundRobin % count;
  }

  private async flush(partition: number): Promise<void> {
    const batch = this.pending.get(partition);
    if (batch === undefined || batch.records.length === 0) return;
    this.pending.delete(partition);
    if (partition === this.roundRobin % this.options.partitionCount) this.roundRobin += 1;
    const response = await this.session.request<ProduceResponse>({
      apiKey: ApiKey.Produce,
      expectResponse: this.options.acks !== 0,
      body: createProduceRequest({ acks: this.options.acks, timeoutMs: 30_000, topicData: [
        createProduceRequestTopicProduceData({ name: topicName(this.topic), partitionData: [
          createProduceRequestPartitionProduceData({ index: partition,
            records: encodeRecordBatch({ records: batch.records, compression: this.options.compression }) })] })] }),
    });
    const answer = response.responses?.[0]?.partitionResponses[0];
    if (answer !== undefined) {
      const invalid = answer.recordErrors.map((error) => `record ${error.batchIndex}: ${error.batchIndexErrorMessage ?? 'invalid'}`);
      expectNoError(answer.errorCode, [answer.errorMessage, ...invalid].filter((part) => part !== null && part !== '').join('; '),
        `produce to ${this.topic}/${partition}`);
    }
    this.produced.set(partition, (this.produced.get(partition) ?? 0) + batch.records.length);
  }
}
