// Transcript tests of the Raft core (STYLE.md §9): every test/raft/testdata/*.txt is a scenario
// told command by command, with the expected messages, events and states after each command.
// Method: test/support/transcript.ts runs each file through a RaftHarness (raft-transcript.ts)
// that also runs the safety checkers after every input; a file passes when the output equals
// the expectation written in it. `REWRITE=1 npx vitest run test/raft/transcripts.test.ts`
// rewrites the expectations from the real core (refused when CI=true); review that diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRaftCommandHandler } from '../support/raft-transcript.js';
import { rewriteRequested, rewriteTranscript, runTranscript } from '../support/transcript.js';

const testdata = join(new URL('.', import.meta.url).pathname, 'testdata');
const files = readdirSync(testdata).filter((file) => file.endsWith('.txt')).sort();
const rewrite = rewriteRequested();

describe('Raft transcripts', () => {
  test('the scenarios the issue asks for are all present', () => {
    const required = [
      'election.txt', 'split-vote.txt', 'prevote-rejoin.txt', 'divergence-truncation.txt',
      'resignation.txt', 'snapshot-catch-up.txt', 'membership.txt', 'check-quorum.txt',
    ];
    expect(required.filter((file) => !files.includes(file))).toEqual([]);
  });

  test('negative-control transcripts (*-unsafe.txt) expect a safety violation', () => {
    const controls = files.filter((file) => file.endsWith('-unsafe.txt'));
    expect(controls.length).toBeGreaterThan(0);
    for (const file of controls) {
      expect(readFileSync(join(testdata, file), 'utf8'), file).toMatch(/^SAFETY VIOLATION /m);
    }
  });

  test.each(files)('%s', (file) => {
    const path = join(testdata, file);
    const run = runTranscript(path, createRaftCommandHandler());
    if (rewrite) {
      rewriteTranscript(path, run);
      return;
    }
    expect(run.mismatches, `${run.mismatches.length} step(s) differ; first:\n${run.mismatches[0] ?? ''}`).toEqual([]);
    expect(run.actualText).toBe(run.expectedText);
  });
});
