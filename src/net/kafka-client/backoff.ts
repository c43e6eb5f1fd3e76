// Reconnect backoff for the Kafka client (src/net/kafka-client/): how long to wait before the
// next connection attempt to a broker that failed. Pure: the caller supplies the random source.
//
// The shape is Kafka's own (reconnect.backoff.ms, reconnect.backoff.max.ms, KIP-144): the wait
// doubles with each consecutive failure up to a ceiling, and a random jitter of ±20% keeps many
// clients that lost the same broker from reconnecting in lockstep.
import assert from 'node:assert/strict';

import type { Random } from '../../runtime/seam.js';

/** The two settings of the backoff, in milliseconds. */
export interface BackoffSettings {
  /** The wait after the first failure (Kafka's reconnect.backoff.ms, 50 by default). */
  readonly backoffMs: number;
  /** The ceiling the doubling stops at (Kafka's reconnect.backoff.max.ms, 1000 by default). */
  readonly backoffMaxMs: number;
}

/** Kafka's client defaults. */
export const DEFAULT_BACKOFF: BackoffSettings = { backoffMs: 50, backoffMaxMs: 1_000 };

/** The fraction of the wait drawn at random on either side of it. */
const JITTER = 0.2;

/**
 * The wait before the next attempt after `failureCount` consecutive failures (1 = the first).
 *
 * @example
 * reconnectBackoffMs(1, DEFAULT_BACKOFF, random); // 40..60
 * reconnectBackoffMs(9, DEFAULT_BACKOFF, random); // 800..1200 (the ceiling, jittered)
 */
export function reconnectBackoffMs(failureCount: number, settings: BackoffSettings, random: Random): number {
  assert.ok(Number.isInteger(failureCount) && failureCount >= 1, 'a backoff follows at least one failure');
  assert.ok(settings.backoffMs > 0 && settings.backoffMaxMs >= settings.backoffMs, 'backoff settings are ordered');
  // 2^30 already exceeds any sensible ceiling; capping the exponent keeps the product finite.
  const doubled = settings.backoffMs * 2 ** Math.min(failureCount - 1, 30);
  const base = Math.min(doubled, settings.backoffMaxMs);
  const jittered = base * (1 - JITTER + 2 * JITTER * random.nextFloat());
  const waitMs = Math.max(1, Math.round(jittered));
  assert.ok(waitMs <= Math.ceil(settings.backoffMaxMs * (1 + JITTER)), 'the wait never exceeds the jittered ceiling');
  return waitMs;
}
