// The pure rules of the classic protocol, one rule per test: the state machine's transitions,
// protocol selection by votes (Kafka's ClassicGroup.selectProtocol), the admission rule, KIP-394
// member ids, group.max.size admission, and reading a subscription's topics from member metadata.
import { describe, expect, it } from 'vitest';
import { canRebalance, isValidTransition, type ClassicGroupState } from '../../../src/group/classic/classic-group-state.js';
import { candidateProtocols, selectProtocol, supportsProtocols } from '../../../src/group/classic/protocol-selection.js';
import { newMemberId, requiresKnownMemberId } from '../../../src/group/classic/member-id.js';
import { subscribedTopics } from '../../../src/group/classic/consumer-subscription.js';
import { isSessionTimeoutAllowed } from '../../../src/group/classic/join-rules.js';
import { subscription } from './classic-test-members.js';

const states: ClassicGroupState[] = ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead'];

describe('classic group state machine', () => {
  it('allows exactly the transitions of Kafka ClassicGroupState', () => {
    const allowed = states.flatMap((from) => states.filter((to) => isValidTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual([
      'CompletingRebalance->Dead', 'CompletingRebalance->PreparingRebalance', 'CompletingRebalance->Stable',
      'Dead->Dead', 'Empty->Dead', 'Empty->PreparingRebalance',
      'PreparingRebalance->CompletingRebalance', 'PreparingRebalance->Dead', 'PreparingRebalance->Empty',
      'Stable->Dead', 'Stable->PreparingRebalance',
    ]);
  });

  it('rebalances from Empty, Stable and CompletingRebalance only', () => {
    expect(states.filter(canRebalance)).toEqual(['Empty', 'CompletingRebalance', 'Stable']);
  });
});

describe('protocol selection', () => {
  it('candidates are the protocols every member supports', () => {
    expect(candidateProtocols([['range', 'roundrobin', 'sticky'], ['sticky', 'range'], ['range', 'sticky']]))
      .toEqual(['range', 'sticky']);
  });

  it('each member votes for its most preferred candidate; most votes win', () => {
    expect(selectProtocol([['range', 'roundrobin'], ['roundrobin', 'range'], ['roundrobin']])).toBe('roundrobin');
    expect(selectProtocol([['cooperative-sticky', 'range'], ['cooperative-sticky', 'range'], ['range']])).toBe('range');
    expect(selectProtocol([['a', 'b'], ['b', 'a'], ['a', 'b']])).toBe('a');
  });

  it('breaks a tie by the oldest member\'s order', () => {
    expect(selectProtocol([['b', 'a'], ['a', 'b']])).toBe('b');
  });

  it('admits into a non-empty group only the same protocol type with a common protocol', () => {
    const base = { groupIsEmpty: false, groupProtocolType: 'consumer', members: [['range', 'sticky'], ['sticky']] };
    expect(supportsProtocols({ ...base, memberProtocolType: 'consumer', memberProtocols: ['sticky'] })).toBe(true);
    expect(supportsProtocols({ ...base, memberProtocolType: 'consumer', memberProtocols: ['range'] })).toBe(false);
    expect(supportsProtocols({ ...base, memberProtocolType: 'connect', memberProtocols: ['sticky'] })).toBe(false);
    expect(supportsProtocols({ ...base, groupIsEmpty: true, memberProtocolType: 'connect', memberProtocols: ['x'] })).toBe(true);
    expect(supportsProtocols({ ...base, groupIsEmpty: true, memberProtocolType: '', memberProtocols: ['x'] })).toBe(false);
    expect(supportsProtocols({ ...base, groupIsEmpty: true, memberProtocolType: 'consumer', memberProtocols: [] })).toBe(false);
  });
});

describe('KIP-394 member ids and join admission', () => {
  it('makes ids from the client id, or the instance id of a static member', () => {
    expect(newMemberId({ clientId: 'kafkajs', groupInstanceId: null, uuid: 'u1' })).toBe('kafkajs-u1');
    expect(newMemberId({ clientId: 'kafkajs', groupInstanceId: 'host-1', uuid: 'u2' })).toBe('host-1-u2');
  });

  it('requires a known member id from JoinGroup v4', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(requiresKnownMemberId)).toEqual([false, false, false, false, true, true, true]);
  });

  it('bounds the session timeout by group.min/max.session.timeout.ms', () => {
    const bounds = { groupMinSessionTimeoutMs: 6000, groupMaxSessionTimeoutMs: 300_000 };
    expect([5999, 6000, 300_000, 300_001].map((ms) => isSessionTimeoutAllowed(ms, bounds))).toEqual([false, true, true, false]);
  });
});

describe('subscribed topics from consumer metadata', () => {
  it('reads the topics of every member (version 1 read through its version-0 prefix)', () => {
    const topics = subscribedTopics([subscription(['a', 'b'], [{ topic: 'a', partitions: [0] }]), subscription(['c'])]);
    expect([...(topics ?? [])].sort()).toEqual(['a', 'b', 'c']);
  });

  it('is unknown when a member\'s metadata does not decode', () => {
    expect(subscribedTopics([subscription(['a']), new Uint8Array([0, 1, 0xff])])).toBeUndefined();
  });
});
