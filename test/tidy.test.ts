// Tidy: guards the structural rules that correctness depends on (STYLE.md §2).
// Method: read every TypeScript source file, find its imports and its uses of ambient
// nondeterminism with regular expressions, and fail with the file and line of each violation.
// Tests and benchmarks are exempt from the seam rule: they measure and drive the real world.
// The third guard of STYLE.md §9, that generated protocol code is up to date with the schemas,
// lives beside the generator's tests: test/protocol/generated-up-to-date.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const repositoryRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
const productionFolders = ['raft', 'storage', 'src', 'sim'] as const;
type Folder = (typeof productionFolders)[number];

function listTypeScriptFiles(folder: string): string[] {
  const absolute = join(repositoryRoot, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(absolute, entry);
    if (statSync(path).isDirectory()) files.push(...listTypeScriptFiles(join(folder, entry)));
    else if (entry.endsWith('.ts')) files.push(join(folder, entry));
  }
  return files;
}

function topFolder(path: string): string {
  return path.split(sep)[0] ?? '';
}

/** The seam's Node adapters and build-time code generation may touch the real world. */
function isSeamExempt(file: string): boolean {
  return file.startsWith(join('src', 'runtime', 'nodejs') + sep) ||
    file.startsWith(join('src', 'protocol', 'codegen') + sep) ||
    // The console's script is text sent to the visitor's browser, where it runs; the node never
    // executes it, so its timers are the browser's, not node logic.
    file === join('src', 'http', 'console', 'console-script.ts');
}

const forbiddenGlobals: ReadonlyArray<[string, RegExp]> = [
  ['Date.now', /\bDate\.now\b/],
  ['new Date()', /\bnew Date\(\s*\)/],
  ['setTimeout', /\bsetTimeout\b/],
  ['setInterval', /\bsetInterval\b/],
  ['setImmediate', /\bsetImmediate\b/],
  ['Math.random', /\bMath\.random\b/],
  ['performance.now', /\bperformance\.now\b/],
  ['process.hrtime', /\bprocess\.hrtime\b/],
  ['node:fs', /from\s+['"](node:)?fs(\/promises)?['"]/],
  ['node:net', /from\s+['"](node:)?net['"]/],
  ['node:crypto randomness', /\brandom(Bytes|Int|UUID)\b/],
];

function stripComments(line: string): string {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return '';
  return line;
}

interface Import {
  file: string;
  line: number;
  specifier: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(repositoryRoot, file), 'utf8');
  const found: Import[] = [];
  const pattern = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1] ?? match[2];
    if (specifier === undefined) continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ file, line, specifier });
  }
  return found;
}

/** Which project folders each folder may import (DESIGN.md, dependency direction). */
const allowedTargets: Record<Folder, readonly Folder[]> = {
  raft: ['raft'],
  storage: ['storage'],
  src: ['src', 'raft', 'storage'],
  sim: ['sim', 'src', 'raft', 'storage'],
};

/**
 * The one import against the direction, allowed by name: the command line is the composition
 * root of every program Weir ships, the simulator included, so its `sim` verb imports the
 * simulator's command. Nothing the node runs imports this file (src/cli/main.ts loads it only for
 * `weir sim`), so the node never depends on sim/.
 */
const compositionRootImports: ReadonlyMap<string, string> = new Map([['src/cli/sim.ts', 'sim/command.js']]);

function describeImportViolation(entry: Import): string | undefined {
  const from = topFolder(entry.file) as Folder;
  if (!entry.specifier.startsWith('.')) {
    if (from === 'raft' && entry.specifier !== 'node:assert/strict') {
      return 'raft/ imports nothing but node:assert/strict';
    }
    return undefined;
  }
  const target = relative(repositoryRoot, resolve(repositoryRoot, dirname(entry.file), entry.specifier));
  const to = topFolder(target);
  if (!(productionFolders as readonly string[]).includes(to)) {
    return `imports "${target}", outside the production folders`;
  }
  const allowedByName = compositionRootImports.get(entry.file) === target;
  if (!allowedTargets[from].includes(to as Folder) && !allowedByName) return `${from}/ must not import ${to}/`;
  const entersFromOutside = to !== from && (to === 'raft' || to === 'storage');
  if (entersFromOutside && target !== join(to, 'mod.js') && target !== join(to, 'mod.ts')) {
    return `enters ${to}/ through "${target}" instead of ${to}/mod.ts`;
  }
  return undefined;
}

describe('tidy', () => {
  const files = productionFolders.flatMap((folder) => listTypeScriptFiles(folder));

  test('the tree has production sources to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test('node logic reaches time, randomness, disk and network only through the runtime seam', () => {
    const violations: string[] = [];
    for (const file of files) {
      if (isSeamExempt(file)) continue;
      const lines = readFileSync(join(repositoryRoot, file), 'utf8').split('\n');
      lines.forEach((raw, index) => {
        const line = stripComments(raw);
        for (const [name, pattern] of forbiddenGlobals) {
          if (pattern.test(line)) violations.push(`${file}:${index + 1} uses ${name}`);
        }
      });
    }
    expect(violations).toEqual([]);
  });

  test('imports follow the dependency direction and enter raft/ and storage/ via mod.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const entry of importsOf(file)) {
        const problem = describeImportViolation(entry);
        if (problem !== undefined) violations.push(`${entry.file}:${entry.line} ${problem}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('the checker itself flags a forbidden global and a wrong-way import', () => {
    expect(forbiddenGlobals.some(([, pattern]) => pattern.test('const t = Date.now();'))).toBe(true);
    const wrongWay = describeImportViolation({ file: join('raft', 'core.ts'), line: 1, specifier: '../src/x.js' });
    expect(wrongWay).toBeDefined();
    const backDoor = describeImportViolation({ file: join('src', 'quorum', 'raft-driver.ts'), line: 1, specifier: '../../raft/core.js' });
    expect(backDoor).toBeDefined();
    const simFromNode = describeImportViolation({ file: join('src', 'broker', 'broker.ts'), line: 1, specifier: '../../sim/command.js' });
    expect(simFromNode).toBe('src/ must not import sim/');
    const compositionRoot = describeImportViolation({ file: join('src', 'cli', 'sim.ts'), line: 1, specifier: '../../sim/command.js' });
    expect(compositionRoot).toBeUndefined();
  });
});
