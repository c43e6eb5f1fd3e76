// The client workload of the Raft simulation: a few clients, each proposing unique values
// ("c2-17") one at a time to whichever node it believes is leader, and recording what it learns:
// acknowledged (committed at an offset), failed (definitely not committed), or indeterminate
// (no answer within the timeout: the node crashed, paused or lost its leadership). Part of
// sim/workloads/. Clients are world-level actors: a request reaches a node as an event owned by
// that node's process (so a paused node answers late and a crashed one never), and the answer
// travels back after a latency draw. The history goes to `AcknowledgedProposals`.
import assert from 'node:assert/strict';
import type { ProposalOutcome } from '../../src/quorum/state-machine.js';
import type { AcknowledgedProposals } from '../checkers/acknowledged-proposals.js';
import type { SimCluster, SimHost } from '../cluster.js';
import type { Prng } from '../prng.js';
import type { World } from '../world.js';

export interface ProposalClientsOptions {
  readonly clientCount: number;
  /** Pause between one answer and the next proposal. */
  readonly thinkMs: number;
  /** A proposal without an answer after this long is indeterminate. */
  readonly timeoutMs: number;
  /** One-way latency between a client and a node. */
  readonly latencyMs: number;
}

interface Client {
  readonly id: number;
  sequence: number;
  /** The node it will ask next; null to pick at random. */
  leaderGuess: number | null;
  /** The value in flight, or null between proposals. */
  current: string | null;
}

export class ProposalClients {
  private readonly clients: Client[] = [];
  private readonly random: Prng;
  private readonly encoder = new TextEncoder();
  private running = true;
  private readonly invokedAtMs = new Map<string, number>();
  /** Latest invocation time among acknowledged proposals (liveness is judged on it). */
  private latestAcknowledgedInvocationMs = -1;

  constructor(
    private readonly world: World,
    private readonly cluster: SimCluster,
    private readonly checker: AcknowledgedProposals,
    private readonly options: ProposalClientsOptions,
  ) {
    assert(options.clientCount >= 1, 'at least one client');
    this.random = world.random.fork('clients');
    for (let id = 1; id <= options.clientCount; id += 1) {
      this.clients.push({ id, sequence: 0, leaderGuess: null, current: null });
    }
  }

  /** Whether some proposal invoked after `timeMs` has been acknowledged. */
  firstAcknowledgedAfter(timeMs: number): boolean {
    return this.latestAcknowledgedInvocationMs > timeMs;
  }

  start(): void {
    for (const client of this.clients) {
      this.world.schedule(this.random.nextInt(this.options.thinkMs + 1), null, () => this.propose(client));
    }
  }

  /** Stops issuing proposals; those in flight become indeterminate unless answered already. */
  stop(): void {
    this.running = false;
    for (const client of this.clients) {
      if (client.current !== null) this.checker.indeterminate(client.current);
      client.current = null;
    }
  }

  private propose(client: Client): void {
    if (!this.running) return;
    client.sequence += 1;
    const value = `c${client.id}-${client.sequence}`;
    client.current = value;
    const target = this.cluster.host(client.leaderGuess ?? 1 + this.random.nextInt(this.cluster.hosts.length));
    this.checker.invoked(value);
    this.invokedAtMs.set(value, this.world.nowMs);
    this.world.record('invoke', { client: client.id, value, node: target.id });
    this.send(target, value, client);
    this.world.schedule(this.options.timeoutMs, null, () => {
      if (client.current !== value) return;
      client.current = null;
      client.leaderGuess = null;
      this.checker.indeterminate(value);
      this.world.record('info', { client: client.id, value });
      this.next(client);
    });
  }

  private send(target: SimHost, value: string, client: Client): void {
    const process = target.process;
    if (process === null) return;
    const payload = this.encoder.encode(value);
    this.world.schedule(this.latency(), process, () => {
      const node = target.node;
      if (node === null) return;
      void node.propose(payload).then((outcome) => {
        this.world.schedule(this.latency(), null, () => this.answer(client, value, target, outcome));
      });
    });
  }

  private answer(client: Client, value: string, target: SimHost, outcome: ProposalOutcome): void {
    if (outcome.status === 'committed') {
      const invokedAtMs = this.invokedAtMs.get(value) ?? -1;
      this.latestAcknowledgedInvocationMs = Math.max(this.latestAcknowledgedInvocationMs, invokedAtMs);
      this.world.record('ok', { client: client.id, value, offset: outcome.offset });
      this.checker.acknowledged(value, outcome.offset);
      client.leaderGuess = target.id;
    } else {
      this.world.record('fail', { client: client.id, value, reason: outcome.reason });
      this.checker.failed(value);
      client.leaderGuess = outcome.leader;
    }
    if (client.current !== value) return;
    client.current = null;
    this.next(client);
  }

  private next(client: Client): void {
    if (!this.running) return;
    this.world.schedule(this.random.nextInt(this.options.thinkMs + 1), null, () => this.propose(client));
  }

  private latency(): number {
    return this.options.latencyMs * (0.5 + this.random.nextFloat());
  }
}
