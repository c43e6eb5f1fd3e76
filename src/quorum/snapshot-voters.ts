// The control records at the start of every snapshot the driver takes (KIP-853): a
// KRaftVersionRecord, then a VotersRecord naming the voter set in force at the snapshot's end
// with each voter's directory id and endpoints, then the state machine's own data. Part of
// src/quorum/. Kafka's snapshots open the same way (after their SnapshotHeader), so that a node
// restored from a snapshot alone, at restart or by FetchSnapshot after the log was compacted
// past the last `voters` entry, still knows who votes and where they listen.
//
// Layout: int16 control type 5 (KRaftVersion), the KRaftVersionRecord; int16 control type 6
// (KRaftVoters), int32 length, the VotersRecord; the rest is the state machine's data. The raft
// core treats all of it as opaque bytes. A snapshot written before these records existed starts
// with neither type (metadata snapshots open with a varint length, never a zero byte), and reads
// as state machine data alone.
import {
  createKRaftVersionRecord, kRaftVersionRecordVersions, readKRaftVersionRecord, writeKRaftVersionRecord,
} from '../protocol/generated/data/kraft-version-record.js';
import { ProtocolDecodeError } from '../protocol/primitives/errors.js';
import { Reader, Writer } from '../protocol/mod.js';
import { decodeVotersRecord, encodeVotersRecord, type VoterInfo } from './voters-record.js';

/** Kafka's ControlRecordType ids of the two records. */
const KRAFT_VERSION = 5;
const KRAFT_VOTERS = 6;
/** kraft.version 1: the voter set is dynamic and lives in the log (KIP-853). */
const kraftVersionDynamic = 1;

/** What a snapshot's bytes hold. */
export interface SnapshotContents {
  /** The voters its VotersRecord names; null for a snapshot written before it had one. */
  readonly voters: readonly VoterInfo[] | null;
  /** The state machine's data (StateMachine.snapshot's bytes). */
  readonly data: Uint8Array;
}

/**
 * The bytes of a snapshot: the control records naming `voters`, then `data`.
 * @example encodeSnapshotContents(voters, publisher.snapshot())
 */
export function encodeSnapshotContents(voters: readonly VoterInfo[], data: Uint8Array): Uint8Array {
  const votersRecord = encodeVotersRecord(voters);
  const writer = new Writer(16 + votersRecord.length + data.length);
  writer.writeInt16(KRAFT_VERSION);
  const version = kRaftVersionRecordVersions.highestVersion;
  writeKRaftVersionRecord(writer, createKRaftVersionRecord({ version, kRaftVersion: kraftVersionDynamic }), version);
  writer.writeInt16(KRAFT_VOTERS);
  writer.writeInt32(votersRecord.length);
  writer.writeRaw(votersRecord);
  writer.writeRaw(data);
  return writer.finish().slice();
}

/** Splits a snapshot's bytes into its voters and the state machine's data. Throws ProtocolDecodeError. */
export function decodeSnapshotContents(bytes: Uint8Array): SnapshotContents {
  const reader = new Reader(bytes);
  if (bytes.length < 2 || reader.peekInt16(0) !== KRAFT_VERSION) return { voters: null, data: bytes };
  reader.readInt16();
  readKRaftVersionRecord(reader, kRaftVersionRecordVersions.highestVersion);
  const type = reader.readInt16();
  if (type !== KRAFT_VOTERS) {
    throw new ProtocolDecodeError('UNEXPECTED_RECORD', `Cannot decode snapshot: control type ${type} where the VotersRecord belongs`);
  }
  const length = reader.readInt32();
  const start = reader.position;
  if (length < 0 || length > bytes.length - start) {
    throw new ProtocolDecodeError('INVALID_LENGTH', `Cannot decode snapshot: VotersRecord of ${length} bytes, ${bytes.length - start} left`);
  }
  const voters = decodeVotersRecord(bytes.subarray(start, start + length)) ?? [];
  return { voters, data: bytes.subarray(start + length) };
}
