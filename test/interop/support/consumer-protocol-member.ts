// A KIP-848 consumer-group member as a separate process (consumer_protocol_member.py: Debian's
// confluent-kafka on librdkafka 2.15 with group.protocol=consumer) and the events it reports:
// partitions assigned and revoked, each record consumed (committed before the next poll). Tests
// wait on these events with a bound; the member leaves the group on close().
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { librdkafkaNewLibrary, python } from './clients.js';
import { eventually } from './eventually.js';

const script = fileURLToPath(new URL('./consumer_protocol_member.py', import.meta.url));

export type MemberEvent =
  | { readonly event: 'started'; readonly libversion: string }
  | { readonly event: 'assigned' | 'revoked'; readonly partitions: readonly number[] }
  | { readonly event: 'record'; readonly partition: number; readonly offset: number; readonly value: string }
  | { readonly event: 'error'; readonly message: string }
  | { readonly event: 'closed' };

export class ConsumerProtocolMember {
  readonly events: MemberEvent[] = [];
  private stderr = '';
  private exited = false;

  private constructor(readonly name: string, private readonly child: ChildProcess) {
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') this.events.push(JSON.parse(line) as MemberEvent);
    });
    child.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    child.once('exit', () => { this.exited = true; });
  }

  static start(name: string, options: { bootstrap: string; group: string; topic: string }): ConsumerProtocolMember {
    const child = spawn(python, [script, options.bootstrap, options.group, options.topic], {
      stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LD_LIBRARY_PATH: librdkafkaNewLibrary },
    });
    return new ConsumerProtocolMember(name, child);
  }

  /** The partitions it holds now: everything assigned minus everything revoked, in event order. */
  owned(): Set<number> {
    const owned = new Set<number>();
    for (const event of this.events) {
      if (event.event === 'assigned') for (const partition of event.partitions) owned.add(partition);
      if (event.event === 'revoked') for (const partition of event.partitions) owned.delete(partition);
    }
    return owned;
  }

  records(): Extract<MemberEvent, { event: 'record' }>[] {
    return this.events.filter((event): event is Extract<MemberEvent, { event: 'record' }> => event.event === 'record');
  }

  errors(): string[] {
    return this.events.flatMap((event) => (event.event === 'error' ? [event.message] : []));
  }

  /** Waits (bounded) until `condition` holds of this member. */
  async until(what: string, limitMs: number, condition: (member: ConsumerProtocolMember) => boolean): Promise<void> {
    await eventually(`${this.name}: ${what}`, limitMs, async () => {
      if (this.exited && !condition(this)) throw new Error(`${this.name} exited: ${this.stderr}`);
      return condition(this) ? true : undefined;
    });
  }

  /** Leaves the group (consumer.close()) and waits for the process to end. */
  async close(limitMs: number): Promise<void> {
    if (this.exited) return;
    this.child.stdin!.write('close\n');
    await this.until('closed', limitMs, (member) => member.events.some((event) => event.event === 'closed'));
    await eventually(`${this.name}: exit`, limitMs, async () => (this.exited ? true : undefined));
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  describe(): string {
    return `${this.name}: ${JSON.stringify(this.events.filter((event) => event.event !== 'record'))}\n${this.stderr}`;
  }
}
