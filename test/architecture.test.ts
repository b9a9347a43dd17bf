/**
 * The floors of src/ and what may import what (docs/architecture.md), checked on the import
 * statements themselves, type-only imports included: no import circles, and each folder imports
 * only the folders below it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** Each top folder of src/ and the folders it may import from (besides itself). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  shared: ['core'],
  reading: ['core', 'shared'],
  content: ['core', 'reading'],
  view: ['core', 'shared', 'reading'],
  background: ['core', 'shared', 'reading'],
  popup: ['core', 'shared', 'reading', 'view'],
  reader: ['core', 'shared', 'reading', 'view'],
  options: ['core', 'shared', 'reading', 'view'],
  cli: ['core', 'reading'],
  types: [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm;

/** Relative imports of TypeScript files in src/, resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(text.matchAll(IMPORT), (match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((target) => target.endsWith('.ts'))
    .map((target) => resolve(dirname(file), target))
    .filter((target) => target.startsWith(SRC));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const floor = (file: string): string => relative(SRC, file).split('/')[0] ?? '';
const name = (file: string): string => relative(SRC, file);

function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file].map(name);
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the floors of src/', () => {
  it('every folder of src/ has its place', () => {
    expect(new Set(files.map(floor))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it('has no import circles', () => {
    expect(findCycle()).toBeNull();
  });

  it('each folder imports only the folders below it', () => {
    const wrong = files.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((target) => floor(target) !== floor(file) && !(ALLOWED[floor(file)] ?? []).includes(floor(target)))
        .map((target) => `${name(file)} -> ${name(target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('outside the core, only src/core/index.ts and src/core/types.ts are imported', () => {
    const inward = files.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((target) => floor(file) !== 'core' && floor(target) === 'core' && !['core/index.ts', 'core/types.ts'].includes(name(target)))
        .map((target) => `${name(file)} -> ${name(target)}`),
    );
    expect(inward).toEqual([]);
  });
});
