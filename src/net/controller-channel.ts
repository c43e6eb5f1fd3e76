// The channel from a broker to the active controller (DESIGN.md, "Growing into a cluster"): the
// broker's registration, heartbeats and forwarded admin requests go over it, in the Kafka
// protocol, to whichever controller leads the metadata quorum now. The broker learns the leader
// from its own copy of the metadata log (the Raft driver names the leader it follows), so
// `locate` is asked afresh before each attempt and an answer of NOT_CONTROLLER, or an unreachable
// controller, is retried against the leader known then (follow-leader.ts).
import type { Clock, Network, Random } from '../runtime/seam.js';
import { ErrorCode, type VersionRange } from '../protocol/mod.js';
import { sendToLeader, type LeaderOutcome } from './kafka-client/follow-leader.js';
import { KafkaClient } from './kafka-client/kafka-client.js';

export interface ControllerChannelOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly network: Network;
  /** The client id the controller sees (Kafka's brokers use "broker-N-to-controller"). */
  readonly clientId: string;
  /** The active controller's Kafka address on the controller listener, or null while none is known. */
  readonly locate: () => string | null;
  /** How long one attempt waits for its answer. */
  readonly requestTimeoutMs: number;
}

/** One request to the active controller and how long to keep trying. */
export interface ControllerRequest<Body> {
  readonly apiKey: number;
  readonly body: object;
  /** Narrows the versions to send in (the body uses fields of these versions only). */
  readonly versions?: VersionRange;
  /** True when the answer says the addressee is not the active controller. */
  readonly isNotController: (body: Body) => boolean;
  /** The whole exchange ends by this much time after it starts. */
  readonly deadlineMs: number;
  /** Whether a request that may have been carried out can be sent again (heartbeats: yes). */
  readonly retryUnknownOutcome: boolean;
}

/** Sends requests to the active controller, following it as it moves. */
export class ControllerChannel {
  private readonly client: KafkaClient;

  constructor(private readonly options: ControllerChannelOptions) {
    this.client = new KafkaClient({
      clock: options.clock, random: options.random, network: options.network,
      clientId: options.clientId, requestTimeoutMs: options.requestTimeoutMs,
    });
  }

  /** Sends `request` to the active controller; never rejects. */
  send<Body extends object>(request: ControllerRequest<Body>): Promise<LeaderOutcome<Body>> {
    return sendToLeader<Body>(this.client, this.options, {
      apiKey: request.apiKey,
      body: request.body,
      ...(request.versions === undefined ? {} : { versions: request.versions }),
      locate: this.options.locate,
      isNotLeader: request.isNotController,
      attemptsMax: Number.MAX_SAFE_INTEGER,
      deadlineMs: request.deadlineMs,
      retryUnknownOutcome: request.retryUnknownOutcome,
    });
  }

  /** Closes the connections; requests in flight end as closed. */
  close(): void {
    this.client.close();
  }
}

/** The usual test of a controller answer: its top-level error code is NOT_CONTROLLER. */
export function answersNotController(body: { readonly errorCode: number }): boolean {
  return body.errorCode === ErrorCode.NOT_CONTROLLER;
}
