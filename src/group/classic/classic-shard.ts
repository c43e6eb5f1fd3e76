// What the classic operations (join-group.ts, sync-group.ts, heartbeat.ts, leave-group.ts,
// rebalance.ts) share within one shard: the groups, the timers, and the shard's context (clock,
// settings, the log). Records an operation decides on travel back to it as a list (Kafka's
// CoordinatorResult); a timer's records, which no request waits for, are written in the
// background and a failure only logged — the previous record stays the group's stored state.
import assert from 'node:assert/strict';
import type { GroupRecord } from '../group-records.js';
import type { GroupTypeLookup } from '../group-kind.js';
import { GroupWriteError, type GroupShardContext } from '../group-shard-context.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { ClassicGroup } from './classic-group.js';
import { ClassicTimers } from './classic-timers.js';

/**
 * How long a new member's parked JoinGroup may wait before the member is dropped (Kafka's
 * group.classic.new.member.join.timeout.ms, 5 minutes): a client that gave up and retried
 * would otherwise leave a defunct member in the rebalance forever.
 */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

export class ClassicShard {
  readonly groups = new Map<string, ClassicGroup>();
  readonly timers: ClassicTimers;

  constructor(readonly context: GroupShardContext, readonly typeOf: GroupTypeLookup) {
    this.timers = new ClassicTimers((delayMs, callback) => context.setTimer(delayMs, callback));
  }

  get settings(): GroupShardContext['settings'] { return this.context.settings; }
  nowMs(): number { return this.context.now(); }

  /** The classic group `groupId`, if this shard has it and it is not Dead. */
  live(groupId: string): ClassicGroup | undefined {
    const group = this.groups.get(groupId);
    return group === undefined || group.isInState('Dead') ? undefined : group;
  }

  /** Writes records no request waits for; a failure is logged (the last stored record stands). */
  writeInBackground(records: readonly GroupRecord[], what: string): void {
    if (records.length === 0) return;
    this.context.write(records).catch((error: unknown) => {
      this.context.logger.warn('group metadata write failed', { what, errorCode: writeErrorCode(error) });
    });
  }

  checkInvariants(): void {
    for (const [groupId, group] of this.groups) {
      assert.equal(group.groupId, groupId, 'a group is filed under its id');
      group.checkInvariants();
    }
  }
}

/** The error code a failed write is answered with (GroupWriteError carries Kafka's mapping). */
export function writeErrorCode(error: unknown): number {
  return error instanceof GroupWriteError ? error.errorCode : ErrorCode.UNKNOWN_SERVER_ERROR;
}
