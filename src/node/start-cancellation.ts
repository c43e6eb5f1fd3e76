// Cancelling a node's start (src/node/weir-node.ts): a node may wait without bound while it
// starts, for a bootstrap server to name the voters or for a quorum to elect a leader whose high
// watermark it can catch up under. A stop asked for meanwhile (SIGTERM, Ctrl-C, a test) aborts
// the start's AbortSignal: each wait then ends at once, what had started is stopped, and the
// start rejects with StartCancelledError. Part of src/node/.
import type { Clock } from '../runtime/seam.js';

/** The start of a node was cancelled before the node was up; nothing of it is left running. */
export class StartCancelledError extends Error {
  readonly code = 'START_CANCELLED';

  constructor(step: string) {
    super(`Node start cancelled: stopped while ${step}`);
    this.name = 'StartCancelledError';
  }
}

/** Throws StartCancelledError when `signal` is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, step: string): void {
  if (signal?.aborted === true) throw new StartCancelledError(step);
}

/**
 * Resolves once `condition()` holds, looking again every `pollMs` on `clock`; rejects with
 * StartCancelledError as soon as `signal` is aborted (its timer cancelled, so nothing lingers).
 */
export function pollUntil(options: {
  readonly clock: Clock;
  readonly pollMs: number;
  readonly condition: () => boolean;
  readonly signal?: AbortSignal | undefined;
  /** What the node waits for, for the cancellation's message. */
  readonly step: string;
}): Promise<void> {
  const { clock, pollMs, condition, signal, step } = options;
  return new Promise((resolve, reject) => {
    let cancelTimer = (): void => {};
    const onAbort = (): void => {
      cancelTimer();
      reject(new StartCancelledError(step));
    };
    const check = (): void => {
      if (condition()) {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      } else {
        cancelTimer = clock.setTimer(pollMs, check);
      }
    };
    if (signal?.aborted === true) {
      reject(new StartCancelledError(step));
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    check();
  });
}
