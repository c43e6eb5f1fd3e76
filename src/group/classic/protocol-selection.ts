// Which protocol (for consumers: which assignor, "range", "cooperative-sticky", ...) a classic
// group uses for a generation. Every member lists the protocols it supports, most preferred
// first. Kafka's rule (ClassicGroup.selectProtocol): the candidates are the protocols *every*
// member supports; each member votes for its most preferred candidate; the most votes win.
// Kafka breaks a tie by hash-map order; Weir breaks it by the order of the first member's list
// (the oldest member), so the choice is deterministic. Pure.
//
// The admission rule goes with it (ClassicGroup.supportsProtocols): a member may join an empty
// group with any non-empty protocol type and list; a non-empty group only with the group's
// protocol type and at least one protocol every current member supports, so that a common
// protocol always exists. Invariant: a non-empty group's members share at least one protocol.
import assert from 'node:assert/strict';

/** The protocols a member supports, most preferred first (JoinGroup's order). */
export type ProtocolPreference = readonly string[];

/** The protocols all of `members` support, in the first member's order. */
export function candidateProtocols(members: readonly ProtocolPreference[]): string[] {
  assert.ok(members.length > 0, 'a protocol is selected for a non-empty group');
  const [first, ...others] = members as [ProtocolPreference, ...ProtocolPreference[]];
  return first.filter((name) => others.every((preference) => preference.includes(name)));
}

/**
 * The protocol the group uses: the candidate with most votes, each member voting for its most
 * preferred candidate.
 *
 * @example
 * selectProtocol([['range', 'roundrobin'], ['roundrobin', 'range'], ['roundrobin']]); // 'roundrobin'
 */
export function selectProtocol(members: readonly ProtocolPreference[]): string {
  const candidates = candidateProtocols(members);
  assert.ok(candidates.length > 0, 'the members of a group share a protocol');
  const votes = new Map<string, number>(candidates.map((name) => [name, 0]));
  for (const preference of members) {
    const vote = preference.find((name) => votes.has(name));
    assert.ok(vote !== undefined, 'every member supports a candidate');
    votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  let winner = candidates[0] as string;
  for (const name of candidates) {
    if ((votes.get(name) ?? 0) > (votes.get(winner) ?? 0)) winner = name;
  }
  return winner;
}

/** What a joining member brings and what the group has, for the admission rule. */
export interface ProtocolAdmission {
  readonly groupIsEmpty: boolean;
  /** The group's protocol type; undefined when it has none yet. */
  readonly groupProtocolType: string | undefined;
  /** The protocols of the group's current members; a rejoining member is counted with its old
   *  list, as Kafka counts it (so a lone member cannot swap every protocol at once). */
  readonly members: readonly ProtocolPreference[];
  readonly memberProtocolType: string;
  readonly memberProtocols: ProtocolPreference;
}

/** Whether a member may join: false is answered INCONSISTENT_GROUP_PROTOCOL. */
export function supportsProtocols(admission: ProtocolAdmission): boolean {
  if (admission.memberProtocolType === '' || admission.memberProtocols.length === 0) return false;
  if (admission.groupIsEmpty) return true;
  if (admission.groupProtocolType !== admission.memberProtocolType) return false;
  return admission.memberProtocols.some((name) => admission.members.every((preference) => preference.includes(name)));
}
