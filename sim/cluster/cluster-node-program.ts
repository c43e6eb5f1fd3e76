// The nodes of the whole-cluster workload: `controllers` combined nodes (broker and controller,
// the voters of one static quorum) and `brokers` broker-only nodes (observers of the metadata
// log), each the real WeirNode (src/node/weir-node.ts) on a simulated machine. Part of
// sim/cluster/. Machine ids 1..controllers are the combined nodes, the rest broker-only.
import type { RaftStatus } from '../../raft/mod.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { buildNodeConfig, type NodeConfig } from '../../src/config/node-config.js';
import { createLogger } from '../../src/log/logger.js';
import { WeirNode } from '../../src/node/weir-node.js';
import type { RaftDriverTap } from '../../src/quorum/observer-tap.js';
import type { Disk } from '../../src/runtime/seam.js';
import { controllerAddressOf, kafkaAddressOf, SIMULATED_CLUSTER_ID } from '../kafka/weir-node-program.js';
import type { NodeProgram, ProgramContext, SimMachine } from '../machine.js';
import { skipQuorumStateSync } from '../unsafe-disk.js';
import { nodeSwitches, type NodeSwitches } from '../node-switches.js';

export interface ClusterShape {
  /** Combined nodes (machines 1..controllers), the quorum's voters. */
  readonly controllers: number;
  /** Broker-only nodes (the machines after them). */
  readonly brokers: number;
}

/** broker.session.timeout.ms of the simulated brokers: short, so fencing happens within a run. */
export const sessionTimeoutMs = 1500;

/** The configuration of machine `id`'s node in a cluster of `shape`. */
export function clusterNodeConfig(id: number, shape: ClusterShape,
  extra: ReadonlyArray<readonly [string, string]> = []): NodeConfig {
  const isController = id <= shape.controllers;
  const voters = Array.from({ length: shape.controllers }, (_, index) => `${index + 1}@${controllerAddressOf(index + 1)}`);
  return buildNodeConfig('', [
    ['node.id', String(id)],
    ['process.roles', isController ? 'broker,controller' : 'broker'],
    ['controller.quorum.voters', voters.join(',')],
    ['listeners', isController ? `PLAINTEXT://${kafkaAddressOf(id)},CONTROLLER://${controllerAddressOf(id)}` : `PLAINTEXT://${kafkaAddressOf(id)}`],
    ['log.dirs', '/data/kafka'],
    ['metadata.log.dir', '/data/metadata'],
    ['auto.create.topics.enable', 'false'],
    ['controller.quorum.election.timeout.ms', '200'],
    ['controller.quorum.fetch.timeout.ms', '400'],
    ['broker.session.timeout.ms', String(sessionTimeoutMs)],
    ['broker.heartbeat.interval.ms', '250'],
    ...extra,
  ]);
}

export interface ClusterNodeProgramOptions {
  readonly shape: ClusterShape;
  /** Check each image's invariants inside the node (default true; a control may turn it off). */
  readonly nodeInvariants?: boolean;
  /** Test only: the switches each machine id's node runs with (negative controls). */
  readonly testOnly?: ReadonlyMap<number, NodeSwitches>;
  /** Listens to each node's metadata-quorum driver (the Raft checkers), per machine. */
  readonly raftTap?: (machine: SimMachine<unknown>, status: () => RaftStatus | null) => RaftDriverTap;
  /** More node settings, after the cluster's own (the replication workload's replica lag). */
  readonly extraConfig?: ReadonlyArray<readonly [string, string]>;
}

/** Runs machine `id`'s WeirNode; warnings and errors go to the trace. */
export class ClusterNodeProgram implements NodeProgram<WeirNode> {
  constructor(private readonly options: ClusterNodeProgramOptions) {}

  start(context: ProgramContext): Promise<WeirNode> {
    const { world, runtime, machine, process } = context;
    const logger = createLogger({ now: () => runtime.clock.now(), level: 'warn',
      component: `node ${machine.id}#${process.incarnation}`,
      sink: (line) => world.record('log', { node: machine.id, line }) });
    const switches = this.options.testOnly?.get(machine.id);
    const broken = switches === undefined ? {} : nodeSwitches(switches);
    const tapOf = this.options.raftTap;
    return WeirNode.start({
      runtime, config: clusterNodeConfig(machine.id, this.options.shape, this.options.extraConfig), logger, metrics: noopBrokerMetrics(),
      checkInvariants: this.options.nodeInvariants ?? true, onFatal: (error) => context.fatal(error),
      clusterId: SIMULATED_CLUSTER_ID,
      ...(broken.cluster === undefined ? {} : { testOnlyBreakCluster: broken.cluster }),
      ...(broken.raft === undefined ? {} : { testOnlyBreakRaft: broken.raft }),
      ...(broken.replication === undefined ? {} : { testOnlyBreakReplication: broken.replication }),
      ...(broken.groups === undefined ? {} : { testOnlyBreakGroups: broken.groups }),
      ...(tapOf === undefined ? {} : { raftTap: (status: () => RaftStatus | null) => tapOf(machine, status) }),
    });
  }

  wrapDisk(disk: Disk, machine: SimMachine<unknown>): Disk {
    return this.options.testOnly?.get(machine.id)?.skipQuorumStateSync === true ? skipQuorumStateSync(disk) : disk;
  }

  stop(node: WeirNode): Promise<void> {
    return node.stop();
  }
}
