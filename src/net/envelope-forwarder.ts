// A broker's forwarding of admin requests to the active controller (KIP-590): each request goes
// in an Envelope over the controller channel, and the controller's answer comes back to the
// client as if this broker had given it. A forwarded request that was sent and then lost (the
// connection closed, the answer timed out) may have been carried out, so it is not sent again:
// the client hears REQUEST_TIMED_OUT-like uncertainty as NOT_CONTROLLER and retries itself, as
// Kafka's clients do when a controller moves mid-request.
import { ApiKey, ErrorCode } from '../protocol/mod.js';
import type { EnvelopeResponse } from '../protocol/generated/messages/envelope.js';
import type { ControllerChannel } from './controller-channel.js';
import { openResponse, sealRequest, type InnerRequest } from './envelope.js';

/** How a forwarded request ended. */
export type ForwardOutcome =
  /** The controller answered the inner request. */
  | { readonly kind: 'answered'; readonly body: object }
  /** The controller refused the envelope itself (e.g. NOT_CONTROLLER until the deadline). */
  | { readonly kind: 'refused'; readonly errorCode: number }
  /** No controller answered: none known, unreachable, or the answer was lost. */
  | { readonly kind: 'unanswered'; readonly reason: string };

/** Hands requests to the active controller. */
export interface ControllerForwarder {
  forward(inner: InnerRequest): Promise<ForwardOutcome>;
}

/** Forwards in Kafka's Envelope over a controller channel. */
export class EnvelopeForwarder implements ControllerForwarder {
  constructor(private readonly channel: ControllerChannel, private readonly deadlineMs: number) {}

  async forward(inner: InnerRequest): Promise<ForwardOutcome> {
    const outcome = await this.channel.send<EnvelopeResponse>({
      apiKey: ApiKey.Envelope,
      body: sealRequest(inner),
      isNotController: (answer) => answer.errorCode === ErrorCode.NOT_CONTROLLER,
      deadlineMs: this.deadlineMs,
      retryUnknownOutcome: false,
    });
    switch (outcome.kind) {
      case 'response': {
        const opened = openResponse(outcome.body, inner);
        return 'body' in opened ? { kind: 'answered', body: opened.body } : { kind: 'refused', errorCode: opened.errorCode };
      }
      case 'no-leader': return { kind: 'unanswered', reason: `no active controller answered: ${outcome.last}` };
      case 'closed': return { kind: 'unanswered', reason: `the controller connection closed: ${outcome.reason}` };
      case 'timeout': return { kind: 'unanswered', reason: 'the controller did not answer in time' };
      case 'unreachable': return { kind: 'unanswered', reason: outcome.reason };
      case 'unsupported-version': return { kind: 'unanswered', reason: 'the controller does not speak Envelope' };
      case 'client-closed': return { kind: 'unanswered', reason: 'the broker is stopping' };
      case 'sent':
      case 'overloaded':
        return { kind: 'unanswered', reason: `unexpected outcome ${outcome.kind}` };
      default: {
        const unexpected: never = outcome;
        throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
