// Guards the committed generated code (STYLE.md §3): regenerating from the schema folder must give
// exactly the files in src/protocol/generated/, no more and no fewer. Skipped when the schema
// folder is absent (a checkout without ../shared). Fix a failure with `make protocol`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

import { generate } from '../../src/protocol/codegen/generate.js';
import { loadSchemas, repositoryRoot } from '../../src/protocol/codegen/load-schemas.js';
import { schemaFolder } from './support/schemas.js';

const generatedFolder = join(repositoryRoot(), 'src', 'protocol', 'generated');

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(generatedFolder, path)];
  });
}

describe.skipIf(!existsSync(schemaFolder))('generated protocol code', () => {
  test('is what `make protocol` produces from the schema folder', () => {
    const expected = generate(loadSchemas(schemaFolder));
    const committed = listFiles(generatedFolder).sort();
    expect(committed).toEqual([...expected.keys()].sort());
    const stale = committed.filter((path) => readFileSync(join(generatedFolder, path), 'utf8') !== expected.get(path));
    expect(stale).toEqual([]);
  });
});
