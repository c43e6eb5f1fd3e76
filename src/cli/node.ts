// `weir node`: runs one Weir node as an operating-system process. Part of src/cli/, the
// composition root: it reads the configuration, builds the real Runtime (src/runtime/nodejs/),
// starts the node (src/node/weir-node.ts) and its HTTP listener (src/http/), prints one log line per
// event to stdout, and turns SIGTERM/SIGINT into a clean stop.
//
// Order matters for operators: the whole configuration is validated first, and a bad key ends
// the process with exit code 2 before any port is opened or any file is written. Then every fixed
// port is tried (port-check.ts), and every log directory is locked (runtime/nodejs/directory-lock.ts)
// before the node touches any: a second node on the same log.dirs exits with code 1, naming the
// directory and the holder's pid, and the locks are released when the node stops. Once ready, the
// node prints one line naming every bound address (the ports a port-0 listener received) and a
// kcat command to try; tests start nodes with port 0 everywhere and read their ports from it.
import { ConfigError } from '../config/config-error.js';
import {
  buildNodeConfig, metadataLogDirectory, parseOverride, renderConfigHelp, type NodeConfig,
} from '../config/node-config.js';
import { isUuid, type Uuid } from '../protocol/mod.js';
import { DirectoryLockedError, lockDirectory, type DirectoryLock } from '../runtime/nodejs/directory-lock.js';
import { createLogger, type Logger } from '../log/logger.js';
import { createNodeRuntime } from '../runtime/nodejs/node-runtime.js';
import type { Runtime } from '../runtime/seam.js';
import { startHttpServer, type HttpServer } from '../http/http-server.js';
import { NodeMetrics } from '../http/node-metrics.js';
import { WeirNode, type WeirNodeOptions } from '../node/weir-node.js';
import { StartCancelledError } from '../node/start-cancellation.js';
import { AdminSession } from '../admin/admin-session.js';
import { LATEST_TIMESTAMP, readOffsets } from '../admin/offset-reads.js';
import { findBusyAddress } from './port-check.js';

const usage = `Usage: weir node [--config FILE] [--set key=value ...] [--cluster-id ID]

Runs one Weir node (broker, controller, or both) until SIGTERM or SIGINT. With no arguments at
all it runs a single combined node on the defaults (node.id=1, a quorum of one on 127.0.0.1:9093).
  --config FILE      Kafka-style properties file (key=value lines, # comments)
  --set key=value    overrides one key of the file; may be repeated; later ones win
  --cluster-id ID    the cluster id written into log directories not yet formatted (22
                     characters of base64url, as kafka-storage format -t takes); formatted
                     directories keep theirs. Default: a random id
  --help             prints this message and every configuration key

Configuration keys:`;

/** Exit codes: 0 clean stop, 1 runtime failure, 2 bad command line or configuration. */
const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

/** The parsed command line. */
type Arguments =
  | { readonly kind: 'help' }
  | {
    readonly kind: 'run';
    readonly configPath: string | null;
    readonly overrides: Array<[string, string]>;
    readonly clusterId: Uuid | undefined;
  };

/** What a test may add to a node process (never the `weir` command itself). */
export interface NodeProcessHooks {
  readonly testOnly?: WeirNodeOptions['testOnly'];
}

/**
 * Runs the `node` verb; resolves to the process exit code once the node has stopped. `hooks`
 * come only from test entry points (test/weir-node/support/), never from src/cli/main.ts.
 */
export async function run(argv: string[], hooks: NodeProcessHooks = {}): Promise<number> {
  let parsed: Arguments;
  try {
    parsed = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`weir node: ${error.message}\nRun 'weir node --help' for the options.\n`);
    return exitCode.usage;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(`${usage}\n${renderConfigHelp()}\n`);
    return exitCode.ok;
  }
  const runtime = createNodeRuntime();
  let config: NodeConfig;
  try {
    const text = parsed.configPath === null ? '' : await readConfigFile(runtime, parsed.configPath);
    const givenNothing = parsed.configPath === null && parsed.overrides.length === 0;
    if (givenNothing) process.stdout.write(`weir node: no configuration given; a single node on the defaults (${singleNodeDefaults.map(([key, value]) => `${key}=${value}`).join(' ')})\n`);
    config = buildNodeConfig(text, givenNothing ? singleNodeDefaults : parsed.overrides);
    assertDirectoriesDistinct(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`weir node: ${error.message}\n`);
    return exitCode.usage;
  }
  // The port check touches no file, so it comes first: a busy port leaves no directory behind.
  const busy = await findBusyAddress(runtime.network, config);
  if (busy !== null) {
    process.stderr.write(`weir node: ${busy}\n`);
    return exitCode.failed;
  }
  // Before anything else touches them: a second node on the same directories stops here.
  let locks: DirectoryLock[];
  try {
    locks = lockLogDirectories(config);
  } catch (error) {
    if (!(error instanceof DirectoryLockedError)) throw error;
    process.stderr.write(`weir node: ${error.message}\n`);
    return exitCode.failed;
  }
  try {
    return await runNode(runtime, config, { ...hooks, clusterId: parsed.clusterId });
  } finally {
    for (const lock of locks) lock.release();
  }
}

