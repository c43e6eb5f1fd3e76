// The admin client of the whole-cluster workload: a client machine that, every round, sends a
// CreateTopics or DeleteTopics to a random broker (any broker forwards it to the active
// controller), so the metadata log grows with topic, partition and removal records while the
// nemesis strikes. Part of sim/cluster/. Outcomes go to the trace as `admin` lines; what is
// checked is the metadata the nodes apply (cluster-checkers.ts), not the answers.
import { KafkaClient } from '../../src/net/kafka-client/kafka-client.js';
import { deleteTopic } from '../kafka/kafka-admin-requests.js';
import { createTopics, type KafkaSend } from '../kafka/kafka-requests.js';
import { kafkaAddressOf } from '../kafka/weir-node-program.js';
import type { Prng } from '../prng.js';
import { HostClock, SimClock } from '../sim-clock.js';
import type { SimNetwork } from '../sim-network.js';
import { SimProcess, type World } from '../world.js';

/** How long one admin request may take before its outcome is indeterminate. */
const adminTimeoutMs = 1500;
/** Pause between two rounds. */
const thinkMs = 60;

export class ClusterAdmin {
  readonly process = new SimProcess('admin', 0);
  private readonly client: KafkaClient;
  private readonly random: Prng;
  private readonly topics: string[] = [];
  private nextTopic = 0;
  private running = false;
  /** Requests answered with no error (for the summary). */
  done = 0;

  constructor(private readonly world: World, network: SimNetwork, private readonly brokerIds: readonly number[]) {
    this.random = world.random.fork('admin/choices');
    this.client = new KafkaClient({
      clock: new SimClock(world, this.process, new HostClock(world)),
      random: world.random.fork('admin/kafka-client'),
      network: network.forProcess('admin', this.process),
      clientId: 'admin',
      requestTimeoutMs: adminTimeoutMs,
      backoff: { backoffMs: 20, backoffMaxMs: 100 },
      onUntrustedAnswer: (reason) => world.fail('assertion', `the admin got an answer that breaks the protocol: ${reason}`),
    });
  }

  /** Starts the rounds (as events of the admin's process). */
  start(): void {
    this.running = true;
    this.world.schedule(thinkMs, this.process, () => { void this.round(); });
  }

  stop(): void {
    this.running = false;
  }

  private async round(): Promise<void> {
    if (!this.running || this.world.violation !== null) return;
    const broker = this.random.pick(this.brokerIds);
    const send: KafkaSend = (request) => this.client.send(kafkaAddressOf(broker), request);
    if (this.topics.length < 3 || this.random.chance(0.4)) {
      const name = `topic-${this.nextTopic++}`;
      const created = await createTopics(send, [{ name, partitions: 1 + this.random.nextInt(3) }],
        { flushEveryMessage: false, timeoutMs: adminTimeoutMs });
      this.world.record('admin', { operation: 'create', target: name, broker, result: created ? 'done' : 'not done' });
      if (created) {
        this.done += 1;
        this.topics.push(name);
      }
    } else {
      const name = this.random.pick(this.topics);
      const outcome = await deleteTopic(send, name, adminTimeoutMs);
      this.world.record('admin', { operation: 'delete', target: name, broker, result: outcome.kind });
      // Whatever the outcome, the name is not used again: an indeterminate deletion may have happened.
      this.topics.splice(this.topics.indexOf(name), 1);
      if (outcome.kind === 'done') this.done += 1;
    }
    if (this.running) this.world.schedule(thinkMs, this.process, () => { void this.round(); });
  }
}
