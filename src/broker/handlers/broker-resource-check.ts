// The part of AlterConfigs and IncrementalAlterConfigs that a Kafka broker does itself before it
// forwards the rest to the controller (ConfigAdminManager.preprocess, KIP-590): a BROKER resource
// must name the cluster-wide default ("") or the broker that received the request, because a
// broker validates a dynamic config change against its own configuration. Such a resource naming
// another broker is answered here with INVALID_REQUEST; the others go to the controller, and the
// answers are put back in request order.
import assert from 'node:assert/strict';

import { ErrorCode } from '../../protocol/mod.js';
import { ConfigResourceType } from '../../metadata/metadata-records.js';

interface Resource {
  readonly resourceType: number;
  readonly resourceName: string;
}

interface ResourceResult {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

/** Why `resource` may not be changed through broker `nodeId` (Kafka's message), or null. */
function otherBrokerProblem(resource: Resource, nodeId: number): string | null {
  if (resource.resourceType !== ConfigResourceType.BROKER || resource.resourceName === '') return null;
  const name = resource.resourceName;
  if (!/^-?\d+$/.test(name)) return `Node id must be an integer, but it is: ${name}`;
  return Number(name) === nodeId ? null : `Unexpected broker id, expected ${nodeId}, but received ${name}`;
}

/**
 * Answers BROKER resources naming another broker than `nodeId` at once and passes the request
 * with the other resources to `forward`; the answer lists every resource in request order.
 */
export async function forwardBrokerResourcesOfThisNode<
  Request extends { readonly resources: readonly Resource[] },
  Response extends { throttleTimeMs: number; responses: ResourceResult[] },
>(request: Request, nodeId: number, forward: (request: Request) => Promise<Response>): Promise<Response> {
  const problems = request.resources.map((resource) => otherBrokerProblem(resource, nodeId));
  if (problems.every((problem) => problem === null)) return forward(request);
  const forwarded = request.resources.filter((_resource, index) => problems[index] === null);
  const answer = forwarded.length === 0 ? null : await forward({ ...request, resources: forwarded });
  assert.ok(answer === null || answer.responses.length === forwarded.length, 'one answer per forwarded resource');
  let next = 0;
  const responses = request.resources.map((resource, index): ResourceResult => {
    const problem = problems[index] ?? null;
    if (problem === null) return answer?.responses[next++] as ResourceResult;
    const { resourceType, resourceName } = resource;
    return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, resourceType, resourceName };
  });
  return { throttleTimeMs: answer?.throttleTimeMs ?? 0, responses } as Response;
}
