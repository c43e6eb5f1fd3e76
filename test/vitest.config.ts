// Vitest configuration. It lives under test/ because the top level of the repository is fixed
// (DESIGN.md). Tests run the TypeScript sources directly; `make build` type-checks them.
import { defineConfig } from 'vitest/config';

import { NoSkipsReporter } from './support/no-skips-reporter.js';

const isCI = process.env['CI'] === 'true';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    // Property and simulation tests are CPU bound; two workers match the 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Under CI=true a skipped test fails the run (see the reporter's header).
    reporters: isCI ? ['default', new NoSkipsReporter()] : ['default'],
  },
});
