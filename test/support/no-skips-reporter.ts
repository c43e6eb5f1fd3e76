// A vitest reporter for CI: under CI=true no test may skip (DEVELOPERS.md: interop tests fail,
// never skip, when a client is missing; the codegen check needs the schema folder). A skipped or
// todo test makes the run fail and is named, so a green CI run means every test really ran.
import type { Reporter, TestModule } from 'vitest/node';

/** Fails the run when any test was skipped, listing each by file and full name. */
export class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].map((test) => `${module.moduleId}: ${test.fullName}`));
    if (skipped.length === 0) return;
    process.exitCode = 1;
    console.error(`\nUnder CI=true no test may skip; ${skipped.length} did:\n${skipped.map((line) => `  ${line}`).join('\n')}\n`);
  }
}
