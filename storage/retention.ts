// Which old segments a log may delete (Kafka's retention, KIP-107 for DeleteRecords): whole
// segments only, oldest first, never the active (last) one. A segment goes when every offset in
// it is below the log start offset, when its newest timestamp is older than retention.ms, or
// while the log without it still holds at least retention.bytes. Pure: the log feeds it sizes
// and timestamps and carries out the answer.
import assert from 'node:assert/strict';

/** What retention needs to know of a segment. */
export interface SegmentSummary {
  readonly baseOffset: number;
  readonly endOffset: number;
  readonly sizeBytes: number;
  /** -1 when no batch carries a timestamp; such a segment never expires by time. */
  readonly maxTimestampMs: number;
}

export type RetentionReason = 'log-start-offset' | 'retention-ms' | 'retention-bytes';

export interface RetentionLimits {
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly logStartOffset: number;
  readonly nowMs: number;
}

/**
 * How many of the oldest segments to delete, and why the last of them went.
 * Postcondition: the count is below segments.length (the active segment stays).
 */
export function selectSegmentsToDelete(segments: readonly SegmentSummary[], limits: RetentionLimits):
  { count: number; reasons: RetentionReason[] } {
  const reasons: RetentionReason[] = [];
  let excessBytes = limits.retentionBytes < 0
    ? -1
    : segments.reduce((total, segment) => total + segment.sizeBytes, 0) - limits.retentionBytes;
  for (let segmentIndex = 0; segmentIndex < segments.length - 1; segmentIndex += 1) {
    const segment = segments[segmentIndex];
    assert.ok(segment !== undefined);
    const nextBaseOffset = segments[segmentIndex + 1]?.baseOffset ?? segment.endOffset;
    const reason = reasonToDelete(segment, { ...limits, nextBaseOffset }, excessBytes);
    if (reason === undefined) break;
    reasons.push(reason);
    if (excessBytes >= 0) excessBytes -= segment.sizeBytes;
  }
  assert.ok(reasons.length < Math.max(1, segments.length), 'the active segment is never deleted');
  return { count: reasons.length, reasons };
}

/**
 * Why `segment` goes, if it does. It spans the offsets up to the next segment's base: in a
 * compacted log its last batch may end before that (a gap), and an empty segment still holds
 * the log start when it begins there.
 */
function reasonToDelete(segment: SegmentSummary, limits: RetentionLimits & { nextBaseOffset: number },
  excessBytes: number): RetentionReason | undefined {
  if (limits.nextBaseOffset <= limits.logStartOffset) return 'log-start-offset';
  const expired = limits.retentionMs >= 0 && segment.maxTimestampMs >= 0 &&
    limits.nowMs - segment.maxTimestampMs > limits.retentionMs;
  if (expired) return 'retention-ms';
  if (excessBytes >= 0 && excessBytes - segment.sizeBytes >= 0) return 'retention-bytes';
  return undefined;
}