/** Locks every log directory and the metadata log directory, or none of them. */
function lockLogDirectories(config: NodeConfig): DirectoryLock[] {
  const locks: DirectoryLock[] = [];
  try {
    for (const directory of new Set([...config.logDirs, metadataLogDirectory(config)])) locks.push(lockDirectory(directory));
  } catch (error) {
    for (const lock of locks) lock.release();
    throw error;
  }
  return locks;
}

/** Two entries of log.dirs naming one directory would be two logs of one partition; refuse them. */
function assertDirectoriesDistinct(config: NodeConfig): void {
  if (new Set(config.logDirs).size !== config.logDirs.length) {
    throw new ConfigError(`Invalid "log.dirs": names a directory twice ("${config.logDirs.join(',')}")`, { key: 'log.dirs' });
  }
}

/** Parses the --cluster-id value: Kafka's cluster ids are 16 bytes in 22 characters of base64url. */
export function parseClusterId(text: string): Uuid {
  if (!isUuid(text)) {
    throw new ConfigError(`Invalid "--cluster-id" "${text}": a cluster id is 16 bytes written as 22 ` +
      'characters of base64url (A-Z a-z 0-9 - _), as kafka-storage random-uuid prints', { key: '--cluster-id' });
  }
  return text;
}

/**
 * What `weir node` with no arguments runs: one combined node (broker and controller, a quorum of
 * one) on the default listeners, so a first try needs no file. Kafka requires node.id and the
 * voters; Weir fills them only when nothing at all was given.
 */
export const singleNodeDefaults: Array<[string, string]> = [['node.id', '1'], ['controller.quorum.voters', '1@127.0.0.1:9093']];

function parseArguments(argv: readonly string[]): Arguments {
  let configPath: string | null = null;
  let clusterId: Uuid | undefined;
  const overrides: Array<[string, string]> = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (argument === '--config' || argument === '--set' || argument === '--cluster-id') {
      const value = argv[index + 1];
      if (value === undefined) throw new ConfigError(`Missing the value of "${argument}"`, { key: argument });
      index += 1;
      if (argument === '--config') configPath = value;
      else if (argument === '--cluster-id') clusterId = parseClusterId(value);
      else overrides.push(parseOverride(value));
      continue;
    }
    if (argument.startsWith('--config=')) configPath = argument.slice('--config='.length);
    else if (argument.startsWith('--cluster-id=')) clusterId = parseClusterId(argument.slice('--cluster-id='.length));
    else if (argument.startsWith('--set=')) overrides.push(parseOverride(argument.slice('--set='.length)));
    else throw new ConfigError(`Unknown argument "${argument}"`, { key: argument });
  }
  return { kind: 'run', configPath, overrides, clusterId };
}

/** Reads the properties file through the runtime's disk; a missing file is a ConfigError. */
async function readConfigFile(runtime: Runtime, path: string): Promise<string> {
  if (!(await runtime.disk.exists(path))) {
    throw new ConfigError(`Cannot read configuration file "${path}": no such file`, { key: '--config' });
  }
  const file = await runtime.disk.open(path, { create: false });
  try {
    const bytes = await file.read(0, await file.size());
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } finally {
    await file.close();
  }
}

