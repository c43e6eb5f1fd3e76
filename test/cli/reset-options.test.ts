// Goal: `weir group reset-offsets` reads its flags as kafka-consumer-groups does: one target,
// topics with or without partitions or --all-topics, a dry run unless --execute; every wrong
// combination is a usage error (exit 2) naming the flag.
// Method: resetRequest on flag sets as parseArgs returns them.
import { describe, expect, test } from 'vitest';

import { CliError } from '../../src/cli/cli-error.js';
import { resetRequest, type ResetFlags } from '../../src/cli/reset-options.js';

function usageFailure(flags: ResetFlags): string {
  try {
    resetRequest(flags);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error('expected a usage error');
}

describe('the flags of weir group reset-offsets', () => {
  test('a target, topics with and without partitions, and a dry run by default', () => {
    expect(resetRequest({ 'to-earliest': true, topic: ['orders', 'clicks:0,2'] })).toEqual({
      target: { kind: 'beginning' },
      scope: { topics: [{ topic: 'orders', partitions: null }, { topic: 'clicks', partitions: [0, 2] }] },
      execute: false,
    });
    expect(resetRequest({ 'shift-by': '-5', 'all-topics': true, execute: true }))
      .toEqual({ target: { kind: 'shift-by', shift: -5 }, scope: { topics: 'committed' }, execute: true });
    expect(resetRequest({ 'to-datetime': '2026-12-02T10:00:00.000Z', 'all-topics': true }).target)
      .toEqual({ kind: 'timestamp', timestampMs: Date.UTC(2026, 11, 2, 10) });
  });

  test.each<[string, ResetFlags, string]>([
    ['no target', { 'all-topics': true }, '--to-earliest'],
    ['two targets', { 'to-earliest': true, 'to-latest': true, 'all-topics': true }, 'only one'],
    ['no partitions', { 'to-latest': true }, '--all-topics'],
    ['topics and all topics', { 'to-latest': true, 'all-topics': true, topic: ['t'] }, '--topic'],
    ['dry run and execute', { 'to-latest': true, 'all-topics': true, 'dry-run': true, execute: true }, '--execute'],
    ['a bad offset', { 'to-offset': '-3', 'all-topics': true }, '--to-offset'],
    ['a bad shift', { 'shift-by': 'x', 'all-topics': true }, '--shift-by'],
    ['a bad datetime', { 'to-datetime': 'yesterday', 'all-topics': true }, '--to-datetime'],
    ['a bad partition list', { 'to-latest': true, topic: ['t:0,a'] }, '--topic'],
  ])('%s is a usage error naming the flag', (_what, flags, named) => {
    expect(usageFailure(flags)).toContain(named);
  });
});
