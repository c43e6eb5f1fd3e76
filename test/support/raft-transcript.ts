// The commands of the Raft transcripts (test/raft/testdata/*.txt), run by transcript.ts over a
// RaftHarness. Each command prints what a reader needs to follow the story: the messages as they
// cross the network, the events each causes on its receiver (indented under it), results and
// states. The safety checkers run after every input, so a transcript also fails on a violation.
//
// Commands (ids are node ids; a filter is `1->2`, `1->*` or `*->2`, optionally `type=FetchRequest`):
//   cluster voters=1,2,3 [observers=4] [election-timeout=10] [fetch-timeout=15] [seed=1]
//           [max-entries=64] [chunk-bytes=65536] [unsafe=commit-without-current-epoch-entry]
//                               build the cluster; prints every status. `unsafe` names one of
//                               the core's test-only switches (TestOnlyUnsafe, in kebab case)
//   add-node 4                  a new node that knows only the bootstrap voters (an observer)
//   tick 1 2 | all [times=N]    ticks those nodes N times (default 1), in id order each time
//   campaign 1                  ticks node 1 alone until its timeout makes it prospective
//   run [ticks=N]               time passes: N times, tick every node, then deliver until
//                               quiet; prints the events only (messages are not shown)
//   deliver [filter] [count=N] [order=newest]
//                               delivers the messages in flight now, in send order (one
//                               round), or only the first N, or newest first (reordering)
//   stabilize [filter]          delivers rounds until nothing (matching) is in flight
//   drop [filter] | duplicate [filter] | in-flight
//   partition 1 | 2 3           only nodes in one group reach each other; `heal` undoes it
//   propose 1 "x" "y"           proposes data entries on node 1
//   resign 1 [successors=2,3]   node 1 resigns (EndQuorumEpoch)
//   add-voter 1 4 | remove-voter 1 4   a voter change proposed on leader 1
//   snapshot 1 [at=N]           node 1's state machine snapshots at end offset N (all applied)
//   crash 3 | restart 3         crash keeps only the durable record; restart reads it back
//   torn-crash 3 cut=2          node 3 crashes during its next Ready with something to persist,
//                               after durable step `cut` (0-4, see TornCut in harness-node.ts)
//   status [ids] | log 1 | state 1
import assert from 'node:assert/strict';
import {
  renderEvent, type ChangeResult, type MessageType, type RaftEvent, type TestOnlyUnsafe,
} from '../../raft/mod.js';
import {
  RaftHarness, SafetyViolationError, matchesFilter, type Delivery, type MessageFilter, type TornCut,
} from './raft-harness.js';
import { renderViolation } from './raft-harness.js';
import { renderEntry, renderMessage, renderOffsetAndEpoch, renderPayload } from './raft-render.js';
import type { CommandHandler, TranscriptCommand } from './transcript.js';

const encoder = new TextEncoder();

/** A command handler with its own cluster, for one transcript file. */
export function createRaftCommandHandler(): CommandHandler {
  let harness: RaftHarness | null = null;
  const cluster = (): RaftHarness => {
    assert.ok(harness !== null, 'the transcript starts with `cluster`');
    return harness;
  };
  return (command) => {
    if (command.name === 'cluster') {
      harness = createCluster(command);
      harness.drainEvents(); // Every node starts unattached; the statuses say so.
      return renderStatuses(harness, harness.ids());
    }
    try {
      const output = runCommand(cluster(), command);
      return [...output, ...cluster().drainEvents().map(renderEvent)];
    } catch (error) {
      // A violation is output, not a crash: a negative-control transcript expects one, and in
      // any other transcript it shows up in the diff right after the events that caused it.
      if (!(error instanceof SafetyViolationError)) throw error;
      const violations = error.violations.map((violation) => `SAFETY VIOLATION ${renderViolation(violation)}`);
      return [...cluster().drainEvents().map(renderEvent), ...violations];
    }
  };
}

function createCluster(command: TranscriptCommand): RaftHarness {
  const number = (key: string): number | undefined => {
    const text = command.keywords.get(key);
    return text === undefined ? undefined : Number(text);
  };
  const voters = parseIds(command.keywords.get('voters') ?? '');
  const observers = parseIds(command.keywords.get('observers') ?? '');
  return new RaftHarness({
    voters,
    observers,
    seed: number('seed') ?? 1,
    electionTimeoutTicks: number('election-timeout') ?? 10,
    fetchTimeoutTicks: number('fetch-timeout') ?? 15,
    ...(number('max-entries') === undefined ? {} : { maxEntriesPerFetch: number('max-entries') }),
    ...(number('chunk-bytes') === undefined ? {} : { snapshotChunkBytes: number('chunk-bytes') }),
    ...unsafeSwitch(command.keywords.get('unsafe')),
    checkSafety: true,
    recordEvents: true,
  });
}

