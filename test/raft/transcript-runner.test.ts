// Tests of the transcript runner itself (test/support/transcript.ts), so that a passing transcript
// test means the outputs really matched. Method: small transcript texts written to a temporary
// file and run through a toy command handler.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  TranscriptSyntaxError,
  parseCommand,
  parseTranscript,
  renderTranscript,
  rewriteRequested,
  rewriteTranscript,
  runTranscript,
  type CommandHandler,
} from '../support/transcript.js';

const echo: CommandHandler = (command) => command.positional.map((word) => word.toUpperCase());

function writeTemporary(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'transcript-')), 'case.txt');
  writeFileSync(path, text);
  return path;
}

describe('transcript runner', () => {
  const text = '# A story.\necho a b\n----\nA\nB\n\n# Nothing to say.\necho\n----\nok\n';

  test('parsing and rendering with the expected outputs gives the text back unchanged', () => {
    const transcript = parseTranscript(text);
    expect(transcript.steps.map((step) => step.command.name)).toEqual(['echo', 'echo']);
    expect(renderTranscript(transcript, [['A', 'B'], []])).toBe(text);
  });

  test('matching outputs pass and a different output is reported with its line', () => {
    expect(runTranscript(writeTemporary(text), echo).mismatches).toEqual([]);
    const wrong = runTranscript(writeTemporary(text.replace('\nB\n', '\nX\n')), echo);
    expect(wrong.mismatches).toHaveLength(1);
    expect(wrong.mismatches[0]).toMatch(/case\.txt:2: echo a b/);
  });

  test('a rewrite writes the actual outputs into the file', () => {
    const path = writeTemporary(text.replace('\nB\n', '\nX\n'));
    rewriteTranscript(path, runTranscript(path, echo));
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  test('REWRITE is refused when CI=true', () => {
    expect(() => rewriteRequested({ REWRITE: '1', CI: 'true' })).toThrow(/refused/);
    expect(rewriteRequested({ REWRITE: '1' })).toBe(true);
    expect(rewriteRequested({})).toBe(false);
  });

  test('commands split into positional words, quoted strings and key=value pairs', () => {
    const command = parseCommand('propose 1 "two words" times=3', 1);
    expect(command.positional).toEqual(['1', 'two words']);
    expect(command.keywords.get('times')).toBe('3');
  });

  test('a command without its ---- line is a syntax error', () => {
    expect(() => parseTranscript('echo a\nA\n')).toThrow(TranscriptSyntaxError);
  });
});
