// `make bench`: runs every benchmark module in bench/ (files named `*.bench.ts`, compiled to
// dist/bench/*.bench.js) one after another and lets each print its own figures. Benchmarks assert
// nothing; they measure. Pass names to run a subset: `node dist/bench/run.js raft storage`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  /** Runs the benchmark and prints its figures to stdout. */
  default: () => Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(here)
  .filter((file) => file.endsWith('.bench.js'))
  .map((file) => file.slice(0, -'.bench.js'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

for (const name of names) {
  process.stdout.write(`\n== ${name} ==\n`);
  const module = (await import(pathToFileURL(join(here, `${name}.bench.js`)).href)) as BenchModule;
  await module.default();
}
if (names.length === 0) process.stdout.write('no benchmarks matched\n');