/** Starts the node and its HTTP listener, waits for a signal or a fatal error, then stops. */
async function runNode(
  runtime: Runtime,
  config: NodeConfig,
  hooks: NodeProcessHooks & { readonly clusterId: Uuid | undefined },
): Promise<number> {
  const logger = createLogger({
    now: () => runtime.clock.now(),
    sink: (line) => process.stdout.write(`${line}\n`),
    level: 'info',
    component: `node ${config.nodeId}`,
  });
  const metrics = new NodeMetrics({ processMetrics: true });
  let fatal: unknown = null;
  let resolveStop: (reason: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => { resolveStop = resolve; });
  // A stop asked for while the node still starts (waiting for a quorum) ends the start too.
  const cancelStart = new AbortController();
  const wake = (reason: string): void => {
    resolveStop(reason);
    cancelStart.abort();
  };
  // Kept (not `once`) until the node has stopped: a repeated signal, such as a terminal's Ctrl-C
  // to the whole process group plus the SIGTERM `weir cluster start` forwards, must not kill a
  // node in the middle of its clean stop (the default action would), as Kafka ignores it too.
  const onTerminate = (): void => wake('SIGTERM');
  const onInterrupt = (): void => wake('SIGINT');
  process.on('SIGTERM', onTerminate);
  process.on('SIGINT', onInterrupt);
  const onFatal = (error: unknown): void => {
    fatal = error;
    logger.error('fatal error, stopping', { error: describeError(error) });
    wake('fatal error');
  };
  let node: WeirNode | null = null;
  let http: HttpServer | null = null;
  let admin: AdminSession | null = null;
  let lagSession: AdminSession | null = null;
  try {
    node = await WeirNode.start({ runtime, config, logger, metrics, onFatal, signal: cancelStart.signal,
      ...(hooks.clusterId === undefined ? {} : { clusterId: hooks.clusterId }),
      ...(hooks.testOnly === undefined ? {} : { testOnly: hooks.testOnly }) });
    const started = node;
    metrics.attachRaft(() => started.raftStatus());
    metrics.attachController(() => started.controllerGauges());
    // The admin API talks to this node's own Kafka listener, as any Kafka client would.
    admin = new AdminSession(runtime, started.kafkaAddresses()[0] ?? '', { clientId: 'weir-http' });
    // Its own session, short on patience: a scrape must end within Prometheus' timeout (10 s).
    lagSession = new AdminSession(runtime, started.kafkaAddresses()[0] ?? '',
      { clientId: 'weir-metrics', requestTimeoutMs: 3_000, leaderWaitMs: 2_000 });
    const lagReader = lagSession;
    metrics.attachGroups({
      coordinatedGroups: () => started.coordinatedGroups(),
      highWatermarks: (topic, partitions) => readOffsets(lagReader, topic, partitions, LATEST_TIMESTAMP),
    });
    http = await startHttpServer(config.httpListener, {
      logger: logger.child('http'),
      metrics,
      admin,
      health: () => ({
        live: fatal === null,
        ready: fatal === null && started.isReady(),
        reason: fatal !== null ? 'fatal error' : started.isReady() ? '' : 'starting',
      }),
    });
    const reason = await Promise.race([started.ready().then(() => null), stopRequested]);
    if (reason === null) announceReady(logger, started, http);
    const stopReason = reason ?? (await stopRequested);
    logger.info('stopping', { reason: stopReason });
  } catch (error) {
    if (error instanceof StartCancelledError && fatal === null) {
      logger.info('stopped before the node was up', { reason: await stopRequested });
    } else {
      fatal ??= error;
      logger.error('cannot run the node', { error: describeError(error) });
    }
  }
  await stopAll(logger, node, http);
  admin?.close();
  lagSession?.close();
  process.off('SIGTERM', onTerminate);
  process.off('SIGINT', onInterrupt);
  return fatal === null ? exitCode.ok : exitCode.failed;
}

function announceReady(logger: Logger, node: WeirNode, http: HttpServer): void {
  const kafka = node.kafkaAddresses();
  const first = kafka[0] ?? '';
  logger.info(`ready; try: kcat -b ${first} -L`, {
    kafka: kafka.join(','),
    controller: node.controllerAddress(),
    http: http.address,
    cluster: node.clusterId(),
  });
}

async function stopAll(logger: Logger, node: WeirNode | null, http: HttpServer | null): Promise<void> {
  try {
    await http?.close();
    await node?.stop();
    logger.info('stopped');
  } catch (error) {
    logger.error('cannot stop cleanly', { error: describeError(error) });
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.replaceAll('\n', ' ');
  return String(error);
}
