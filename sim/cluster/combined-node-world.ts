// The world a replicated workload (sim/replication/, sim/groups/) runs on: `nodes` combined
// WeirNodes (each a voter and a broker) on a stream network, watched by the cluster checkers.
// Each workload adds its own clients, checkers and nemesis on top.
import type { WeirNode } from '../../src/node/weir-node.js';
import type { ClusterTestOnlyOptions } from '../cluster-switches.js';
import { defaultDiskLatency } from '../cluster.js';
import { SimMachine } from '../machine.js';
import { swarmStreamNetwork, type SimNetwork } from '../sim-network.js';
import type { TraceSink } from '../trace.js';
import { World } from '../world.js';
import { ClusterCheckers } from './cluster-checkers.js';
import { ClusterNodeProgram } from './cluster-node-program.js';

export interface CombinedNodeWorld {
  readonly world: World;
  readonly network: SimNetwork;
  /** Reports an anomaly: the world fails with it. */
  readonly report: (anomaly: string, message: string) => void;
  readonly machines: readonly SimMachine<WeirNode>[];
}

/** Builds the world of `nodes` combined nodes with `extraConfig` on every one (not started). */
export function combinedNodeWorld(options: ClusterTestOnlyOptions & {
  readonly seed: number;
  readonly nodes: number;
  readonly traceSink?: TraceSink | null;
  readonly extraConfig: ReadonlyArray<readonly [string, string]>;
}): CombinedNodeWorld {
  const world = new World({ seed: options.seed, traceSink: options.traceSink ?? null });
  const network = swarmStreamNetwork(world);
  const report = (anomaly: string, message: string): void => world.fail(anomaly, message);
  const program = new ClusterNodeProgram({ shape: { controllers: options.nodes, brokers: 0 },
    nodeInvariants: options.noNodeInvariants !== true, extraConfig: options.extraConfig,
    ...(options.testOnly === undefined ? {} : { testOnly: options.testOnly }) });
  const machines = Array.from({ length: options.nodes },
    (_, index) => new SimMachine<WeirNode>(index + 1, program, { world, network, diskLatency: defaultDiskLatency }));
  new ClusterCheckers(world, machines);
  return { world, network, report, machines };
}
