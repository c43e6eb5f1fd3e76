// ElectLeaders (API 43, KIP-460) sent with Weir's admin client and the generated codec: none of
// the clients the interop tests run (kcat, kafka-python 2.0.2, confluent-kafka 1.7, kafkajs
// 2.2.4) can send it. Preferred election (type 0) asks the controller to make each partition's
// first assigned replica its leader again when that replica is in the ISR.
import { expectNoError } from '../../../src/admin/admin-session.js';
import { ApiKey, topicName } from '../../../src/protocol/mod.js';
import {
  createElectLeadersRequest, createElectLeadersRequestTopicPartitions, type ElectLeadersResponse,
} from '../../../src/protocol/generated/messages/elect-leaders.js';
import { withSession } from './partition-state.js';

/** ElectLeaders' election type for the preferred replica. */
const PREFERRED_ELECTION = 0;
const electionTimeoutMs = 10_000;

/** Asks `address` for a preferred leader election of `partitions` of `topic`; throws on any partition's error. */
export async function electPreferredLeaders(address: string, topic: string, partitions: readonly number[]): Promise<void> {
  const response = await withSession(address, (session) => session.request<ElectLeadersResponse>({
    apiKey: ApiKey.ElectLeaders,
    body: createElectLeadersRequest({
      electionType: PREFERRED_ELECTION,
      timeoutMs: electionTimeoutMs,
      topicPartitions: [createElectLeadersRequestTopicPartitions({ topic: topicName(topic), partitions: [...partitions] })],
    }),
  }), electionTimeoutMs + 5_000);
  expectNoError(response.errorCode, null, `elect the preferred leaders of ${topic}`);
  for (const result of response.replicaElectionResults.flatMap((entry) => entry.partitionResult)) {
    expectNoError(result.errorCode, result.errorMessage, `elect the preferred leader of ${topic}-${result.partitionId}`);
  }
}
