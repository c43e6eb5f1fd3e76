// Simulation speed (`make bench`): how many fault schedules the simulator explores per minute.
// Runs whole seeds of the Raft simulation (real node driver, every checker on) and of the
// whole-cluster simulation (real WeirNodes, every checker on: the Raft checkers on the metadata
// quorum and the image checkers), and prints simulated seconds per wall-clock second, seeds per
// minute and events per second: the Raft workload for 5 nodes with every fault family and for 3
// nodes without faults as the upper bound, the cluster workload for 5 controllers and 2 brokers
// with every fault. Each figure is also given per CPU second of this process: on the shared
// machine the wall clock measures the neighbours as much as the simulator. The aim (issue 10) is
// printed beside the 5-node figures. `node dist/bench/run.js sim` runs it.
import { performance } from 'node:perf_hooks';
import { runClusterSimulation } from '../sim/cluster/cluster-run.js';
import { allFaultKinds, type FaultKind } from '../sim/nemesis.js';
import { runSimulation } from '../sim/run.js';

/** Issue 10's aim for 5 nodes with every checker on: simulated seconds per wall second. */
const aimSimulatedPerWallSecond = 100;

/** One seed's run: how much virtual time and how many events it took. */
type RunSeed = (seed: number) => Promise<{ readonly simulatedMs: number; readonly events: number }>;

/** Runs seeds 1..seeds and prints the figures; returns simulated s per CPU s. */
async function measure(label: string, runSeed: RunSeed, timeMs: number, seeds: number): Promise<number> {
  let simulatedMs = 0;
  let events = 0;
  const cpuBefore = process.cpuUsage();
  const startedMs = performance.now();
  for (let seed = 1; seed <= seeds; seed += 1) {
    const summary = await runSeed(seed);
    simulatedMs += summary.simulatedMs;
    events += summary.events;
  }
  const wallMs = performance.now() - startedMs;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const line = [
    label.padEnd(44),
    `${(simulatedMs / wallMs).toFixed(1)} simulated s per wall s (${(simulatedMs / cpuMs).toFixed(1)} per CPU s)`,
    `${((seeds * 60_000) / wallMs).toFixed(1)} seeds/min (${timeMs / 1000} s fault phase + liveness)`,
    `${Math.round((events * 1000) / wallMs)} events/s (${Math.round((events * 1000) / cpuMs)} per CPU s)`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
  return simulatedMs / cpuMs;
}

function raft(nodes: number, faults: readonly FaultKind[], timeMs: number): RunSeed {
  return (seed) => runSimulation({ seed, nodes, timeMs, faults });
}

function cluster(controllers: number, brokers: number, timeMs: number): RunSeed {
  return (seed) => runClusterSimulation({ seed, shape: { controllers, brokers }, timeMs });
}

function printAim(what: string, perCpuSecond: number): void {
  process.stdout.write(`  aim: at least ${aimSimulatedPerWallSecond}x real time for ${what} (measured ${perCpuSecond.toFixed(1)}x per CPU s)\n`);
}

export default async function main(): Promise<void> {
  await measure('warm-up', raft(3, [], 5000), 5000, 2);
  printAim('5 nodes', await measure('raft: 5 nodes, every fault, 60 s seeds', raft(5, allFaultKinds, 60_000), 60_000, 4));
  await measure('raft: 3 nodes, every fault, 60 s seeds', raft(3, allFaultKinds, 60_000), 60_000, 4);
  await measure('raft: 3 nodes, no faults, 60 s seeds', raft(3, [], 60_000), 60_000, 2);
  await measure('warm-up', cluster(3, 1, 3000), 3000, 1);
  printAim('5 controllers and 2 brokers', await measure('cluster: 5 + 2 nodes, every fault, 20 s seeds', cluster(5, 2, 20_000), 20_000, 4));
}
