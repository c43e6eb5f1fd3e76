// Goal: log lines have one fixed, greppable shape and respect the level threshold.
// Method: a logger on a fake clock writing into an array.
import { expect, test } from 'vitest';

import { createLogger } from '../../src/log/logger.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createLogger({ now: () => Date.UTC(2026, 10, 21, 21, 45), sink: (line) => lines.push(line), level, component: 'broker' });
  return { lines, logger };
}

test('a line holds time, level, component, message and quoted fields', () => {
  const { lines, logger } = capture('info');
  logger.info('connection closed', { remote: '127.0.0.1:5', bytes: 12, clean: false });
  expect(lines).toEqual(['2026-11-21T21:45:00.000Z INFO  broker: connection closed remote="127.0.0.1:5" bytes=12 clean=false']);
});

test('events below the level are dropped', () => {
  const { lines, logger } = capture('warn');
  logger.info('hidden');
  logger.debug('hidden');
  logger.warn('shown');
  logger.error('shown too');
  expect(lines.map((line) => line.split(' ')[1])).toEqual(['WARN', 'ERROR']);
});

test('a child logger names its part after its parent', () => {
  const { lines, logger } = capture('debug');
  logger.child('fetch').debug('parked');
  expect(lines[0]).toContain(' broker/fetch: parked');
});

test('a field string with a newline stays on one line', () => {
  const { lines, logger } = capture('info');
  logger.info('bad input', { reason: 'line one\nline two' });
  expect(lines[0]).not.toContain('\n');
});