/** `unsafe=grant-votes-without-log-check` -> `{ testOnlyBreakSafety: { grantVotesWithoutLogCheck: true } }`. */
function unsafeSwitch(name: string | undefined): { testOnlyBreakSafety?: TestOnlyUnsafe } {
  if (name === undefined) return {};
  const key = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const known: readonly (keyof TestOnlyUnsafe)[] = [
    'grantVotesWithoutLogCheck', 'commitWithoutCurrentEpochEntry', 'grantMultipleVotesPerEpoch', 'disableCheckQuorum',
  ];
  if (!(known as readonly string[]).includes(key)) throw new Error(`Cannot break safety rule "${name}": unknown switch`);
  return { testOnlyBreakSafety: { [key]: true } };
}

function runCommand(harness: RaftHarness, command: TranscriptCommand): string[] {
  const args = command.positional;
  switch (command.name) {
    case 'add-node': harness.addNode(id(args[0])); return [];
    case 'tick': return tick(harness, command);
    case 'campaign': return campaign(harness, id(args[0]));
    case 'run': return run(harness, Number(command.keywords.get('ticks') ?? '1'));
    case 'deliver': return deliver(harness, command);
    case 'stabilize': return renderDeliveries(harness, harness.stabilize(parseFilter(command)));
    case 'drop': return dropOrDuplicate(harness, command, 'dropped');
    case 'duplicate': return dropOrDuplicate(harness, command, 'duplicated');
    case 'in-flight': return harness.network.inFlight.map((item) => renderMessage(item.message));
    case 'partition': return partition(harness, args);
    case 'heal': harness.heal(); return ['network healed'];
    case 'propose': return propose(harness, command);
    case 'resign': return resign(harness, command);
    case 'add-voter': return renderChange(harness.addVoter(id(args[0]), id(args[1])));
    case 'remove-voter': return renderChange(harness.removeVoter(id(args[0]), id(args[1])));
    case 'snapshot': return snapshot(harness, command);
    case 'crash': harness.crash(id(args[0])); return [`node ${args[0]} crashed`];
    case 'restart': harness.restart(id(args[0])); return [];
    case 'torn-crash': return tornCrash(harness, command);
    case 'status': return renderStatuses(harness, args.length === 0 ? harness.ids() : args.map(id));
    case 'log': return renderLog(harness, id(args[0]));
    case 'state': return renderState(harness, id(args[0]));
    default: throw new Error(`Cannot run command "${command.name}": unknown command`);
  }
}

function id(text: string | undefined): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`Cannot read node id: "${text}"`);
  return value;
}

function parseIds(text: string): number[] {
  return text === '' ? [] : text.split(',').map(id);
}

function parseFilter(command: TranscriptCommand): MessageFilter {
  const route = command.positional[0];
  const type = command.keywords.get('type') as MessageType | undefined;
  let filter: MessageFilter = type === undefined ? {} : { type };
  if (route !== undefined) {
    const match = /^(\d+|\*)->(\d+|\*)$/.exec(route);
    if (match === null) throw new Error(`Cannot read route "${route}": expected 1->2, 1->* or *->2`);
    const [, from, to] = match;
    if (from !== '*') filter = { ...filter, from: id(from) };
    if (to !== '*') filter = { ...filter, to: id(to) };
  }
  return filter;
}

function tick(harness: RaftHarness, command: TranscriptCommand): string[] {
  const times = Number(command.keywords.get('times') ?? '1');
  const ids = command.positional[0] === 'all' ? harness.ids() : command.positional.map(id);
  for (let round = 0; round < times; round++) for (const node of ids) harness.tick(node);
  return harness.drainEvents().map(renderEvent);
}

function campaign(harness: RaftHarness, node: number): string[] {
  const core = harness.node(node).core;
  for (let ticks = 1; ticks <= 1000; ticks++) {
    harness.tick(node);
    if (core.status().role === 'prospective') {
      return [`node ${node} ticked ${ticks} times`, ...harness.drainEvents().map(renderEvent)];
    }
  }
  assert.fail(`node ${node} did not become prospective within 1000 ticks`);
}

function deliver(harness: RaftHarness, command: TranscriptCommand): string[] {
  const filter = parseFilter(command);
  let chosen = harness.network.inFlight.filter((item) => matchesFilter(item.message, filter));
  if (command.keywords.get('order') === 'newest') chosen = [...chosen].reverse();
  const count = command.keywords.get('count');
  if (count !== undefined) chosen = chosen.slice(0, Number(count));
  return renderDeliveries(harness, chosen.map((item) => harness.deliver(item.sequence)));
}

function run(harness: RaftHarness, ticks: number): string[] {
  for (let round = 0; round < ticks; round++) {
    harness.tickAll();
    harness.stabilize();
  }
  return harness.drainEvents().map(renderEvent);
}

