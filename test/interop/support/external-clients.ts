// Drivers for the clients that run as separate processes: kcat (librdkafka 2.0.2) and, through
// /usr/bin/python3 and python_client.py, kafka-python 2.0.2 and confluent-kafka 1.7.0. Each call
// spawns the client, bounded by a timeout, and fails with the client's output when it fails.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { python } from './clients.js';
import type { Codec, ConsumedRecord, TestRecord } from './records.js';

const pythonScript = fileURLToPath(new URL('./python_client.py', import.meta.url));

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command with `input` on stdin; never rejects except on timeout. */
export function runProcess(command: string, args: readonly string[], input: string, timeoutMs = 60_000): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

export type PythonLibrary = 'kafka-python' | 'confluent-kafka';

/** Runs one python_client.py command and returns its JSON answer. */
export async function runPython<T>(command: Record<string, unknown> & { library: PythonLibrary; action: string }): Promise<T> {
  const result = await runProcess(python, [pythonScript], JSON.stringify(command));
  if (result.code !== 0) {
    throw new Error(`${command.library} ${command.action} failed (exit ${result.code}):\n${result.stderr.slice(-4000)}`);
  }
  return JSON.parse(result.stdout) as T;
}

export interface PythonProduceAnswer {
  readonly acks: ReadonlyArray<{ partition: number; offset: number }>;
  readonly error?: string;
  readonly message?: string;
  /** kafka-python's own warnings and errors during the run (connection trouble, protocol surprises). */
  readonly problems?: readonly string[];
}

export function pythonProduce(library: PythonLibrary, options: {
  bootstrap: string; topic: string; codec: Codec; acks?: number; records: readonly TestRecord[]; maxRequestBytes?: number;
}): Promise<PythonProduceAnswer> {
  return runPython<PythonProduceAnswer>({ library, action: 'produce', ...options });
}

export async function pythonConsume(library: PythonLibrary, options: {
  bootstrap: string; topic: string; partitions: readonly number[]; partitionMaxBytes?: number;
}): Promise<ConsumedRecord[]> {
  const answer = await runPython<{ records: ConsumedRecord[] }>({ library, action: 'consume', ...options });
  return answer.records;
}

export async function pythonCreateTopic(library: PythonLibrary, options: {
  bootstrap: string; topic: string; partitions: number; configs?: Record<string, string>;
}): Promise<void> {
  await runPython({ library, action: 'create-topic', ...options });
}

/** Runs kcat with `args`; rejects with its output when it exits non-zero. */
export async function kcat(args: readonly string[], input = ''): Promise<ProcessResult> {
  const result = await runProcess('kcat', args, input);
  if (result.code !== 0) throw new Error(`kcat ${args.join(' ')} failed (exit ${result.code}):\n${result.stderr.slice(-4000)}`);
  return result;
}

/**
 * Produces with kcat, one run per partition: kcat sets headers per run and cannot set
 * timestamps, so every record of a run must carry the same headers and no timestamp. Keys and
 * values travel as "key<TAB>value" lines; -Z turns an empty key or value into null, so records
 * must not have empty strings or tabs and newlines.
 */
export async function kcatProduce(options: {
  bootstrap: string; topic: string; codec: Codec; records: readonly TestRecord[]; acks?: number;
}): Promise<void> {
  const partitions = [...new Set(options.records.map((record) => record.partition))];
  for (const partition of partitions) {
    const records = options.records.filter((record) => record.partition === partition);
    const headers = records[0]?.headers ?? [];
    const lines = records.map((record) => {
      assert.equal(record.timestamp, null, 'kcat cannot set a timestamp');
      assert.deepEqual(record.headers, headers, 'kcat sets the same headers on every record of a run');
      for (const text of [record.key, record.value]) assert.ok(text === null || (text !== '' && !/[\t\n]/.test(text)));
      return `${record.key ?? ''}\t${record.value ?? ''}\n`;
    });
    await kcat([
      '-b', options.bootstrap, '-P', '-t', options.topic, '-p', String(partition), '-K', '\t', '-Z',
      '-z', options.codec === 'none' ? 'none' : options.codec,
      '-X', `acks=${options.acks ?? -1}`,
      ...headers.flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    ], lines.join(''));
  }
}

interface KcatEnvelope {
  tstype: 'create' | 'logappend' | 'unknown';
  partition: number;
  offset: number;
  ts: number;
  key: string | null;
  payload: string | null;
  /** kcat 1.7 prints a flat [name, value, ...] array; its usage text documents an object. */
  headers?: Array<string | null> | Record<string, string | null>;
}

/** Consumes partitions from the beginning to their end with kcat -J. */
export async function kcatConsume(options: {
  bootstrap: string; topic: string; partitions: readonly number[]; offsetSpec?: string;
}): Promise<ConsumedRecord[]> {
  const records: ConsumedRecord[] = [];
  for (const partition of options.partitions) {
    const result = await kcat([
      '-b', options.bootstrap, '-C', '-t', options.topic, '-p', String(partition),
      '-o', options.offsetSpec ?? 'beginning', '-e', '-J', '-q',
    ]);
    for (const line of result.stdout.split('\n')) {
      if (line.trim() === '') continue;
      records.push(fromKcatEnvelope(JSON.parse(line) as KcatEnvelope));
    }
  }
  return records;
}

function fromKcatEnvelope(envelope: KcatEnvelope): ConsumedRecord {
  const headers: Array<[string, string | null]> = [];
  const raw = envelope.headers ?? [];
  if (Array.isArray(raw)) {
    for (let index = 0; index + 1 < raw.length; index += 2) headers.push([raw[index] as string, raw[index + 1] ?? null]);
  } else {
    headers.push(...Object.entries(raw));
  }
  return {
    partition: envelope.partition,
    offset: envelope.offset,
    key: envelope.key,
    value: envelope.payload,
    headers,
    timestamp: envelope.ts,
    timestampType: envelope.tstype === 'logappend' ? 1 : 0,
  };
}
