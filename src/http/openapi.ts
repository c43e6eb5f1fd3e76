// The OpenAPI 3.1 document of the HTTP admin API (src/http/), built from the route table that
// fastify validates against (admin-schemas.ts), so the document always says what is enforced.
import type { AdminRoute } from './admin-schemas.js';

/** The OpenAPI document for `routes`. */
export function openApiDocument(routes: readonly AdminRoute[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([a-zA-Z]+)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, object>)[route.method.toLowerCase()] = {
      summary: route.summary,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }),
      responses: {
        200: { description: 'The result, as JSON' },
        400: { description: 'The request does not match its schema; the message names the field' },
        404: { description: 'No such topic, partition or group' },
        409: { description: 'The topic exists already, or the group still has members' },
        503: { description: 'The node cannot reach its Kafka listener' },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Weir admin API', version: '1' }, paths };
}

function parametersOf(schema: object | undefined, where: 'path' | 'query'): object[] {
  if (schema === undefined) return [];
  const { properties = {}, required = [] } = schema as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: where, required: required.includes(name), schema: property }));
}
