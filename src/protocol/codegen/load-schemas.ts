// Reads schema folders from disk for the generator: every *.json file one level down in each
// (messages/, metadata/, group-coordinator/, raft/ in Kafka's folder; transaction-coordinator/ in
// Weir's own, src/protocol/schemas/). Build-time code (node:fs is allowed here).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SchemaSource } from './generate.js';

/** Every schema file under the given roots, sorted by root, then folder and name. */
export function loadSchemas(schemaRoots: readonly string[]): SchemaSource[] {
  // Generated files are placed by folder name, so two roots must not both have, say, messages/.
  const rootOfFolder = new Map<string, string>();
  return schemaRoots.flatMap((root) => loadSchemaRoot(root, rootOfFolder));
}

/** Weir's own schema root: formats Kafka's schema copy lacks (see its README). */
export function weirSchemaRoot(): string {
  return join(repositoryRoot(), 'src', 'protocol', 'schemas');
}

function loadSchemaRoot(schemaFolder: string, rootOfFolder: Map<string, string>): SchemaSource[] {
  const sources: SchemaSource[] = [];
  for (const folder of readdirSync(schemaFolder).sort()) {
    const path = join(schemaFolder, folder);
    if (!statSync(path).isDirectory()) continue;
    const other = rootOfFolder.get(folder);
    if (other !== undefined) throw new Error(`Cannot generate codecs: "${folder}" is in both ${other} and ${schemaFolder}`);
    rootOfFolder.set(folder, schemaFolder);
    for (const fileName of readdirSync(path).sort()) {
      if (!fileName.endsWith('.json')) continue;
      sources.push({ folder, fileName, text: readFileSync(join(path, fileName), 'utf8') });
    }
  }
  if (sources.length === 0) throw new Error(`Cannot generate codecs: no schema files under "${schemaFolder}"`);
  return sources;
}

/** The repository root: the nearest folder above this file holding package.json. */
export function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the repository root: no package.json above the generator');
    folder = parent;
  }
  return folder;
}
