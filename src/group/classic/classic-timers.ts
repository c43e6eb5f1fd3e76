// The classic groups' timers, by key, on the shard's clock (context.setTimer; never a global
// timer, so the simulator drives them). Kafka's coordinator timer works the same way: scheduling
// a key again replaces its timer, so "reschedule the member's heartbeat deadline" is one call.
// Keys: `join:<group>` (the join phase's deadline or the initial-rebalance delay),
// `sync:<group>` (the sync phase's deadline), `heartbeat:<group>:<member>` (a member's session).
import assert from 'node:assert/strict';
import type { CancelTimer } from '../../runtime/seam.js';

export type SetTimer = (delayMs: number, callback: () => void) => CancelTimer;

export class ClassicTimers {
  private readonly timers = new Map<string, CancelTimer>();
  private stopped = false;

  constructor(private readonly setTimer: SetTimer) {}

  /** Runs `callback` after `delayMs`, replacing the timer of the same key. */
  schedule(key: string, delayMs: number, callback: () => void): void {
    assert.ok(!this.stopped, 'no timer is scheduled after unload');
    assert.ok(Number.isFinite(delayMs) && delayMs >= 0, `timer ${key} has a delay`);
    this.cancel(key);
    const cancel = this.setTimer(delayMs, () => {
      if (this.timers.get(key) !== cancel) return;
      this.timers.delete(key);
      callback();
    });
    this.timers.set(key, cancel);
  }

  cancel(key: string): void {
    const cancel = this.timers.get(key);
    if (cancel === undefined) return;
    this.timers.delete(key);
    cancel();
  }

  isScheduled(key: string): boolean {
    return this.timers.has(key);
  }

  /** Cancels every timer; none may be scheduled afterwards (the shard unloaded). */
  stop(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
    this.stopped = true;
  }

  get size(): number {
    return this.timers.size;
  }
}

// JSON keeps the keys apart whatever characters the group and member ids hold.
export function joinTimerKey(groupId: string): string { return `join:${JSON.stringify(groupId)}`; }
export function syncTimerKey(groupId: string): string { return `sync:${JSON.stringify(groupId)}`; }
export function heartbeatTimerKey(groupId: string, memberId: string): string {
  return `heartbeat:${JSON.stringify([groupId, memberId])}`;
}
