// Throughput of the Raft core alone (`make bench`): three voters in one process, no I/O, no
// serialization, the in-memory harness of test/support/raft-harness.ts doing what a driver does
// (persist into arrays, queue messages, apply). It proposes 100-byte entries in batches on the
// leader, ticks every node and delivers every message until quiet, round after round, and prints
// entries committed per second and inputs (messages stepped plus ticks) per second. The harness
// does not run the safety checkers or the cores' checkInvariants() here, so the figure is the
// cost of the core and a minimal driver. Snapshots every so often keep memory flat, as they do
// in a real node. It prints figures and asserts nothing.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { RaftHarness } from '../test/support/raft-harness.js';

const entryBytes = 100;
const snapshotEveryEntries = 20_000;

interface Figures {
  readonly committedEntries: number;
  readonly inputs: number;
  readonly elapsedMs: number;
  /** CPU time this process used meanwhile: on a shared machine the fairer denominator. */
  readonly cpuMs: number;
}

function electLeader(harness: RaftHarness): number {
  for (let ticks = 0; ticks < 1000; ticks++) {
    harness.tickAll();
    harness.stabilize();
    const leader = harness.leaders()[0];
    if (leader !== undefined) return leader.id;
  }
  assert.fail('no leader within 1000 ticks');
}

function committedOn(harness: RaftHarness, id: number): number {
  return harness.node(id).core.status().highWatermark;
}

/** Runs batches of `batchSize` proposals for about `durationMs` of wall-clock time. */
function measure(batchSize: number, durationMs: number): Figures {
  const harness = new RaftHarness({
    voters: [1, 2, 3],
    seed: 7,
    electionTimeoutTicks: 10,
    fetchTimeoutTicks: 50,
    maxEntriesPerFetch: 512,
    checkInvariants: false,
    keepPayloads: false,
  });
  const leader = electLeader(harness);
  const payloads = Array.from({ length: batchSize }, (_, index) => new Uint8Array(entryBytes).fill(index % 256));
  const startCommitted = committedOn(harness, leader);
  const startInputs = harness.counts.steps + harness.counts.ticks;
  let lastSnapshot = startCommitted;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    const result = harness.propose(leader, payloads);
    assert.ok(result.ok, 'the leader stays leader in a fault-free run');
    harness.tickAll();
    harness.stabilize();
    const committed = committedOn(harness, leader);
    if (committed - lastSnapshot >= snapshotEveryEntries) {
      for (const id of harness.ids()) harness.takeSnapshot(id);
      lastSnapshot = committed;
    }
    elapsedMs = performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    committedEntries: committedOn(harness, leader) - startCommitted,
    inputs: harness.counts.steps + harness.counts.ticks - startInputs,
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function perSecond(count: number, milliseconds: number): string {
  return Math.round((count * 1000) / milliseconds).toLocaleString('en-US');
}

function report(label: string, figures: Figures): void {
  const { committedEntries, inputs, elapsedMs, cpuMs } = figures;
  const megabytesPerSecond = ((committedEntries * entryBytes) / elapsedMs / 1000).toFixed(1);
  process.stdout.write(
    `${label}: ${perSecond(committedEntries, elapsedMs)} entries committed/s ` +
      `(${megabytesPerSecond} MB/s of payload), ` +
      `${perSecond(inputs, elapsedMs)} events stepped/s (messages + ticks); ` +
      `per CPU second: ${perSecond(committedEntries, cpuMs)} entries, ${perSecond(inputs, cpuMs)} events; ` +
      `${committedEntries.toLocaleString('en-US')} entries in ${(elapsedMs / 1000).toFixed(1)} s\n`,
  );
}

/** `make bench` entry point. */
export default async function benchRaft(): Promise<void> {
  process.stdout.write(`raft core, 3 voters in memory, ${entryBytes}-byte entries, no I/O\n`);
  measure(100, 300); // Warm-up: let the JIT settle before measuring.
  report('batches of 100', measure(100, 3000));
  report('batches of 1  ', measure(1, 1000));
}
