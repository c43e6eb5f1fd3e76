// The Weir node as a program of a simulated machine (sim/machine.ts): the whole node
// (src/node/weir-node.ts: Raft over the metadata log, controller, broker, Kafka listener) on the
// simulated runtime, with its configuration, its addresses and its clean stop (WeirNode.stop
// answers in-flight requests and flushes the logs, the SIGTERM path). Part of sim/kafka/. The
// machine carries out the node faults; a disk error the node reports as fatal ends its process,
// and the machine starts it again.
import type { Uuid } from '../../src/protocol/mod.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { buildNodeConfig, type NodeConfig } from '../../src/config/node-config.js';
import { createLogger } from '../../src/log/logger.js';
import { WeirNode } from '../../src/node/weir-node.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import type { NodeProgram, ProgramContext, SimMachine } from '../machine.js';

/**
 * The workload's topics' flush policy, which decides what an acknowledgement promises (see
 * README.md): 'every-message' creates them with flush.messages=1 (each append is fsynced before
 * it is acknowledged or visible); 'never' keeps Kafka's default (the OS flushes when it likes).
 */
export type FlushPolicy = 'every-message' | 'never';

/** The Kafka client listener of the node on machine `id`. */
export function kafkaAddressOf(id: number): string {
  return `node-${id}:9092`;
}

/** The controller (Raft RPC) listener of the node on machine `id`. */
export function controllerAddressOf(id: number): string {
  return `node-${id}:9093`;
}

/** The Kafka listener the workload's clients bootstrap from (the first machine's). */
export const kafkaAddress = kafkaAddressOf(1);

/**
 * The configuration of the node on machine `id` of `nodeCount`: combined nodes (broker and
 * controller) with a static quorum of every machine, Kafka's defaults otherwise (the flush
 * policy is set per topic by the workload). With one machine: a KRaft quorum of one.
 */
/** The cluster id every simulated node's directories are formatted with (one cluster per world). */
export const SIMULATED_CLUSTER_ID = 'c2ltdWxhdGVkLWNsdXN0ZQ' as Uuid;

export function simulatedNodeConfig(id: number, nodeCount: number): NodeConfig {
  const voters = Array.from({ length: nodeCount }, (_, index) => `${index + 1}@${controllerAddressOf(index + 1)}`);
  return buildNodeConfig('', [
    ['node.id', String(id)],
    ['controller.quorum.voters', voters.join(',')],
    ['listeners', `PLAINTEXT://${kafkaAddressOf(id)},CONTROLLER://${controllerAddressOf(id)}`],
    ['log.dirs', '/data/kafka'],
    ['metadata.log.dir', '/data/metadata'],
    ['auto.create.topics.enable', 'false'],
    ['controller.quorum.election.timeout.ms', '200'],
    ['controller.quorum.fetch.timeout.ms', '400'],
    // A small segment size makes segment rolls (and their directory syncs) part of every run.
    ['log.segment.bytes', '4096'],
  ]);
}

export interface WeirNodeProgramOptions {
  /** How many machines run a node; each is a voter of the static quorum. */
  readonly nodeCount: number;
  /** Test only: the node's partition logs break durability on purpose (negative controls). */
  readonly testOnlyNode?: TestOnlyBreakDurability;
}

/** Runs a whole Weir node on a machine; warnings and errors go to the trace. */
export class WeirNodeProgram implements NodeProgram<WeirNode> {
  constructor(private readonly options: WeirNodeProgramOptions) {}

  start(context: ProgramContext): Promise<WeirNode> {
    const { world, runtime, machine, process } = context;
    // Deterministic: the logger's clock is the runtime's.
    const logger = createLogger({ now: () => runtime.clock.now(), level: 'warn',
      component: `node ${machine.id}#${process.incarnation}`,
      sink: (line) => world.record('log', { node: machine.id, line }) });
    return WeirNode.start({
      runtime, config: simulatedNodeConfig(machine.id, this.options.nodeCount), logger, metrics: noopBrokerMetrics(),
      checkInvariants: true, onFatal: (error) => context.fatal(error), clusterId: SIMULATED_CLUSTER_ID,
      ...(this.options.testOnlyNode === undefined ? {} : { testOnlyBreakDurability: this.options.testOnlyNode }),
    });
  }

  started(context: ProgramContext, node: WeirNode): void {
    const { world, machine, process } = context;
    void node.ready().then(() => {
      if (process.state !== 'stopped') world.record('ready', { node: machine.id, incarnation: process.incarnation });
    });
  }

  stop(node: WeirNode): Promise<void> {
    return node.stop();
  }
}

/** Whether the machine's node process runs and the node reported ready. */
export function isReady(machine: SimMachine<WeirNode>): boolean {
  return machine.status === 'up' && machine.node !== null && machine.node.isReady();
}

/** Where a corrupt fault flips a bit on a Weir node's disk: synced bytes of a log segment. */
export function isLogSegment(path: string): boolean {
  return path.startsWith('/data/') && path.endsWith('.log');
}