/** Each message delivered, then the events it caused on its receiver, indented under it. */
function renderDeliveries(harness: RaftHarness, deliveries: readonly Delivery[]): string[] {
  harness.drainEvents(); // Already attributed to their deliveries below.
  const lines: string[] = [];
  for (const delivery of deliveries) {
    lines.push(renderMessage(delivery.message));
    if (delivery.outcome === 'lost-partition') lines.push('  lost: partitioned');
    if (delivery.outcome === 'lost-crashed') lines.push('  lost: receiver is down');
    lines.push(...delivery.events.map((event) => `  ${renderEvent(event)}`));
  }
  return lines;
}

function dropOrDuplicate(harness: RaftHarness, command: TranscriptCommand, verb: 'dropped' | 'duplicated'): string[] {
  const filter = parseFilter(command);
  const chosen = harness.network.inFlight.filter((item) => matchesFilter(item.message, filter));
  for (const item of chosen) {
    if (verb === 'dropped') harness.network.take(item.sequence);
    else harness.network.duplicate(item.sequence);
  }
  return chosen.map((item) => `${verb}: ${renderMessage(item.message)}`);
}

function partition(harness: RaftHarness, args: readonly string[]): string[] {
  const groups: number[][] = [[]];
  for (const arg of args) {
    if (arg === '|') groups.push([]);
    else (groups[groups.length - 1] as number[]).push(id(arg));
  }
  harness.partition(groups);
  return [`partitioned: ${groups.map((group) => group.join(' ')).join(' | ')}`];
}

function propose(harness: RaftHarness, command: TranscriptCommand): string[] {
  const [node, ...payloads] = command.positional;
  const result = harness.propose(id(node), payloads.map((payload) => encoder.encode(payload)));
  const head = result.ok
    ? `proposed at offsets ${result.offsets.join(',')}`
    : `refused: ${result.error}, leader ${result.leader ?? 'unknown'}`;
  return [head, ...harness.drainEvents().map(renderEvent)];
}

function resign(harness: RaftHarness, command: TranscriptCommand): string[] {
  const successors = command.keywords.get('successors');
  harness.resign(id(command.positional[0]), successors === undefined ? undefined : parseIds(successors));
  return [];
}

function renderChange(result: ChangeResult): string[] {
  if (result.ok) return [`voters entry proposed at offset ${result.offset}`];
  return [`refused: ${result.error}, leader ${result.leader ?? 'unknown'}`];
}

function tornCrash(harness: RaftHarness, command: TranscriptCommand): string[] {
  const cut = Number(command.keywords.get('cut') ?? '0');
  if (![0, 1, 2, 3, 4].includes(cut)) throw new Error(`Cannot arm a torn crash: cut "${cut}" is not 0-4`);
  const node = id(command.positional[0]);
  harness.tornCrash(node, cut as TornCut);
  return [`node ${node} will crash after step ${cut} of its next Ready`];
}

function snapshot(harness: RaftHarness, command: TranscriptCommand): string[] {
  const at = command.keywords.get('at');
  harness.takeSnapshot(id(command.positional[0]), at === undefined ? undefined : Number(at));
  return [];
}

/** `node 1: follower of 3, epoch 1, voted for 3, voters [1,2,3], log [0,2), hw 2, applied 2`. */
function renderStatuses(harness: RaftHarness, ids: readonly number[]): string[] {
  return ids.map((node) => {
    const harnessNode = harness.node(node);
    if (!harnessNode.alive) return `node ${node}: crashed, durable epoch ${harnessNode.durable.hardState?.epoch ?? 0}`;
    const status = harnessNode.core.status();
    const role = status.role === 'follower' ? `follower of ${status.leader}` : status.role;
    const vote = status.votedFor === null ? '' : `, voted for ${status.votedFor}`;
    const kind = status.isVoter ? '' : ' (observer)';
    const snapshotId = status.snapshotId === null ? '' : `, snapshot ${renderOffsetAndEpoch(status.snapshotId)}`;
    return `node ${node}: ${role}${kind}, epoch ${status.epoch}${vote}, voters [${status.voters.join(',')}], ` +
      `log [${status.logStartOffset},${status.endOffset}), hw ${status.highWatermark}${snapshotId}`;
  });
}

function renderLog(harness: RaftHarness, node: number): string[] {
  const durable = harness.node(node).durable;
  const lines = durable.snapshot === null ? [] : [`snapshot ${renderOffsetAndEpoch(durable.snapshot.id)}`];
  lines.push(...durable.entries.map(renderEntry));
  return lines.length === 0 ? ['empty log'] : lines;
}

function renderState(harness: RaftHarness, node: number): string[] {
  const machine = harness.node(node).stateMachine;
  const texts = machine.texts().map((text) => renderPayload(encoder.encode(text)));
  return [`applied up to offset ${machine.appliedEnd}: [${texts.join(' ')}]`];
}

/** Events as transcript lines (exported for tests that print their own stories). */
export function renderEvents(events: readonly RaftEvent[]): string[] {
  return events.map(renderEvent);
}
