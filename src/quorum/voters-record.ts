// The voter set with its addresses, as Kafka's KRaft keeps it (KIP-853): the value of every
// `voters` control record is a VotersRecord naming each voter's id, directory id and endpoints.
// Part of src/quorum/.
//
// Why the endpoints travel in the control record: an added voter's address must reach every
// node, including nodes that restart or join later, and must change exactly when the voter set
// does. The `voters` record is replicated, fsynced and truncated with the set it carries, so the
// two can never disagree, and the on-disk log is the one Kafka writes (control type 6, value a
// VotersRecord). The static controller.quorum.voters remain the bootstrap set, used until the
// log names voters of its own.
import { nodeId, type NodeId } from '../../raft/mod.js';
import {
  createVotersRecord, readVotersRecord, votersRecordVersions, writeVotersRecord,
} from '../protocol/generated/data/voters-record.js';
import { Reader, Writer, ZERO_UUID, type NodeId as WireNodeId, type Uuid } from '../protocol/mod.js';

/** One listener a voter is reached at. */
export interface VoterEndpoint {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** A voter as KIP-853 names it: its id, its metadata log directory's id and its endpoints. */
export interface VoterInfo {
  readonly id: NodeId;
  /** ZERO_UUID when unknown (a bootstrap voter of the static controller.quorum.voters). */
  readonly directoryId: Uuid;
  readonly endpoints: readonly VoterEndpoint[];
}

/** The supported range of the kraft.version feature a voter announces (Kafka's KIP-853: 0-1). */
const kraftVersions = { minSupportedVersion: 0, maxSupportedVersion: 1 };

/**
 * The bytes of a `voters` record for `voters`.
 * @example encodeVotersRecord([{ id: nodeId(1), directoryId: ZERO_UUID, endpoints: [...] }])
 */
export function encodeVotersRecord(voters: readonly VoterInfo[]): Uint8Array {
  const writer = new Writer(64 * (voters.length + 1));
  const version = votersRecordVersions.highestVersion;
  writeVotersRecord(writer, createVotersRecord({
    version,
    voters: [...voters].sort((left, right) => left.id - right.id).map((voter) => ({
      voterId: voter.id as unknown as WireNodeId,
      voterDirectoryId: voter.directoryId,
      endpoints: voter.endpoints.map((endpoint) => ({ ...endpoint })),
      kRaftVersionFeature: { ...kraftVersions },
    })),
  }), version);
  return writer.finish().slice();
}

/**
 * The voters a `voters` record's bytes name, or null for an empty payload (a record written
 * before endpoints travelled, or by a core test). Throws ProtocolDecodeError on malformed bytes.
 */
export function decodeVotersRecord(payload: Uint8Array): VoterInfo[] | null {
  if (payload.length === 0) return null;
  const reader = new Reader(payload);
  const record = readVotersRecord(reader, votersRecordVersions.highestVersion);
  reader.expectEnd('VotersRecord');
  return record.voters.map((voter) => ({
    id: nodeId(voter.voterId),
    directoryId: voter.voterDirectoryId,
    endpoints: voter.endpoints.map((endpoint) => ({ name: endpoint.name, host: endpoint.host, port: endpoint.port })),
  }));
}

/** The address the Raft driver dials for a voter: its first endpoint (the controller listener). */
export function dialAddress(voter: VoterInfo): string | null {
  const endpoint = voter.endpoints[0];
  return endpoint === undefined ? null : addressOf(endpoint.host, endpoint.port);
}

/** "host:port" for the runtime seam's connect, an IPv6 host in brackets. */
export function addressOf(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** A bootstrap voter known only by its address (controller.quorum.voters has no directory id). */
export function bootstrapVoter(id: NodeId, address: string, listenerName: string): VoterInfo {
  const cut = address.lastIndexOf(':');
  const host = address.slice(0, cut).replace(/^\[(.*)\]$/, '$1');
  return { id, directoryId: ZERO_UUID, endpoints: [{ name: listenerName, host, port: Number(address.slice(cut + 1)) }] };
}
