// Guards the committed generated code (STYLE.md §3): regenerating from the schema folder must give
// exactly the files in src/protocol/generated/, no more and no fewer. Without the schema folder (a
// checkout without ../shared) the check regenerates from the committed schema snapshot
// (generated/schemas.json) instead, which still catches hand edits and generator changes that were
// not followed by `make protocol`. Under CI=true the schema folder must be there: CI is where the
// check counts, so a missing folder fails instead of skipping. Fix a failure with `make protocol`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

import { generate, schemaSourcesFromSnapshot } from '../../src/protocol/codegen/generate.js';
import { loadSchemas, repositoryRoot, weirSchemaRoot } from '../../src/protocol/codegen/load-schemas.js';
import { schemaFolder } from './support/schemas.js';

const generatedFolder = join(repositoryRoot(), 'src', 'protocol', 'generated');

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(generatedFolder, path)];
  });
}

function expectCommittedToEqual(expected: Map<string, string>): void {
  const committed = listFiles(generatedFolder).sort();
  expect(committed).toEqual([...expected.keys()].sort());
  const stale = committed.filter((path) => readFileSync(join(generatedFolder, path), 'utf8') !== expected.get(path));
  expect(stale).toEqual([]);
}

const isCI = process.env['CI'] === 'true';

describe('generated protocol code', () => {
  test.skipIf(!existsSync(schemaFolder) && !isCI)('is what `make protocol` produces from the schema folder', () => {
    expect(existsSync(schemaFolder), `schema folder ${schemaFolder} is missing`).toBe(true);
    expectCommittedToEqual(generate(loadSchemas([schemaFolder, weirSchemaRoot()])));
  });

  test('is what the generator produces from the committed schema snapshot', () => {
    const snapshot = readFileSync(join(generatedFolder, 'schemas.json'), 'utf8');
    expectCommittedToEqual(generate(schemaSourcesFromSnapshot(snapshot)));
  });
});
