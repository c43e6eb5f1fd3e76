// The flags of `weir group reset-offsets` read into a reset (src/cli/), with kafka-consumer-groups'
// names and rules: exactly one of --to-earliest, --to-latest, --to-datetime, --to-offset,
// --shift-by; the partitions from --topic (repeatable, `T` for all of its partitions or `T:0,2`
// for some) or --all-topics (every partition the group has committed); --dry-run (the default)
// prints the plan, --execute commits it, and both at once is a usage error.
import type { ResetScope } from '../admin/offset-reset.js';
import type { ResetTarget } from '../admin/offset-reset-plan.js';
import { usageError } from './cli-error.js';
import { signedWholeNumber, wholeNumber } from './flags.js';

/** The reset flags as parseArgs returns them. */
export interface ResetFlags {
  readonly 'to-earliest'?: boolean;
  readonly 'to-latest'?: boolean;
  readonly 'to-datetime'?: string;
  readonly 'to-offset'?: string;
  readonly 'shift-by'?: string;
  readonly topic?: readonly string[];
  readonly 'all-topics'?: boolean;
  readonly 'dry-run'?: boolean;
  readonly execute?: boolean;
}

/** The reset the flags ask for. */
export interface ResetRequest {
  readonly target: ResetTarget;
  readonly scope: ResetScope;
  readonly execute: boolean;
}

/**
 * Reads the reset flags, or throws a usage error naming the flag at fault.
 *
 * @example
 * resetRequest({ 'to-offset': '5', topic: ['orders:0,1'], execute: true });
 * // { target: { kind: 'offset', offset: 5 }, scope: { topics: [{ topic: 'orders', partitions: [0, 1] }] }, execute: true }
 */
export function resetRequest(flags: ResetFlags): ResetRequest {
  if (flags['dry-run'] === true && flags.execute === true) throw usageError('Give --dry-run or --execute, not both');
  return { target: resetTarget(flags), scope: resetScope(flags), execute: flags.execute === true };
}

function resetTarget(flags: ResetFlags): ResetTarget {
  const targets: ResetTarget[] = [];
  if (flags['to-earliest'] === true) targets.push({ kind: 'beginning' });
  if (flags['to-latest'] === true) targets.push({ kind: 'end' });
  if (flags['to-offset'] !== undefined) targets.push({ kind: 'offset', offset: wholeNumber(flags['to-offset'], '--to-offset') });
  if (flags['shift-by'] !== undefined) targets.push({ kind: 'shift-by', shift: signedWholeNumber(flags['shift-by'], '--shift-by') });
  if (flags['to-datetime'] !== undefined) targets.push({ kind: 'timestamp', timestampMs: datetimeMs(flags['to-datetime']) });
  const [target, ...others] = targets;
  if (target === undefined) throw usageError('Give where to reset to: --to-earliest, --to-latest, --to-datetime, --to-offset or --shift-by');
  if (others.length > 0) throw usageError('Give only one of --to-earliest, --to-latest, --to-datetime, --to-offset, --shift-by');
  return target;
}

/** An ISO 8601 date and time (`2026-12-02T10:00:00`, local time unless it names a zone) as epoch ms. */
function datetimeMs(text: string): number {
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(parsed)) {
    throw usageError(`The value of --to-datetime must be a date and time such as 2026-12-02T10:00:00.000, got "${text}"`);
  }
  return parsed;
}

function resetScope(flags: ResetFlags): ResetScope {
  const topics = flags.topic ?? [];
  if (flags['all-topics'] === true && topics.length > 0) throw usageError('Give --topic or --all-topics, not both');
  if (flags['all-topics'] === true) return { topics: 'committed' };
  if (topics.length === 0) throw usageError('Give the partitions to reset: --topic TOPIC[:PARTITIONS] or --all-topics');
  return { topics: topics.map(parseTopicPartitions) };
}

/** A --topic value: `orders` (all partitions: null) or `orders:0,2`. */
export function parseTopicPartitions(entry: string): { topic: string; partitions: number[] | null } {
  const colon = entry.lastIndexOf(':');
  if (colon < 0) return { topic: entry, partitions: null };
  const topic = entry.slice(0, colon);
  if (topic === '') throw usageError(`The value of --topic must be TOPIC or TOPIC:PARTITIONS, got "${entry}"`);
  return { topic, partitions: entry.slice(colon + 1).split(',').map((part) => wholeNumber(part.trim(), '--topic')) };
}
