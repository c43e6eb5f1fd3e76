// Naming rules of the generated code: schema names (PascalCase) to TypeScript identifiers and
// file names. Build-time code. Kept in one place so the generator and its tests agree.
import assert from 'node:assert/strict';

import type { MessageSpec } from './schema.js';

/** "TopicData" -> "topicData", "offset" -> "offset". */
export function camelCase(name: string): string {
  assert.ok(name.length > 0);
  return name[0]!.toLowerCase() + name.slice(1);
}

/** "DescribeClientQuotas" -> "describe-client-quotas"; runs of capitals stay one word. */
export function kebabCase(name: string): string {
  // "KRaft" is one word (KRaftVersionRecord -> kraft-version-record).
  return name
    .replace(/KRaft/g, 'Kraft')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The API name of a request or response schema: "ProduceRequest" -> "Produce". */
export function apiName(message: MessageSpec): string {
  const suffix = message.kind === 'request' ? 'Request' : 'Response';
  assert.ok(message.kind === 'request' || message.kind === 'response');
  assert.ok(message.name.endsWith(suffix), `${message.fileName}: name must end in ${suffix}`);
  return message.name.slice(0, -suffix.length);
}

/**
 * The TypeScript type name of a struct of `message`. Struct names are unique only within one
 * schema, and a file holds both request and response, so names are prefixed with the message name
 * unless they already start with it ("MetadataResponseTopic" stays, "TopicData" of ProduceRequest
 * becomes "ProduceRequestTopicData").
 */
export function structTypeName(message: MessageSpec, structName: string): string {
  if (structName.startsWith(message.name)) return structName;
  return message.name + structName;
}
