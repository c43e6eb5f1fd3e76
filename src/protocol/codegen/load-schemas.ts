// Reads a Kafka schema folder from disk for the generator: every *.json file one level down
// (messages/, metadata/, group-coordinator/, raft/). Build-time code (node:fs is allowed here).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SchemaSource } from './generate.js';

/** Every schema file under `schemaFolder`, sorted by folder and name. */
export function loadSchemas(schemaFolder: string): SchemaSource[] {
  const sources: SchemaSource[] = [];
  for (const folder of readdirSync(schemaFolder).sort()) {
    const path = join(schemaFolder, folder);
    if (!statSync(path).isDirectory()) continue;
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
