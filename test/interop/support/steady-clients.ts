// Drivers for the long-running confluent-kafka clients of steady_clients.py: a producer sending
// at a steady rate with acks=all (no retries) and a consumer reading every partition from the
// start, both running while a test kills, pauses and restarts brokers. Their events arrive as
// JSON lines and are kept in order; waits on them are bounded polls. `stop()` asks the client to
// finish (the producer then flushes what is in flight) and resolves with its last events.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { python } from './clients.js';
import { eventually } from './eventually.js';

const script = fileURLToPath(new URL('./steady_clients.py', import.meta.url));
/** How long a client may take to finish after it was asked to stop (the producer flushes). */
const stopTimeoutMs = 45_000;

/** An acknowledged record: the broker answered acks=all with this offset. */
export interface Acknowledged {
  readonly seq: number;
  readonly value: string;
  readonly partition: number;
  readonly offset: number;
}

/** A record the producer was told failed (it may or may not be in the log). */
export interface Failed {
  readonly seq: number;
  readonly partition: number;
  readonly error: string;
}

/** A record the following consumer read. */
export interface ReadRecord {
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

type Event = Record<string, unknown>;

/** One steady_clients.py process and the events it printed. */
class SteadyClient {
  protected readonly events: Event[] = [];
  private stderr = '';
  private partial = '';
  private readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcess, command: Record<string, unknown>) {
    child.stdout?.on('data', (chunk: Buffer) => this.onOutput(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.on('error', () => {});
    child.stdin?.write(`${JSON.stringify(command)}\n`);
  }

  /** Asks the client to finish and waits, bounded, for its exit; fails with its stderr otherwise. */
  async stop(): Promise<void> {
    this.child.stdin?.end('stop\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), stopTimeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    assert.equal(code, 0, `steady client exited ${String(code)}:\n${this.stderr.slice(-4000)}`);
    assert.ok(this.events.some((event) => event['done'] === true), 'the client printed its last line');
  }

  /** Kills the client if it still runs (cleanup after a failed test). */
  dispose(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private onOutput(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') this.events.push(JSON.parse(line) as Event);
  }
}

function spawnClient(): ChildProcess {
  return spawn(python, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A confluent-kafka producer sending `ratePerSecond` records round-robin over `partitions`. */
export class SteadyProducer extends SteadyClient {
  private constructor(child: ChildProcess, command: Record<string, unknown>, readonly prefix: string) {
    super(child, command);
  }

  static start(options: { bootstrap: string; topic: string; partitions: number; ratePerSecond: number; prefix: string }):
    SteadyProducer {
    return new SteadyProducer(spawnClient(), { action: 'produce', ...options }, options.prefix);
  }

  /** Every acknowledgement so far, in the order the producer heard them. */
  acknowledged(): Acknowledged[] {
    return this.events.filter((event) => typeof event['ack'] === 'number').map((event) => ({
      seq: event['ack'] as number,
      value: `${this.prefix}-${event['ack'] as number}`,
      partition: event['partition'] as number,
      offset: event['offset'] as number,
    }));
  }

  /** Every failure so far. */
  failed(): Failed[] {
    return this.events.filter((event) => typeof event['failed'] === 'number').map((event) => ({
      seq: event['failed'] as number, partition: event['partition'] as number, error: event['error'] as string,
    }));
  }

  /** Waits until `count` more records than `after` are acknowledged (acks=all goes on). */
  async waitForAcknowledged(what: string, options: { after: number; count: number; limitMs: number }): Promise<void> {
    await eventually(what, options.limitMs, async () => {
      const count = this.acknowledged().length;
      if (count >= options.after + options.count) return true;
      const recent = this.failed().slice(-3).map((failure) => `${failure.seq}: ${failure.error}`).join(', ');
      throw new Error(`${count - options.after} of ${options.count} acknowledged; last failures: ${recent || 'none'}`);
    });
  }

  /** Waits until a record fails with `error` after the first `afterFailures` failures; returns it. */
  async waitForFailure(error: string, options: { afterFailures: number; limitMs: number }): Promise<Failed> {
    return eventually(`a produce failing with ${error}`, options.limitMs, async () =>
      this.failed().slice(options.afterFailures).find((failure) => failure.error === error));
  }
}

/** A confluent-kafka consumer reading every partition of a topic from the beginning. */
export class FollowingConsumer extends SteadyClient {
  static start(options: { bootstrap: string; topic: string; partitions: number }): FollowingConsumer {
    return new FollowingConsumer(spawnClient(), { action: 'follow', ...options });
  }

  /** Every record read so far, in reading order (a re-read after an offset reset appears again). */
  records(): ReadRecord[] {
    return this.events.filter((event) => typeof event['offset'] === 'number').map((event) => ({
      partition: event['partition'] as number, offset: event['offset'] as number, value: event['value'] as string,
    }));
  }

  /** Waits until the consumer has read every partition up to (not including) its end in `ends`. */
  async waitForEnds(ends: ReadonlyMap<number, number>, limitMs: number): Promise<void> {
    await eventually('the following consumer read up to the high watermarks', limitMs, async () => {
      const next = new Map<number, number>();
      for (const record of this.records()) next.set(record.partition, Math.max(next.get(record.partition) ?? 0, record.offset + 1));
      return [...ends].every(([partition, end]) => (next.get(partition) ?? 0) >= end) ? true : undefined;
    });
  }
}
