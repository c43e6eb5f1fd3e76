// A classic consumer group member's assignment as DescribeGroups carries it (src/admin/): the
// bytes the group leader handed out in SyncGroup, opaque to the broker, which for protocol type
// "consumer" are an int16 version and a ConsumerProtocolAssignment (the generated codec). The
// bytes come from a client, through the broker, so they are untrusted: anything that does not
// decode is reported as unknown, never thrown.
import { ProtocolDecodeError, Reader } from '../protocol/mod.js';
import { readConsumerProtocolAssignment } from '../protocol/generated/data/consumer-protocol-assignment.js';

/** The partitions of one topic a member is assigned. */
export interface TopicAssignment {
  readonly topic: string;
  readonly partitions: readonly number[];
}

/** The highest ConsumerProtocolAssignment version the schema defines; later ones only add fields at the end. */
const ASSIGNMENT_VERSION_MAX = 3;

/**
 * The topic partitions in a consumer member's assignment bytes, topics and partitions sorted;
 * null when the bytes are not a consumer assignment.
 *
 * @example
 * decodeMemberAssignment(new Uint8Array()); // [] (a member not yet assigned)
 */
export function decodeMemberAssignment(bytes: Uint8Array): TopicAssignment[] | null {
  // A member between JoinGroup and SyncGroup has no assignment yet.
  if (bytes.length === 0) return [];
  try {
    const reader = new Reader(bytes);
    const version = reader.readInt16();
    if (version < 0) return null;
    const assignment = readConsumerProtocolAssignment(reader, Math.min(version, ASSIGNMENT_VERSION_MAX));
    return assignment.assignedPartitions
      .map((entry) => ({ topic: String(entry.topic), partitions: [...entry.partitions].sort((a, b) => a - b) }))
      .sort((a, b) => a.topic.localeCompare(b.topic));
  } catch (error) {
    if (error instanceof ProtocolDecodeError) return null;
    throw error;
  }
}
