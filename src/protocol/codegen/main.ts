// `make protocol`: regenerates src/protocol/generated/ from a Kafka schema folder (first argument,
// ../shared/kafka-protocol by default in the Makefile) and Weir's own (src/protocol/schemas/).
// Reads every *.json in the folders' subfolders (messages/, metadata/, group-coordinator/, raft/,
// transaction-coordinator/), replaces the generated folder's
// contents, and prints what it wrote. Build-time code: the only protocol file using node:fs
// besides load-schemas.ts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { generate } from './generate.js';
import { loadSchemas, repositoryRoot, weirSchemaRoot } from './load-schemas.js';

function main(argv: readonly string[]): void {
  const schemaFolder = argv[0];
  if (schemaFolder === undefined) {
    process.stderr.write('usage: node dist/src/protocol/codegen/main.js <schema folder> [output folder]\n');
    process.exit(2);
  }
  const outputFolder = argv[1] ?? join(repositoryRoot(), 'src', 'protocol', 'generated');
  const files = generate(loadSchemas([schemaFolder, weirSchemaRoot()]));
  rmSync(outputFolder, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(outputFolder, path)), { recursive: true });
    writeFileSync(join(outputFolder, path), text);
  }
  process.stdout.write(`protocol: wrote ${files.size} files to ${outputFolder}\n`);
}

main(process.argv.slice(2));
