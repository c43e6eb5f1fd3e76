// What the group interop tests of `weir group`, /v1/groups and the console share: a node whose
// groups form at once (no initial rebalance delay, a small __consumer_offsets), and a kafkajs
// consumer group member that reads a topic from the beginning and commits after every record.
import type { Consumer } from 'kafkajs';

import { kafkajsClient } from './js-clients.js';
import { NodeProcess } from './node-process.js';

/** A node for group tests: the first member's JoinGroup is not held back by group.initial.rebalance.delay.ms. */
export function startGroupNode(): Promise<NodeProcess> {
  return NodeProcess.start({ settings: { 'group.initial.rebalance.delay.ms': '0', 'offsets.topic.num.partitions': '3' } });
}

/** A running kafkajs member of `groupId` reading `topic` from the beginning, committing every record. */
export async function startGroupMember(bootstrap: string, groupId: string, topic: string): Promise<Consumer> {
  const consumer = kafkajsClient(bootstrap).consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 500 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ autoCommitThreshold: 1, eachMessage: async () => {} });
  return consumer;
}
