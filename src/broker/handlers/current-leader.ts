// KIP-951: a NOT_LEADER_OR_FOLLOWER or FENCED_LEADER_EPOCH answer to a Fetch (v12+ CurrentLeader,
// v16+ NodeEndpoints) or a Produce (v10+) names the partition's current leader and epoch, and the
// response lists that leader's endpoint on the listener the request came in on, so the client
// (or follower) goes to the new leader without first refreshing its metadata.
import type { MetadataImage, TopicImage } from '../../metadata/image/metadata-image.js';
import { ErrorCode, type NodeId } from '../../protocol/mod.js';

/** The leader and epoch to name beside `errorCode`, or undefined when KIP-951 names none. */
export function currentLeaderFor(topic: TopicImage | undefined, partitionIndex: number,
  errorCode: number): { leaderId: NodeId; leaderEpoch: number } | undefined {
  if (errorCode !== ErrorCode.NOT_LEADER_OR_FOLLOWER && errorCode !== ErrorCode.FENCED_LEADER_EPOCH) return undefined;
  const partition = topic?.partitions[partitionIndex];
  if (partition === undefined) return undefined;
  return { leaderId: partition.leader, leaderEpoch: partition.leaderEpoch };
}

/** The endpoints of `leaderIds` (registered, unfenced) on `listenerName`, by node id. */
export function leaderEndpoints(image: MetadataImage, leaderIds: Iterable<NodeId>, listenerName: string):
  { nodeId: NodeId; host: string; port: number; rack: string | null }[] {
  const endpoints: { nodeId: NodeId; host: string; port: number; rack: string | null }[] = [];
  for (const id of [...new Set(leaderIds)].sort((left, right) => left - right)) {
    const broker = image.brokers.get(id);
    const endpoint = broker?.listeners.find((listener) => listener.name === listenerName) ?? broker?.listeners[0];
    if (broker === undefined || broker.fenced || endpoint === undefined) continue;
    endpoints.push({ nodeId: id, host: endpoint.host, port: endpoint.port, rack: broker.rack });
  }
  return endpoints;
}
