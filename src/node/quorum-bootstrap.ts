// controller.quorum.bootstrap.servers (KIP-853): a node that is given controllers to ask rather
// than a static voter set learns the voters and their endpoints from them before its Raft driver
// starts. It asks each server DescribeQuorum (version 2 names every voter's listeners) in turn
// until one answers with voters, waiting a little between rounds: without a voter to fetch from,
// the node has nothing to do. The log then keeps the set current (`voters` records).
import { nodeId as raftNodeId, type NodeId as RaftNodeId } from '../../raft/mod.js';
import type { HostPort } from '../config/value-parsers.js';
import type { Logger } from '../log/logger.js';
import { KafkaClient } from '../net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode, topicName } from '../protocol/mod.js';
import {
  createDescribeQuorumRequest, type DescribeQuorumResponse,
} from '../protocol/generated/messages/describe-quorum.js';
import type { Runtime } from '../runtime/seam.js';
import { addressOf } from '../quorum/voters-record.js';
import { pollUntil, throwIfCancelled } from './start-cancellation.js';

/** Pause between two rounds over the bootstrap servers. */
const roundPauseMs = 250;

/** The voters and their controller addresses, as the first bootstrap server to know them says. */
export async function discoverVoters(runtime: Runtime, servers: readonly HostPort[], logger: Logger,
  clientId: string, signal?: AbortSignal): Promise<Map<RaftNodeId, string>> {
  const client = new KafkaClient({
    clock: runtime.clock, random: runtime.random, network: runtime.network, clientId, requestTimeoutMs: 2_000,
  });
  // A stop while no server answers: the request in flight ends at once (client-closed).
  const closeClient = (): void => client.close();
  signal?.addEventListener('abort', closeClient, { once: true });
  const step = 'asking the bootstrap servers for the voters';
  try {
    for (let round = 1; ; round += 1) {
      for (const server of servers) {
        throwIfCancelled(signal, step);
        const address = addressOf(server.host, server.port);
        const voters = await askVoters(client, address);
        throwIfCancelled(signal, step);
        if (voters !== null && voters.size > 0) {
          logger.info('learned the voters from a bootstrap server', { server: address, voters: [...voters.keys()].join(',') });
          return voters;
        }
      }
      if (round === 1) logger.warn('no bootstrap server named the voters yet; retrying', { servers: servers.length });
      const pauseEnd = runtime.clock.monotonicNow() + roundPauseMs;
      await pollUntil({ clock: runtime.clock, pollMs: roundPauseMs, condition: () => runtime.clock.monotonicNow() >= pauseEnd,
        signal, step });
    }
  } finally {
    signal?.removeEventListener('abort', closeClient);
    client.close();
  }
}

async function askVoters(client: KafkaClient, address: string): Promise<Map<RaftNodeId, string> | null> {
  const outcome = await client.send<DescribeQuorumResponse>(address, {
    apiKey: ApiKey.DescribeQuorum,
    versions: { lowestVersion: 2, highestVersion: 2 },
    body: createDescribeQuorumRequest({
      topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }],
    }),
  });
  if (outcome.kind !== 'response' || outcome.body.errorCode !== ErrorCode.NONE) return null;
  const voters = new Map<RaftNodeId, string>();
  for (const node of outcome.body.nodes) {
    const listener = node.listeners[0];
    if (listener === undefined) continue;
    voters.set(raftNodeId(node.nodeId), addressOf(listener.host, listener.port));
  }
  return voters;
}
