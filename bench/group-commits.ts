// Offset commits for the group benchmark (bench/groups.bench.ts), sent with Weir's admin session
// and the generated codecs: FindCoordinator for the group, then OffsetCommit v2 to that broker
// with generation -1 and no member id, the "simple" commit Kafka accepts for a group without
// members (what an admin tool or a consumer with assign() sends), one at a time on each of
// `connections` connections (a broker handles one connection's requests one after another, as
// Kafka does), each answered only once the commit is in `__consumer_offsets` below its high
// watermark.
import { performance } from 'node:perf_hooks';
import { AdminSession } from '../src/admin/admin-session.js';
import { ApiKey, groupId as asGroupId, topicName } from '../src/protocol/mod.js';
import { createFindCoordinatorRequest, type FindCoordinatorResponse } from '../src/protocol/generated/messages/find-coordinator.js';
import {
  createOffsetCommitRequest, createOffsetCommitRequestPartition, createOffsetCommitRequestTopic, type OffsetCommitResponse,
} from '../src/protocol/generated/messages/offset-commit.js';
import { createNodeRuntime } from '../src/runtime/nodejs/node-runtime.js';

/** The address of `group`'s coordinator, asked of `session`'s bootstrap (retried while the offsets topic is created). */
export async function coordinatorAddress(session: AdminSession, group: string): Promise<string> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    const body = await session.request<FindCoordinatorResponse>({
      apiKey: ApiKey.FindCoordinator, versions: { lowestVersion: 1, highestVersion: 2 },
      body: createFindCoordinatorRequest({ key: group, keyType: 0 }),
    });
    if (body.errorCode === 0) return `${body.host}:${body.port}`;
    if (performance.now() > deadline) throw new Error(`FindCoordinator ${group}: error code ${body.errorCode} for 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Kafka's retriable coordinator errors: COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR. */
const coordinatorSettling = /error code (14|15|16)$/;

/** The first commit of a group, retried while its coordinator is still loading the new offsets partition. */
async function firstCommit(commit: () => Promise<void>): Promise<void> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    try {
      return await commit();
    } catch (error) {
      if (!coordinatorSettling.test(String((error as Error).message)) || performance.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Commits offsets 1..count of `topic` partition 0 for `group` over `connections` connections; returns the ms taken. */
export async function commitsMs(bootstrap: AdminSession, options: { group: string; topic: string; count: number;
  connections: number }): Promise<number> {
  const address = await coordinatorAddress(bootstrap, options.group);
  const sessions = Array.from({ length: options.connections }, () =>
    new AdminSession(createNodeRuntime(), address, { clientId: 'weir-bench-commits', requestTimeoutMs: 30_000 }));
  const commit = async (offset: number, session = sessions[0] as AdminSession): Promise<void> => {
    const body = await session.request<OffsetCommitResponse>({
      apiKey: ApiKey.OffsetCommit, versions: { lowestVersion: 2, highestVersion: 2 },
      body: createOffsetCommitRequest({
        groupId: asGroupId(options.group), generationIdOrMemberEpoch: -1, memberId: '',
        topics: [createOffsetCommitRequestTopic({ name: topicName(options.topic),
          partitions: [createOffsetCommitRequestPartition({ partitionIndex: 0, committedOffset: BigInt(offset) })] })],
      }),
    });
    const errorCode = body.topics[0]?.partitions[0]?.errorCode ?? -1;
    if (errorCode !== 0) throw new Error(`OffsetCommit ${options.group} at ${offset}: error code ${errorCode}`);
  };
  try {
    await firstCommit(() => commit(0));
    let next = 1;
    const started = performance.now();
    const worker = async (session: AdminSession): Promise<void> => {
      while (next <= options.count) await commit(next++, session);
    };
    await Promise.all(sessions.map(worker));
    return performance.now() - started;
  } finally {
    for (const session of sessions) session.close();
  }
}
