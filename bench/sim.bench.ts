// Simulation speed (`make bench`): how many fault schedules the simulator explores per minute.
// Runs whole seeds of the Raft simulation (real node driver, every checker on) and prints
// simulated seconds per wall-clock second, seeds per minute and events per second, for 5 nodes
// with every fault family, and for 3 nodes without faults as the upper bound. Each figure is
// also given per CPU second of this process: on the shared machine the wall clock measures the
// neighbours as much as the simulator. The aim (issue 10) is printed beside the 5-node figure.
import { performance } from 'node:perf_hooks';
import { allFaultKinds, type FaultKind } from '../sim/nemesis.js';
import { runSimulation } from '../sim/run.js';

/** Issue 10's aim for 5 nodes with every checker on: simulated seconds per wall second. */
const aimSimulatedPerWallSecond = 100;

async function measure(label: string, nodes: number, faults: readonly FaultKind[], timeMs: number, seeds: number): Promise<number> {
  let simulatedMs = 0;
  let events = 0;
  const cpuBefore = process.cpuUsage();
  const startedMs = performance.now();
  for (let seed = 1; seed <= seeds; seed += 1) {
    const summary = await runSimulation({ seed, nodes, timeMs, faults });
    simulatedMs += summary.simulatedMs;
    events += summary.events;
  }
  const wallMs = performance.now() - startedMs;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const line = [
    label.padEnd(34),
    `${(simulatedMs / wallMs).toFixed(1)} simulated s per wall s (${(simulatedMs / cpuMs).toFixed(1)} per CPU s)`,
    `${((seeds * 60_000) / wallMs).toFixed(1)} seeds/min (${timeMs / 1000} s fault phase + liveness)`,
    `${Math.round((events * 1000) / wallMs)} events/s (${Math.round((events * 1000) / cpuMs)} per CPU s)`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
  return simulatedMs / wallMs;
}

export default async function main(): Promise<void> {
  await measure('warm-up', 3, [], 5000, 2);
  const fiveNodes = await measure('5 nodes, every fault, 60 s seeds', 5, allFaultKinds, 60_000, 4);
  process.stdout.write(`  aim: at least ${aimSimulatedPerWallSecond}x real time for 5 nodes (measured ${fiveNodes.toFixed(1)}x)\n`);
  await measure('3 nodes, every fault, 60 s seeds', 3, allFaultKinds, 60_000, 4);
  await measure('3 nodes, no faults, 60 s seeds', 3, [], 60_000, 2);
}
