// Drivers for group_member.py: kafka-python 2.0.2 and confluent-kafka 1.7.0 group members, each
// its own /usr/bin/python3 process. Each prints its assignments, consumed records and
// acknowledged commits as JSON lines stamped with the machine's wall clock; `ledger()` merges
// every member's events in that order into a GroupLedger (the same verdict as the kafkajs tests).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { python } from './clients.js';
import { GroupLedger, type GroupEvent } from './group-ledger.js';

const script = fileURLToPath(new URL('./group_member.py', import.meta.url));
/** How long a member may take to commit, leave and exit after "stop". */
const stopTimeoutMs = 45_000;

export type GroupLibrary = 'kafka-python' | 'confluent-kafka';

/** One group_member.py process. */
export class PythonGroupMember {
  private readonly events: Array<{ at: number; event: GroupEvent }> = [];
  private stderr = '';
  private partial = '';
  private readonly exited: Promise<number | null>;
  private done = false;

  private constructor(readonly name: string, private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => this.onOutput(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.on('error', () => {});
  }

  static start(options: { library: GroupLibrary; bootstrap: string; group: string; topic: string; name: string }):
    PythonGroupMember {
    const child = spawn(python, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
    const member = new PythonGroupMember(options.name, child);
    child.stdin?.write(`${JSON.stringify(options)}\n`);
    return member;
  }

  /** Every event so far with its wall-clock stamp (seconds). */
  stamped(): ReadonlyArray<{ at: number; event: GroupEvent }> {
    return this.events;
  }

  /** Asks the member to commit and leave; resolves once it exited 0 (fails with its stderr otherwise). */
  async stop(): Promise<void> {
    this.child.stdin?.end('stop\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), stopTimeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    assert.equal(code, 0, `${this.name} exited ${String(code)}:\n${this.stderr.slice(-4000)}`);
    assert.ok(this.done, `${this.name} printed its last line`);
  }

  /** Kills the member if it still runs (cleanup after a failed test). */
  dispose(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private onOutput(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      const at = parsed['at'] as number;
      const member = this.name;
      if (Array.isArray(parsed['assigned'])) {
        this.events.push({ at, event: { kind: 'assigned', member, partitions: parsed['assigned'] as number[] } });
      } else if (typeof parsed['consumed'] === 'number') {
        this.events.push({ at, event: { kind: 'consumed', member, partition: parsed['consumed'], offset: parsed['offset'] as number } });
      } else if (typeof parsed['committed'] === 'number') {
        this.events.push({ at, event: { kind: 'committed', member, partition: parsed['committed'], offset: parsed['offset'] as number } });
      } else if (parsed['done'] === true) {
        this.done = true;
        this.events.push({ at, event: { kind: 'stopped', member } });
      }
    }
  }
}

/** The members' events merged by their wall-clock stamps (stable for equal stamps) into one ledger. */
export function mergedLedger(members: readonly PythonGroupMember[]): GroupLedger {
  const ledger = new GroupLedger();
  const all = members.flatMap((member) => member.stamped().map((entry, index) => ({ ...entry, index })));
  all.sort((a, b) => a.at - b.at || a.index - b.index);
  for (const { event } of all) ledger.record(event);
  return ledger;
}
