// The consumer group routes of the HTTP admin API (src/http/): list, describe with lag, reset
// offsets and delete, over the group operations of src/admin/ (the same ones `weir group` uses).
import type { FastifyReply } from 'fastify';

import type { AdminSession } from '../admin/admin-session.js';
import { describeGroupLag, listGroupsWithLag } from '../admin/group-lag.js';
import { deleteGroup } from '../admin/group-writes.js';
import { resetGroupOffsets, type ResetScope } from '../admin/offset-reset.js';
import type { ResetTarget } from '../admin/offset-reset-plan.js';

/** The body of POST /v1/groups/:group/reset-offsets (validated by its schema). */
export interface ResetBody {
  readonly to: 'earliest' | 'latest' | 'offset' | 'timestamp' | 'shift-by';
  readonly offset?: number;
  readonly timestamp?: number;
  readonly shiftBy?: number;
  readonly topics?: ReadonlyArray<{ readonly topic: string; readonly partitions?: readonly number[] }>;
  readonly dryRun: boolean;
}

type GroupRequest = { params: { group: string }; body: unknown };
type GroupHandler = (request: GroupRequest, reply: FastifyReply) => Promise<unknown>;

/** The handlers of the group routes, by "METHOD url". */
export function groupHandlers(session: AdminSession): Record<string, GroupHandler> {
  return {
    'GET /v1/groups': () => listGroupsWithLag(session),
    'GET /v1/groups/:group': (request) => describeGroupLag(session, request.params.group),
    'POST /v1/groups/:group/reset-offsets': (request) => {
      const body = request.body as ResetBody;
      return resetGroupOffsets(session, request.params.group, { target: targetOf(body), scope: scopeOf(body), execute: !body.dryRun });
    },
    'DELETE /v1/groups/:group': async (request, reply) => {
      await deleteGroup(session, request.params.group);
      return reply.code(204).send();
    },
  };
}

/** The schema requires the value of the chosen target, so the `??` defaults are never taken. */
function targetOf(body: ResetBody): ResetTarget {
  switch (body.to) {
    case 'earliest': return { kind: 'beginning' };
    case 'latest': return { kind: 'end' };
    case 'offset': return { kind: 'offset', offset: body.offset ?? 0 };
    case 'timestamp': return { kind: 'timestamp', timestampMs: body.timestamp ?? 0 };
    case 'shift-by': return { kind: 'shift-by', shift: body.shiftBy ?? 0 };
    default: {
      const unexpected: never = body.to;
      throw new Error(`unexpected reset target ${String(unexpected)}`);
    }
  }
}

function scopeOf(body: ResetBody): ResetScope {
  if (body.topics === undefined) return { topics: 'committed' };
  return { topics: body.topics.map((entry) => ({ topic: entry.topic, partitions: entry.partitions ?? null })) };
}
