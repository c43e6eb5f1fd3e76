// A runner for plain-text transcript tests, in the data-driven style of etcd-io/raft's
// testdata/*.txt (STYLE.md §9). A transcript is a story told in commands:
//
//   # Narration lines start with '#'. Blank lines separate steps.
//   campaign 1
//   ----
//   node 1: prospective, asking for pre-votes in epoch 0
//
// Each command line is followed by `----` and the output expected from it, up to the next blank
// line (an empty output is written `ok`). Running a transcript executes each command through a
// handler and compares the whole rewritten file with the original. `REWRITE=1` writes the actual
// output back into the file instead (refused when CI=true), and that diff is reviewed like code.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';

/** A parsed command line: `name positional... key=value...`; quotes keep spaces together. */
export interface TranscriptCommand {
  readonly name: string;
  readonly positional: readonly string[];
  readonly keywords: ReadonlyMap<string, string>;
  /** The line as written, for messages. */
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
}

/** One step of a transcript: what precedes the command verbatim, the command, the expectation. */
export interface TranscriptStep {
  /** Narration and blank lines before the command, as written. */
  readonly preamble: readonly string[];
  readonly command: TranscriptCommand;
  readonly expected: readonly string[];
}

/** A whole transcript file. */
export interface Transcript {
  readonly steps: readonly TranscriptStep[];
  /** Narration after the last step. */
  readonly epilogue: readonly string[];
}

/** Bad transcript text: a typed error, since transcripts are written by hand. */
export class TranscriptSyntaxError extends Error {
  readonly code = 'TRANSCRIPT_SYNTAX';
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptSyntaxError';
  }
}

const separator = '----';
const emptyOutput = 'ok';

/** Splits a command line into tokens; double quotes group, `\"` escapes a quote. */
export function tokenize(text: string, line: number): string[] {
  const tokens: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push(match[1].replace(/\\(.)/g, '$1'));
    else if (match[2] !== undefined) {
      if (match[2].includes('"')) throw new TranscriptSyntaxError(`Cannot parse line ${line}: stray quote in "${text}"`);
      tokens.push(match[2]);
    }
  }
  return tokens;
}

/** Parses one command line. */
export function parseCommand(text: string, line: number): TranscriptCommand {
  const tokens = tokenize(text, line);
  const name = tokens[0];
  if (name === undefined) throw new TranscriptSyntaxError(`Cannot parse line ${line}: empty command`);
  const positional: string[] = [];
  const keywords = new Map<string, string>();
  for (const token of tokens.slice(1)) {
    const equals = token.indexOf('=');
    const key = token.slice(0, Math.max(equals, 0));
    if (equals > 0 && /^[a-z-]+$/.test(key)) keywords.set(key, token.slice(equals + 1));
    else positional.push(token);
  }
  return { name, positional, keywords, text, line };
}

/** Parses transcript text. */
export function parseTranscript(text: string): Transcript {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const steps: TranscriptStep[] = [];
  let preamble: string[] = [];
  let position = 0;
  while (position < lines.length) {
    const line = lines[position] as string;
    if (line.trim() === '' || line.startsWith('#')) {
      preamble.push(line);
      position++;
      continue;
    }
    const command = parseCommand(line, position + 1);
    if (lines[position + 1] !== separator) {
      throw new TranscriptSyntaxError(`Cannot parse line ${position + 2}: expected "${separator}" after "${line}"`);
    }
    position += 2;
    const expected: string[] = [];
    while (position < lines.length && (lines[position] as string).trim() !== '') expected.push(lines[position++] as string);
    steps.push({ preamble, command, expected });
    preamble = [];
  }
  return { steps, epilogue: preamble };
}

/** Writes a transcript back as text, with `outputs[i]` in place of step i's expectation. */
export function renderTranscript(transcript: Transcript, outputs: readonly (readonly string[])[]): string {
  assert.equal(outputs.length, transcript.steps.length, 'one output per step');
  const lines: string[] = [];
  transcript.steps.forEach((step, stepIndex) => {
    const output = outputs[stepIndex] as readonly string[];
    lines.push(...step.preamble, step.command.text, separator);
    lines.push(...(output.length === 0 ? [emptyOutput] : output));
  });
  lines.push(...transcript.epilogue);
  return `${lines.join('\n')}\n`;
}

/** Runs commands; returns the output lines of each. It may keep state from step to step. */
export type CommandHandler = (command: TranscriptCommand) => string[];

/** The result of running a transcript file. */
export interface TranscriptRun {
  /** The file as written. */
  readonly expectedText: string;
  /** The file as it would be with the actual outputs. */
  readonly actualText: string;
  /** Steps whose output differs, as readable blocks with line numbers. */
  readonly mismatches: readonly string[];
}

/**
 * Runs every command of a transcript file through `handler` and compares outputs. A command that
 * throws ends the run with the error, naming the file and line.
 */
export function runTranscript(path: string, handler: CommandHandler): TranscriptRun {
  const expectedText = readFileSync(path, 'utf8');
  const transcript = parseTranscript(expectedText);
  const outputs: string[][] = [];
  const mismatches: string[] = [];
  for (const step of transcript.steps) {
    let output: string[];
    try {
      output = handler(step.command);
    } catch (error) {
      const reason = error instanceof Error ? error.stack ?? error.message : String(error);
      throw new Error(`${path}:${step.command.line}: "${step.command.text}" failed: ${reason}`);
    }
    assert.ok(output.every((line) => line.trim() !== ''), 'outputs have no blank lines');
    outputs.push(output);
    const actual = output.length === 0 ? [emptyOutput] : output;
    if (actual.join('\n') !== step.expected.join('\n')) {
      mismatches.push(
        `${path}:${step.command.line}: ${step.command.text}\n--- expected\n${step.expected.join('\n')}\n` +
          `+++ actual\n${actual.join('\n')}`,
      );
    }
  }
  return { expectedText, actualText: renderTranscript(transcript, outputs), mismatches };
}

/**
 * Whether this run should rewrite expectations. Refuses (throws) under CI, where a rewrite
 * would turn every failure into a pass.
 */
export function rewriteRequested(environment: NodeJS.ProcessEnv = process.env): boolean {
  if (environment['REWRITE'] === undefined || environment['REWRITE'] === '' || environment['REWRITE'] === '0') return false;
  if (environment['CI'] === 'true') {
    throw new Error('REWRITE is refused when CI=true: expectations are reviewed, not regenerated');
  }
  return true;
}

/** Writes the actual outputs of a run back into its file. */
export function rewriteTranscript(path: string, run: TranscriptRun): void {
  if (run.actualText !== run.expectedText) writeFileSync(path, run.actualText);
}
