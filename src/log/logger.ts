// Structured logging for a node: one line per event, with a level, a component and key=value
// fields, e.g.
//   2026-11-21T21:45:00.123Z INFO  kafka-listener: connection closed remote="127.0.0.1:53012" reason="malformed frame"
// Time comes from the runtime clock (never Date.now) so the simulator's logs are deterministic,
// and lines go to an injected sink (stdout in production, a buffer or the trace in tests).
import assert from 'node:assert/strict';

/** Severity, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const levelRank: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Values a field may hold; anything else is rendered with String(). */
export type LogFields = Readonly<Record<string, string | number | bigint | boolean | null | undefined>>;

/** Writes one event; `component` says which part of the node speaks. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger for a sub-part that shares sink, clock and level. */
  child(component: string): Logger;
}

export interface LoggerOptions {
  /** Wall-clock milliseconds since the epoch (the runtime clock's `now`). */
  readonly now: () => number;
  /** Receives each finished line, without a trailing newline. */
  readonly sink: (line: string) => void;
  /** Events below this level are dropped. */
  readonly level: LogLevel;
  readonly component: string;
}

/** Renders a field value: numbers and booleans bare, strings quoted with JSON escapes. */
function renderValue(value: LogFields[string]): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  return String(value);
}

/** Renders one log line (exported for tests and for anyone who needs the exact format). */
export function renderLogLine(options: {
  timeMs: number;
  level: LogLevel;
  component: string;
  message: string;
  fields?: LogFields | undefined;
}): string {
  assert.ok(!options.message.includes('\n'), 'a log message is one line');
  const time = new Date(options.timeMs).toISOString();
  const fields = Object.entries(options.fields ?? {})
    .map(([key, value]) => ` ${key}=${renderValue(value)}`)
    .join('');
  return `${time} ${options.level.toUpperCase().padEnd(5)} ${options.component}: ${options.message}${fields}`;
}

/** Creates a logger. */
export function createLogger(options: LoggerOptions): Logger {
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (levelRank[level] < levelRank[options.level]) return;
    options.sink(renderLogLine({ timeMs: options.now(), level, component: options.component, message, fields }));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (component) => createLogger({ ...options, component: `${options.component}/${component}` }),
  };
}

/** A logger that drops everything (for tests that do not look at logs). */
export function silentLogger(): Logger {
  return createLogger({ now: () => 0, sink: () => {}, level: 'error', component: 'silent' });
}
