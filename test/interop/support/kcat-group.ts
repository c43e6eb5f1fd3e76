// kcat (librdkafka 2.0.2) as a balanced group consumer (`kcat -G`), for the consumer-group tests:
// a long-running member whose records (-J, one JSON object per line) and rebalances (kcat's
// "% Group ... rebalanced ...: assigned: topic [0], ..." lines on stderr) are collected, and
// which SIGTERM stops cleanly (kcat closes its consumer: the offsets it stored are committed and
// it leaves the group). librdkafka commits in the background, unseen by the test, so what the
// group committed is read back from the coordinator instead.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';

/** librdkafka settings of every kcat member: short timeouts, reading from the start of a new group. */
export function kcatGroupArgs(options: { bootstrap: string; group: string; topic: string }): string[] {
  return ['-b', options.bootstrap, '-G', options.group, '-J', '-q',
    '-X', 'auto.offset.reset=earliest', '-X', 'session.timeout.ms=6000', '-X', 'heartbeat.interval.ms=500',
    '-X', 'auto.commit.interval.ms=200', options.topic];
}

/** A record a kcat member printed. */
export interface KcatRead {
  readonly partition: number;
  readonly offset: number;
}

/** The partitions a "rebalanced ... assigned:" line of kcat names (undefined for other lines). */
export function assignedIn(line: string): number[] | undefined {
  if (!line.includes('rebalanced') || !line.includes('assigned:')) return undefined;
  const after = line.slice(line.indexOf('assigned:'));
  return [...after.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

/** One `kcat -G` process. */
export class KcatMember {
  readonly reads: KcatRead[] = [];
  /** Its assignment after the latest rebalance (undefined before the first). */
  assignment: number[] | undefined;
  private stdoutRest = '';
  private stderrRest = '';
  private stderr = '';
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (this.stdoutRest + chunk.toString()).split('\n');
      this.stdoutRest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as { partition: number; offset: number };
        this.reads.push({ partition: record.partition, offset: record.offset });
      }
    });
    // Whole lines only: a rebalance line split across two chunks would otherwise be missed.
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
      const lines = (this.stderrRest + chunk.toString()).split('\n');
      this.stderrRest = lines.pop() ?? '';
      for (const line of lines) {
        const assigned = assignedIn(line);
        if (assigned !== undefined) this.assignment = assigned.sort((a, b) => a - b);
        if (line.includes('rebalanced') && line.includes('revoked:')) this.assignment = [];
      }
    });
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal === null ? code : -1)));
  }

  static start(options: { bootstrap: string; group: string; topic: string }): KcatMember {
    // Without -q kcat prints its rebalances; -q would hide them, so it is left out here. -u: a pipe
    // would otherwise hold kcat's records in its stdio buffer until it exits.
    const args = ['-u', ...kcatGroupArgs(options).filter((arg) => arg !== '-q')];
    return new KcatMember(spawn('kcat', args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  }

  /** SIGTERM: kcat commits what it stored, leaves the group and exits 0. */
  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    const code = await this.exited;
    clearTimeout(timer);
    assert.equal(code, 0, `kcat -G exited ${String(code)}:\n${this.stderr.slice(-4000)}`);
  }

  dispose(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
