// `weir datagen QUICKSTART` (src/cli/): fills a topic with sample records, JSON values keyed as
// Confluent's datagen connector keys them (datagen-quickstarts.ts), at a given rate, for a given
// count or until Ctrl-C. Progress goes to stderr once a second; the summary to stdout.
import { BatchingProducer, partitionCountOf } from '../admin/batching-producer.js';
import type { AdminSession } from '../admin/admin-session.js';
import { cliSession } from './cli-session.js';
import { usageError } from './cli-error.js';
import { quickstarts } from './datagen-quickstarts.js';
import { commonFlagsHelp, parseFlags, wholeNumber } from './flags.js';
import { runCommand } from './run-command.js';
import { printRows } from './table.js';

const usage = `Usage: weir datagen <orders|users|pageviews> [options]

  -t, --topic TOPIC          the topic to fill (default: the quickstart's name)
  -n, --count N              records to write (default: until Ctrl-C)
  -r, --rate R               records per second at most (default: as fast as acknowledged)
${commonFlagsHelp}

Example:
  weir datagen orders --topic orders --count 1000 --rate 100`;

const flags = {
  topic: { type: 'string', short: 't' },
  count: { type: 'string', short: 'n' },
  rate: { type: 'string', short: 'r' },
} as const;

/** Records between two flushes when no rate is set. */
const UNPACED_BATCH = 500;

/** Runs `weir datagen`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir datagen', async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const [name, ...extra] = positionals;
    const generate = name === undefined ? undefined : quickstarts.get(name);
    if (generate === undefined) throw usageError(`Unknown or missing quickstart "${name ?? ''}" (orders, users, pageviews)`);
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    const topic = values.topic ?? (name as string);
    const countMax = values.count === undefined ? Infinity : wholeNumber(values.count, '--count');
    const rate = values.rate === undefined ? null : wholeNumber(values.rate, '--rate');
    if (rate === 0) throw usageError('--rate must be at least 1');
    const session = cliSession(values.bootstrap);
    const random = session.runtime.random;
    let interrupted = false;
    const onInterrupt = (): void => { interrupted = true; };
    process.once('SIGINT', onInterrupt);
    try {
      const producer = new BatchingProducer(session, topic, { acks: -1, compression: 'none', partitionCount: await partitionCountOf(session, topic) });
      const encoder = new TextEncoder();
      const startedMs = session.runtime.clock.monotonicNow();
      let written = 0;
      let reportedMs = startedMs;
      while (written < countMax && !interrupted) {
        const record = generate(random, written, session.runtime.clock.now());
        await producer.add({ key: encoder.encode(record.key), value: encoder.encode(JSON.stringify(record.value)), headers: [], partition: null });
        written += 1;
        if (rate !== null) await paced(session, { written, rate, startedMs, producer });
        else if (written % UNPACED_BATCH === 0) await producer.flushAll();
        if (session.runtime.clock.monotonicNow() - reportedMs >= 1_000) {
          reportedMs = session.runtime.clock.monotonicNow();
          process.stderr.write(`datagen ${name}: ${written} records to ${topic}\n`);
        }
      }
      await producer.flushAll();
      const rows = [...producer.produced].sort(([a], [b]) => a - b).map(([partition, count]) => ({ TOPIC: topic, PARTITION: partition, RECORDS: count }));
      printRows({ ...output, json: values.json }, ['TOPIC', 'PARTITION', 'RECORDS'], rows);
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      session.close();
    }
  });
}

/** Waits until `written` records are due at `rate` per second, sending what is pending first. */
async function paced(session: AdminSession, run: { written: number; rate: number; startedMs: number;
  producer: BatchingProducer }): Promise<void> {
  const dueMs = run.startedMs + (run.written * 1_000) / run.rate;
  const waitMs = dueMs - session.runtime.clock.monotonicNow();
  if (waitMs <= 0) return;
  // A paced record should be visible when it is due, not when a batch fills.
  await run.producer.flushAll();
  const leftMs = dueMs - session.runtime.clock.monotonicNow();
  if (leftMs > 0) await new Promise<void>((resolve) => { session.runtime.clock.setTimer(leftMs, resolve); });
}
