// Burrow 1.2.1 (Debian's `burrow`, on sarama 1.22.1) against a Weir cluster, for the lag test.
// Burrow reads `__consumer_offsets` itself (Kafka's OffsetCommitKey/Value records), polls the
// brokers' newest offsets with ListOffsets, and serves each group's lag over HTTP. Burrow 1.2
// will not start without ZooKeeper (it keeps its locks there), so a standalone ZooKeeper from
// Debian's `zookeeper` package runs beside it on a free port. Both are child processes with their
// files in one temporary directory; `dispose()` kills them and removes it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pickFreePorts } from './cluster-processes.js';
import { eventually } from './eventually.js';

import { burrowBinary, zooKeeperJar } from './clients.js';

/** One partition of Burrow's /v3/kafka/<cluster>/consumer/<group>/lag answer. */
export interface BurrowPartitionLag {
  readonly topic: string;
  readonly partition: number;
  readonly current_lag: number;
  readonly end: { readonly offset: number; readonly lag: number } | null;
}

/** The status part of that answer. */
export interface BurrowLag {
  readonly status: string;
  readonly totallag: number;
  readonly partitions: readonly BurrowPartitionLag[];
}

/** Whether ZooKeeper on `port` serves requests: its `srvr` command answers with its version (not "not currently serving"). */
function zooKeeperServes(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect({ host: '127.0.0.1', port });
    // A ZooKeeper still starting may hold the connection open without answering.
    socket.setTimeout(2000, () => socket.destroy());
    socket.once('connect', () => socket.end('srvr'));
    socket.on('data', (chunk: Buffer) => { answer += chunk.toString(); });
    socket.once('close', () => resolve(answer.includes('Zookeeper version')));
    socket.once('error', () => resolve(false));
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(2000, () => { socket.destroy(); resolve(false); });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Burrow's configuration: one cluster and one consumer module reading `__consumer_offsets` from the start. */
function burrowToml(options: { directory: string; zooKeeperPort: number; httpPort: number; brokers: readonly string[];
  cluster: string }): string {
  const servers = `[ ${options.brokers.map((broker) => `"${broker}"`).join(', ')} ]`;
  return [
    '[general]', `pidfile="${join(options.directory, 'burrow.pid')}"`,
    '[logging]', `filename="${join(options.directory, 'burrow.log')}"`, 'level="info"',
    '[zookeeper]', `servers=[ "127.0.0.1:${options.zooKeeperPort}" ]`, 'timeout=6', 'root-path="/burrow"',
    '[client-profile.weir]', 'client-id="burrow-weir"', 'kafka-version="2.0.0"',
    `[cluster.${options.cluster}]`, 'class-name="kafka"', `servers=${servers}`, 'client-profile="weir"',
    'topic-refresh=2', 'offset-refresh=1',
    `[consumer.${options.cluster}]`, 'class-name="kafka"', `cluster="${options.cluster}"`, `servers=${servers}`,
    'client-profile="weir"', 'offsets-topic="__consumer_offsets"', 'start-latest=false',
    '[httpserver.default]', `address="127.0.0.1:${options.httpPort}"`,
    '[storage.default]', 'class-name="inmemory"', 'workers=4', 'intervals=10', 'expire-group=604800', 'min-distance=1',
    '',
  ].join('\n');
}

/** A ZooKeeper and a Burrow watching `brokers` as cluster `cluster`. */
export class BurrowProcess {
  private constructor(private readonly directory: string, private readonly children: ChildProcess[],
    private readonly httpPort: number, readonly cluster: string, private readonly output: () => string) {}

  static async start(options: { brokers: readonly string[]; cluster: string }): Promise<BurrowProcess> {
    const directory = mkdtempSync(join(tmpdir(), 'weir-burrow-'));
    const [zooKeeperPort, httpPort] = await pickFreePorts(2) as [number, number];
    let output = '';
    const collect = (child: ChildProcess): ChildProcess => {
      child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      return child;
    };
    writeFileSync(join(directory, 'zoo.cfg'),
      `tickTime=2000\ndataDir=${join(directory, 'zookeeper')}\nclientPort=${zooKeeperPort}\nadmin.enableServer=false\n`);
    const children = [collect(spawn('java', ['-cp', zooKeeperJar, '-Dzookeeper.admin.enableServer=false',
      'org.apache.zookeeper.server.quorum.QuorumPeerMain', join(directory, 'zoo.cfg')], { stdio: ['ignore', 'pipe', 'pipe'] }))];
    const burrow = new BurrowProcess(directory, children, httpPort, options.cluster, () => output);
    try {
      await eventually('ZooKeeper serving', 60_000, async () => (await zooKeeperServes(zooKeeperPort)) || undefined);
      writeFileSync(join(directory, 'burrow.toml'), burrowToml({ directory, zooKeeperPort, httpPort, ...options }));
      const process = collect(spawn(burrowBinary, ['--config-dir', directory], { stdio: ['ignore', 'pipe', 'pipe'] }));
      children.push(process);
      await eventually('Burrow serving HTTP', 60_000, async () => {
        if (process.exitCode !== null) throw new Error(`Burrow exited ${process.exitCode}`);
        return (await portAnswers(httpPort)) || undefined;
      });
    } catch (error) {
      const diagnostics = burrow.diagnostics();
      burrow.dispose();
      throw new Error(`${String(error)}\n${diagnostics}`);
    }
    return burrow;
  }

  /** Burrow's lag answer for `group`; throws while Burrow does not know the group yet. */
  async lag(group: string): Promise<BurrowLag> {
    // Bounded: a wait on Burrow must fail with what it last said, never hang on one request.
    const response = await fetch(`http://127.0.0.1:${this.httpPort}/v3/kafka/${this.cluster}/consumer/${group}/lag`,
      { signal: AbortSignal.timeout(5000) });
    const body = await response.json() as { error: boolean; message: string; status?: BurrowLag };
    if (body.error || body.status === undefined) throw new Error(`Burrow: ${body.message}`);
    return body.status;
  }

  /** What ZooKeeper and Burrow printed, and Burrow's log (for a failure message). */
  diagnostics(): string {
    const log = join(this.directory, 'burrow.log');
    return `${this.output().slice(-2000)}\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : ''}`;
  }

  dispose(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(this.directory, { recursive: true, force: true });
  }
}
