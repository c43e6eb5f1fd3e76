// Changing the metadata quorum's voters (src/admin/; KIP-853), as Kafka's Admin.addRaftVoter
// and removeRaftVoter do: AddRaftVoter / RemoveRaftVoter sent to a broker, which forwards them
// to the active controller, or, with a controller session (kafka-metadata-quorum's
// --bootstrap-controller), straight to the active controller that DescribeQuorum names there.
import { ApiKey, topicName, type Uuid } from '../protocol/mod.js';
import { createAddRaftVoterRequest, type AddRaftVoterResponse } from '../protocol/generated/messages/add-raft-voter.js';
import {
  createDescribeQuorumRequest, type DescribeQuorumResponse,
} from '../protocol/generated/messages/describe-quorum.js';
import {
  createRemoveRaftVoterRequest, type RemoveRaftVoterResponse,
} from '../protocol/generated/messages/remove-raft-voter.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { brokerAddress } from './leader-book.js';

/** A voter to add: its id, its metadata log directory's id, and where its controller listener is. */
export interface NewVoter {
  readonly id: number;
  readonly directoryId: Uuid;
  readonly listenerName: string;
  readonly host: string;
  readonly port: number;
}

/** How long the active controller may take to commit the change. */
const changeTimeoutMs = 30_000;

/** Adds `voter` to the quorum; resolves once the change is committed. */
export async function addVoter(session: AdminSession, voter: NewVoter): Promise<void> {
  const response = await session.request<AddRaftVoterResponse>({
    apiKey: ApiKey.AddRaftVoter,
    timeoutMs: changeTimeoutMs + 5_000,
    body: createAddRaftVoterRequest({
      clusterId: null, timeoutMs: changeTimeoutMs, voterId: voter.id, voterDirectoryId: voter.directoryId,
      listeners: [{ name: voter.listenerName, host: voter.host, port: voter.port }],
    }),
  });
  expectNoError(response.errorCode, response.errorMessage, `add voter ${voter.id}`);
}

/** Removes the voter `id` (of directory `directoryId`) from the quorum; resolves once committed. */
export async function removeVoter(session: AdminSession, id: number, directoryId: Uuid): Promise<void> {
  const response = await session.request<RemoveRaftVoterResponse>({
    apiKey: ApiKey.RemoveRaftVoter,
    timeoutMs: changeTimeoutMs + 5_000,
    body: createRemoveRaftVoterRequest({ clusterId: null, voterId: id, voterDirectoryId: directoryId }),
  });
  expectNoError(response.errorCode, response.errorMessage, `remove voter ${id}`);
}

/**
 * The controller listener address of the active controller, as a controller names it
 * (DescribeQuorum version 2 lists every voter's endpoints, KIP-853).
 */
export async function activeControllerAddress(session: AdminSession): Promise<string> {
  const response = await session.request<DescribeQuorumResponse>({
    apiKey: ApiKey.DescribeQuorum,
    versions: { lowestVersion: 2, highestVersion: 2 },
    body: createDescribeQuorumRequest({ topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] }),
  });
  expectNoError(response.errorCode, response.errorMessage, 'find the active controller');
  const leaderId = response.topics[0]?.partitions[0]?.leaderId ?? -1;
  const listener = response.nodes.find((node) => node.nodeId === leaderId)?.listeners[0];
  if (leaderId < 0 || listener === undefined) {
    throw new AdminError(`Cannot find the active controller: ${session.bootstrap} knows no leader with an endpoint`, 'refused');
  }
  return brokerAddress(listener.host, listener.port);
}
