// Goal: the replication tests can fail — each test-only break of the real code
// (TestOnlyBreakReplication) is caught by the one check of the story that passes without it:
// acks=all answered at the leader's append is caught by "every replica holds the batch when the
// answer comes" (replication-sim.test.ts); a follower truncating to its high watermark instead
// of by epoch is caught by "the old leader cuts where the epochs say"
// (replication-isr-sim.test.ts). Method: the same stories and seeds, with the switch on.
import { describe, expect, test } from 'vitest';
import { ErrorCode } from '../../src/protocol/mod.js';
import { acksAllStory, failoverStory } from './support/replication-scenarios.js';

describe('replication negative controls', () => {
  test('acknowledgeBeforeReplicated: the acks=all answer comes while a follower lacks the batch', async () => {
    const seen = await acksAllStory(32, { acknowledgeBeforeReplicated: true });
    expect(seen.errorCode).toBe(ErrorCode.NONE);
    expect(seen.logEndOffsetsAtAnswer).not.toEqual([2, 2, 2]);
  });

  test('truncateToHighWatermark: the restarted old leader cuts to its high watermark, below where the epochs agree', async () => {
    const seen = await failoverStory(43, { truncateToHighWatermark: true });
    expect(seen.truncations.some((line) => line.includes('from=9') && line.includes('to=8'))).toBe(false);
    expect(seen.truncations.some((line) => line.includes('from=9') && line.includes('to=0'))).toBe(true);
  });
});
