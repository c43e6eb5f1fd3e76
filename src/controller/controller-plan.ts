// The shape every controller operation shares: a pure function from the current image and a
// request to a Plan, i.e. the records to commit and the response to send once they commit (as
// Kafka's ControllerResult pairs records with a response). Keeping validation pure makes each
// Kafka rule testable without Raft, and lets validateOnly requests stop before proposing.
import assert from 'node:assert/strict';

import type { NodeConfig } from '../config/node-config.js';
import type { Uuid } from '../protocol/mod.js';
import { isUuid, uuidFromBytes, ZERO_UUID } from '../protocol/mod.js';
import type { Random } from '../runtime/seam.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import type { TopicDefaultsConfig } from './topic-config-table.js';

/** The node configuration the controller reads. */
export type ControllerDefaults =
  & TopicDefaultsConfig
  & Pick<NodeConfig, 'numPartitions' | 'defaultReplicationFactor' | 'eligibleLeaderReplicasEnable'>;

/** What a planning function is given. */
export interface PlanContext {
  readonly image: MetadataImage;
  readonly defaults: ControllerDefaults;
  readonly random: Random;
  /** The version of the request being answered. */
  readonly apiVersion: number;
}

/** The records an operation commits and its answers. */
export interface Plan<Response> {
  /** Records to commit atomically (one metadata log entry); empty when nothing changes. */
  readonly records: readonly MetadataRecord[];
  /** The answer once `records` are committed (or at once when there are none). */
  readonly response: Response;
  /** The answer when the records could not be committed: every would-be success gets `errorCode`. */
  fail(errorCode: number, message: string): Response;
}

/** A refused item (topic, resource, assignment): the Kafka error code and a message for the client. */
export interface Refusal {
  readonly ok: false;
  readonly errorCode: number;
  readonly message: string;
}

/** A Refusal. */
export function refuse(errorCode: number, message: string): Refusal {
  return { ok: false, errorCode, message };
}

/** Why a whole request is refused without planning it (e.g. NOT_CONTROLLER). */
export interface Rejection {
  readonly apiVersion: number;
  readonly errorCode: number;
  readonly message: string;
}

/** Kafka's Uuid.METADATA_TOPIC_ID (1): reserved, never given to a topic. */
const METADATA_TOPIC_ID = uuidFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));

/**
 * 16 random bytes shaped as a version 4 UUID (the version and variant bits set), as Kafka's
 * Uuid.randomUuid draws them through Java's UUID.randomUUID.
 */
export function randomUuid(random: Random): Uuid {
  const bytes = random.nextBytes(16);
  assert.equal(bytes.length, 16, 'a UUID has 16 bytes');
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return uuidFromBytes(bytes);
}

/**
 * A fresh random topic id: not zero, not the metadata topic's, not in use or `taken`, and, as
 * Kafka's Uuid.randomUuid ensures, not starting with '-' (it would read as a command-line flag).
 */
export function newTopicId(random: Random, image: MetadataImage, taken: ReadonlySet<Uuid>): Uuid {
  // A draw is refused with probability about 1/64 (a leading '-'), so 64 draws all failing means
  // a broken generator, not bad luck.
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const candidate = randomUuid(random);
    if (!isUuid(candidate) || candidate === ZERO_UUID || candidate === METADATA_TOPIC_ID) continue;
    if (candidate.startsWith('-') || image.topicsById.has(candidate) || taken.has(candidate)) continue;
    return candidate;
  }
  assert.fail('the random generator gave no usable topic id in 64 draws');
}
