// Goal: KIP-704 end to end (issue 11): a leader elected uncleanly starts RECOVERING, ends it by
// AlterPartition with LeaderRecoveryState RECOVERED, and only then lets the ISR grow again.
// Method: three controllers (1-3) and three brokers (4-6) in the simulator, a topic on 4,5,6
// with unclean.leader.election.enable=true. 5 and 6 crash (the ISR shrinks to 4), 4 crashes
// too (offline), 5 restarts: the controller elects it uncleanly. Watched through the image of
// controller 1: RECOVERING with ISR [5] first, then RECOVERED; then 6 restarts and rejoins.
import { describe, expect, test } from 'vitest';
import { ErrorCode } from '../../src/protocol/mod.js';
import { LeaderRecoveryState, type PartitionImage } from '../../src/metadata/image/metadata-image.js';
import { createReplicatedTopic, partitionImage, produceTo, startReplicationCluster } from './support/replication-world.js';

const topic = 'unclean';

describe('recovery after an unclean election (KIP-704)', () => {
  test('the unclean leader is RECOVERING, then RECOVERED by its own AlterPartition, then the ISR grows', async () => {
    const cluster = await startReplicationCluster(81, { combined: [1, 2, 3], brokersOnly: [4, 5, 6] });
    await createReplicatedTopic(cluster, topic, { replicas: [4, 5, 6], configs: { 'unclean.leader.election.enable': 'true' } });
    expect((await produceTo(cluster, 4, { topic, values: ['a', 'b'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    const seen = (): PartitionImage => partitionImage(cluster, topic, 1);
    cluster.crash(5);
    cluster.crash(6);
    expect(await cluster.runUntil(() => seen().isr.length === 1 && seen().leader === 4, 20_000)).toBe(true);
    cluster.crash(4);
    expect(await cluster.runUntil(() => seen().leader === -1, 20_000)).toBe(true);
    // Every state the image goes through from here on, in order.
    const states: string[] = [];
    const note = (): boolean => {
      const partition = seen();
      const state = `leader ${partition.leader} isr ${partition.isr.join(',')} ${partition.leaderRecoveryState === LeaderRecoveryState.RECOVERING ? 'RECOVERING' : 'RECOVERED'}`;
      if (states[states.length - 1] !== state) states.push(state);
      return false;
    };
    cluster.start(5);
    expect(await cluster.runUntil(() => { note(); return seen().leader === 5 && seen().leaderRecoveryState === LeaderRecoveryState.RECOVERED; }, 30_000))
      .toBe(true);
    cluster.start(6);
    expect(await cluster.runUntil(() => { note(); return seen().isr.length === 2; }, 30_000)).toBe(true);
    expect(states).toEqual(['leader -1 isr 4 RECOVERED', 'leader 5 isr 5 RECOVERING', 'leader 5 isr 5 RECOVERED',
      'leader 5 isr 5,6 RECOVERED']);
    expect(cluster.world.violation).toBeNull();
  });
});
