// The simulated world: a seeded generator, a virtual clock and the one ordered event queue that
// every simulated process, link and fault shares (simulation.md R2). A run is a pure function of
// its seed and options: the world delivers one event at a time, lets every promise chain that
// event started settle (a host turn drains the microtask queue), runs the checkers, and only then
// moves on. Nothing real (timer, socket, file) is ever pending, so the interleaving is fixed.
//
// Processes: each simulated node incarnation is a `SimProcess`. Its events are deferred while it
// is paused (a GC-pause stand-in) and discarded once it is stopped (crashed); a restart creates a
// new process, so stale timers and deliveries of the old incarnation can never fire into it.
import assert from 'node:assert/strict';
import { waitForHostTurn } from '../src/runtime/nodejs/host-turn.js';
import { EventQueue, type EventOwner, type SimEvent } from './event-queue.js';
import { Prng } from './prng.js';
import { Trace, type TraceSink, type TraceValue } from './trace.js';

/** One incarnation of a simulated process (a node between a start and a crash). */
export class SimProcess implements EventOwner {
  state: 'running' | 'paused' | 'stopped' = 'running';
  readonly deferred: SimEvent[] = [];

  constructor(
    /** Stable name of the process across restarts, e.g. "node-2". */
    readonly name: string,
    /** Counts restarts of this name; 0 for the first start. */
    readonly incarnation: number,
  ) {}
}

/** A found bug or failed check: what the run reports and stops on. */
export interface Violation {
  /** Stable anomaly name (simulation.md vocabulary), e.g. "election-safety", "lost-write". */
  readonly anomaly: string;
  /** One or two sentences explaining what was observed, with node ids and offsets. */
  readonly message: string;
  /** Virtual time at which it was detected. */
  readonly timeMs: number;
}

export interface WorldOptions {
  readonly seed: number;
  /** Receives trace lines; without one the trace is only hashed. */
  readonly traceSink?: TraceSink | null;
}

/** The world of one simulation run. */
export class World {
  readonly seed: number;
  /** The root generator; components fork named streams from it. */
  readonly random: Prng;
  readonly trace: Trace;
  private readonly queue = new EventQueue();
  private currentTimeMs = 0;
  private nextSequence = 0;
  private executedEvents = 0;
  private readonly afterEventHooks: Array<(owner: SimProcess | null) => void> = [];
  private firstViolation: Violation | null = null;

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.random = Prng.fromSeed(options.seed);
    this.trace = new Trace(options.traceSink ?? null);
  }

  /** Virtual time in milliseconds since the start of the run. */
  get nowMs(): number {
    return this.currentTimeMs;
  }

  /** Events executed so far (cancelled and discarded ones not counted). */
  get eventCount(): number {
    return this.executedEvents;
  }

  /** The first violation reported, or null while the run is clean. */
  get violation(): Violation | null {
    return this.firstViolation;
  }

  /** Schedules `callback` after `delayMs` of virtual time on behalf of `owner` (null: the world). */
  schedule(delayMs: number, owner: SimProcess | null, callback: () => void): SimEvent {
    assert(delayMs >= 0, `delay must not be negative, got ${delayMs}`);
    const event: SimEvent = {
      timeMs: this.currentTimeMs + delayMs,
      sequence: this.nextSequence++,
      owner,
      callback,
      cancelled: false,
    };
    this.queue.push(event);
    return event;
  }

  /** Cancels an event; cancelling twice or after it ran does nothing. */
  cancel(event: SimEvent): void {
    event.cancelled = true;
  }

  /**
   * Registers a hook run after every event once its microtasks settled (checkers). It receives
   * the event's owner: only that process's node code ran, so only its state can have changed.
   */
  afterEachEvent(hook: (owner: SimProcess | null) => void): void {
    this.afterEventHooks.push(hook);
  }

  /** Records one trace line at the current virtual time. */
  record(type: string, fields: Readonly<Record<string, TraceValue>>): void {
    this.trace.record(this.currentTimeMs, type, fields);
  }

  /** Reports a violation; the first one is kept and stops the run after the current event. */
  fail(anomaly: string, message: string): void {
    if (this.firstViolation !== null) return;
    this.firstViolation = { anomaly, message, timeMs: Math.round(this.currentTimeMs * 1000) / 1000 };
    this.record('violation', { anomaly, message });
  }

  /** Pauses a process: its events wait until `resume`. */
  pause(process: SimProcess): void {
    assert(process.state === 'running', `cannot pause ${process.name} while ${process.state}`);
    process.state = 'paused';
  }

  /** Resumes a paused process; events that fell due meanwhile run now, in their original order. */
  resume(process: SimProcess): void {
    assert(process.state === 'paused', `cannot resume ${process.name} while ${process.state}`);
    process.state = 'running';
    for (const event of process.deferred.splice(0)) {
      if (event.cancelled) continue;
      event.timeMs = this.currentTimeMs;
      event.sequence = this.nextSequence++;
      this.queue.push(event);
    }
  }

  /** Stops a process for good (a crash): its pending and future events are discarded. */
  stop(process: SimProcess): void {
    assert(process.state !== 'stopped', `${process.name} is already stopped`);
    process.state = 'stopped';
    process.deferred.length = 0;
  }

  /**
   * Runs events due at or before `untilMs`, then sets the clock to `untilMs`. Stops early, with
   * the clock at the failing event, once a violation is reported.
   */
  async runUntil(untilMs: number): Promise<void> {
    assert(untilMs >= this.currentTimeMs, 'cannot run the world backwards');
    const queue = this.queue;
    while (this.firstViolation === null) {
      const next = queue.peek();
      if (next === undefined || next.timeMs > untilMs) break;
      queue.pop();
      if (next.cancelled) continue;
      const owner = next.owner;
      if (owner !== null && owner.state !== 'running') {
        if (owner.state === 'paused') owner.deferred.push(next);
        continue;
      }
      assert(next.timeMs >= this.currentTimeMs, 'virtual time went backwards');
      this.currentTimeMs = next.timeMs;
      this.executedEvents += 1;
      this.runCallback(next);
      await waitForHostTurn();
      const ran = owner instanceof SimProcess ? owner : null;
      for (const hook of this.afterEventHooks) hook(ran);
    }
    if (this.firstViolation === null) this.currentTimeMs = untilMs;
  }

  private runCallback(event: SimEvent): void {
    try {
      event.callback();
    } catch (error) {
      const name = event.owner instanceof SimProcess ? event.owner.name : 'the world';
      this.fail('assertion', `${name} threw: ${describeError(error)}`);
    }
  }
}

/** One line describing a thrown value, for violation messages. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
