// Parsers for the value types a node configuration uses: bounded integers, booleans, lists,
// listener and quorum-voter addresses. Each takes the raw string and the key (to name it in the
// error) and returns a typed value or throws ConfigError saying what was expected.
import { ConfigError } from './config-error.js';

/** Turns the raw text of one key into a typed value, or throws ConfigError naming the key. */
export type ValueParser<T> = (raw: string, key: string) => T;

/** A host and port, as in `127.0.0.1:9092` or `[::1]:9092`. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** A named listener from `listeners`, e.g. `PLAINTEXT://127.0.0.1:9092`. */
export interface ListenerAddress extends HostPort {
  readonly name: string;
}

/** One voter of `controller.quorum.voters`, e.g. `1@127.0.0.1:9093`. */
export interface QuorumVoter extends HostPort {
  readonly id: number;
}

function invalid(key: string, raw: string, expected: string): ConfigError {
  return new ConfigError(`Invalid value for "${key}": "${raw}" is not ${expected}`, { key });
}

/** An integer within [min, max] (both inclusive), written in decimal. */
export function integer(range: { min: number; max: number }): ValueParser<number> {
  return (raw, key) => {
    const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
      throw invalid(key, raw, `an integer between ${range.min} and ${range.max}`);
    }
    return value;
  };
}

const int64Max = 9_223_372_036_854_775_807n;

/**
 * A Java long within [min, max]. Values beyond 2^53 - 1 (Kafka's Long.MAX_VALUE defaults, which
 * mean "no limit") become Number.MAX_SAFE_INTEGER, which is just as unreachable in practice.
 */
export function long(range: { min: number; max: number }): ValueParser<number> {
  return (raw, key) => {
    if (!/^-?\d+$/.test(raw)) throw invalid(key, raw, `an integer between ${range.min} and ${range.max}`);
    const exact = BigInt(raw);
    if (exact > int64Max || exact < -int64Max - 1n) throw invalid(key, raw, 'a 64-bit integer');
    const value = exact > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(exact);
    if (value < range.min || value > range.max) {
      throw invalid(key, raw, `an integer between ${range.min} and ${range.max}`);
    }
    return value;
  };
}

/** `true` or `false`, case-insensitive, as Kafka accepts. */
export const boolean: ValueParser<boolean> = (raw, key) => {
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw invalid(key, raw, 'true or false');
};

/** Any non-empty string. */
export const text: ValueParser<string> = (raw, key) => {
  if (raw === '') throw invalid(key, raw, 'a non-empty string');
  return raw;
};

/** Any string, the empty string included (it means "not set"). */
export const optionalText: ValueParser<string> = (raw) => raw;

/** A comma-separated list; empty items are an error, an empty value is an empty list. */
export function list<T>(item: ValueParser<T>): ValueParser<readonly T[]> {
  return (raw, key) => {
    if (raw.trim() === '') return [];
    return raw.split(',').map((part) => item(part.trim(), key));
  };
}

/** One of a fixed set of words, case-insensitive. */
export function oneOf<T extends string>(choices: readonly T[]): ValueParser<T> {
  return (raw, key) => {
    const lower = raw.toLowerCase();
    const found = choices.find((choice) => choice === lower);
    if (found === undefined) throw invalid(key, raw, `one of ${choices.join(', ')}`);
    return found;
  };
}

/** Kafka's replica selector classes (KIP-392), by the behaviour each names. */
const replicaSelectorClasses: Readonly<Record<string, 'leader' | 'rack-aware'>> = {
  '': 'leader',
  'org.apache.kafka.common.replica.LeaderSelector': 'leader',
  'org.apache.kafka.common.replica.RackAwareReplicaSelector': 'rack-aware',
};

/** replica.selector.class: which replica a consumer is told to fetch from (KIP-392). */
export const replicaSelector: ValueParser<'leader' | 'rack-aware'> = (raw, key) => {
  const selector = replicaSelectorClasses[raw.trim()];
  if (selector === undefined) {
    throw invalid(key, raw, `one of ${Object.keys(replicaSelectorClasses).filter((name) => name !== '').join(', ')} or empty`);
  }
  return selector;
};

const portParser = integer({ min: 0, max: 65_535 });

/** `host:port`, with IPv6 hosts in brackets; an empty host means all interfaces (0.0.0.0). */
export const hostPort: ValueParser<HostPort> = (raw, key) => {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]*):(\d+)$/.exec(raw);
  if (match === null) throw invalid(key, raw, 'an address of the form host:port');
  const host = match[1] ?? '';
  return { host: host === '' ? '0.0.0.0' : host.replace(/^\[|\]$/g, ''), port: portParser(match[2] ?? '', key) };
};

/** `NAME://host:port`, where NAME is a listener name such as PLAINTEXT or CONTROLLER. */
export const listenerAddress: ValueParser<ListenerAddress> = (raw, key) => {
  const match = /^([A-Za-z_][A-Za-z0-9_-]*):\/\/(.*)$/.exec(raw);
  if (match === null) throw invalid(key, raw, 'a listener of the form NAME://host:port');
  return { name: (match[1] ?? '').toUpperCase(), ...hostPort(match[2] ?? '', key) };
};

/** `id@host:port`, one entry of controller.quorum.voters. */
export const quorumVoter: ValueParser<QuorumVoter> = (raw, key) => {
  const match = /^(\d+)@(.+)$/.exec(raw);
  if (match === null) throw invalid(key, raw, 'a voter of the form id@host:port');
  return { id: integer({ min: 0, max: 2_147_483_647 })(match[1] ?? '', key), ...hostPort(match[2] ?? '', key) };
};
