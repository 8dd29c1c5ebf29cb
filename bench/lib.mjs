// @ts-check
/** Helpers shared by the benchmark scripts: paths, statistics, tsc diagnostics, temp projects. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const BENCH = join(ROOT, 'bench');
/** The built entry; `BENCH_DIST_ENTRY` points the run-time and import figures at another build, to compare designs. */
export const DIST_ENTRY = process.env['BENCH_DIST_ENTRY'] ?? join(ROOT, 'dist', 'index.js');
export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/** @param {readonly number[]} values @param {number} q a fraction in [0, 1] */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]);
}

/**
 * The figures `tsc --extendedDiagnostics` prints, keyed by their label, plus every error line.
 * @typedef {{ instantiations: number, types: number, files: number, checkTime: number, totalTime: number, memoryKb: number, errors: string[], exitCode: number }} TscFigures
 */

/**
 * Runs the project's TypeScript on a tsconfig and reads its extended diagnostics.
 * @param {string} project path of a tsconfig.json
 * @returns {TscFigures}
 */
export function runTsc(project) {
  const result = spawnSync(process.execPath, [TSC, '-p', project, '--extendedDiagnostics', '--pretty', 'false'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const out = `${result.stdout}\n${result.stderr}`;
  /** @param {string} label */
  const figure = (label) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)(K|s)?`, 'm').exec(out);
    if (match === null) throw new Error(`tsc printed no "${label}" for ${project}:\n${out.slice(0, 2000)}`);
    return Number(match[1]);
  };
  return {
    instantiations: figure('Instantiations'),
    types: figure('Types'),
    files: figure('Files'),
    checkTime: figure('Check time'),
    totalTime: figure('Total time'),
    memoryKb: figure('Memory used'),
    errors: out.split('\n').filter((line) => /: error TS\d+:/.test(line)),
    exitCode: result.status ?? -1,
  };
}

/** The TypeScript version that `runTsc` uses. */
export async function typescriptVersion() {
  const ts = await import('typescript');
  return ts.default.version;
}

/**
 * A scratch directory whose `node_modules/yoti-session-config` links to this package, so code in
 * it resolves the package the way an installed copy would: through `exports`, to `dist/`.
 */
export function scratchProject(prefix = 'ysc-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'yoti-session-config'), 'dir');
  return {
    dir,
    /** @param {string} name @param {string} text */
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Compiler options of a strict consumer project, shared with the fixed type-cost workload.
 * `skipLibCheck` is on, as in most apps, so the figures are what the user's own code costs.
 */
export const CONSUMER_COMPILER_OPTIONS = JSON.parse(readFileSync(join(BENCH, 'fixtures', 'tsconfig.json'), 'utf8')).compilerOptions;

/** @param {number} value @param {number} digits */
export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
