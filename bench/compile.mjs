// @ts-check
/**
 * Compile-time cost of the builder's types against the floor: N distinct full-featured
 * configurations written as builder chains, and the same N written as object literals annotated
 * with `SessionConfigEnvelope`, each type-checked by `tsc --extendedDiagnostics --noEmit` in a
 * scratch project that installs this package through a link (so `exports` and `dist/` are used,
 * as in a user's project). Also: the misuse path, a 60-call chain, and the hover of a 20-call chain.
 *
 * Usage: node bench/compile.mjs [--json] [--sizes 10,100,1000] [--repeat 5] [--keep]
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chainSource, coverage, fullConfig, longChain, misuseConfig, replay, source } from './generate.mjs';
import { CONSUMER_COMPILER_OPTIONS, DIST_ENTRY, fixed, median, runTsc, scratchProject } from './lib.mjs';

const ts = createRequire(import.meta.url)('typescript');
const library = await import(pathToFileURL(DIST_ENTRY).href);

const argument = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : /** @type {string} */ (process.argv[index + 1]);
};
const SIZES = argument('--sizes', '10,100,1000').split(',').map(Number);
/** Rounds per size below 1000; check times of a few hundred milliseconds need several. */
const REPEAT = Number(argument('--repeat', '5'));
const LONG_CHAINS = [60, 120];

const { used, missingFromLibrary, notInCatalogue } = coverage(library.sessionConfig());

/**
 * A module of one declaration per configuration, with the line range of each, so that errors
 * can be traced back to the chain that caused them.
 * @param {string[]} blocks one declaration each, possibly over several lines
 * @param {string} header
 */
function moduleText(header, blocks) {
  let line = header.split('\n').length + 1;
  const chains = [];
  for (const block of blocks) {
    const lines = block.split('\n').length;
    chains.push({ start: line, end: line + lines - 1 });
    line += lines;
  }
  return { text: `${header}\n${blocks.join('\n')}\n`, chains };
}

/** @param {number} count */
function builderModule(count) {
  const blocks = Array.from({ length: count }, (_, i) => `export const config${i} = ${chainSource(fullConfig(i, used))};`);
  return moduleText("import { sessionConfig } from 'yoti-session-config';", blocks);
}

/** The floor: the JSON each chain emits, written by hand and annotated with the exported type. @param {number} count */
function literalModule(count) {
  const blocks = Array.from({ length: count }, (_, i) => {
    const json = replay(library.sessionConfig(), fullConfig(i, used)).toJSON();
    return `export const config${i}: SessionConfigEnvelope = ${source(json)};`;
  });
  return moduleText("import type { SessionConfigEnvelope } from 'yoti-session-config';", blocks);
}

/** @param {number} count */
function misuseModule(count) {
  /** @type {string[]} */
  const kinds = [];
  const blocks = Array.from({ length: count }, (_, i) => {
    const { calls, kind } = misuseConfig(i, used);
    kinds.push(kind);
    return `export const config${i} = ${chainSource(calls)};`;
  });
  return { ...moduleText("import { sessionConfig } from 'yoti-session-config';", blocks), kinds };
}

const project = scratchProject();
/** @param {string} name @param {string} text */
function tsconfigFor(name, text) {
  project.write(`${name}.ts`, text);
  return project.write(`tsconfig.${name}.json`, JSON.stringify({ compilerOptions: CONSUMER_COMPILER_OPTIONS, files: [`${name}.ts`] }, null, 2));
}

/**
 * Runs the three variants `rounds` times, rotating which goes first, and keeps per-round ratios
 * to the literal: like the run-time pairs, a slow moment of a shared machine hits one round's
 * variants alike. Instantiations and types are the same in every run; times are medians.
 * @param {Record<'literal' | 'builder' | 'misuse', string>} configs @param {number} rounds
 */
function measureRounds(configs, rounds) {
  /** @type {Record<string, import('./lib.mjs').TscFigures[]>} */
  const runs = { literal: [], builder: [], misuse: [] };
  const variants = /** @type {const} */ (['literal', 'builder', 'misuse']);
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < variants.length; offset++) {
      const variant = /** @type {'literal' | 'builder' | 'misuse'} */ (variants[(round + offset) % variants.length]);
      runs[variant]?.push(runTsc(configs[variant]));
    }
  }
  /** @param {'literal' | 'builder' | 'misuse'} variant */
  const summary = (variant) => {
    const list = /** @type {import('./lib.mjs').TscFigures[]} */ (runs[variant]);
    const first = /** @type {import('./lib.mjs').TscFigures} */ (list[0]);
    return {
      instantiations: first.instantiations,
      types: first.types,
      checkTime: median(list.map((run) => run.checkTime)),
      totalTime: median(list.map((run) => run.totalTime)),
      memoryMb: median(list.map((run) => run.memoryKb)) / 1024,
      errors: first.errors,
    };
  };
  /** @param {'builder' | 'misuse'} variant */
  const ratio = (variant) =>
    median((runs[variant] ?? []).map((run, round) => run.checkTime / /** @type {import('./lib.mjs').TscFigures} */ (runs['literal']?.[round]).checkTime));
  return { literal: summary('literal'), builder: summary('builder'), misuse: summary('misuse'), builderRatio: ratio('builder'), misuseRatio: ratio('misuse') };
}

/** @param {string[]} errors @param {{ start: number, end: number }[]} chains */
function chainsWithErrors(errors, chains) {
  const lines = errors.map((error) => Number(/\((\d+),\d+\)/.exec(error)?.[1]));
  return chains.filter((chain) => lines.some((line) => line >= chain.start && line <= chain.end)).length;
}

/** The hover text of the variable holding a 20-call chain, as an editor shows it. */
function hover() {
  // The usual settings, then every check, task and document: 20 calls while all of them exist.
  const settings = ['name', 'isPrivate', 'clientSessionTokenTtl', 'resourcesTtl', 'userTrackingId', 'blockBiometricConsent', 'sdkConfig', 'notifications'];
  const calls = fullConfig(0, used).filter((call) => call.path.includes('.') || settings.includes(call.path));
  const text = `import { sessionConfig } from 'yoti-session-config';\nexport const hovered = ${chainSource(calls, '')};\n`;
  const file = project.write('hover.ts', text);
  const options = ts.convertCompilerOptionsFromJson(CONSUMER_COMPILER_OPTIONS, project.dir).options;
  /** @type {import('typescript').LanguageServiceHost} */
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(/** @type {string} */ (ts.sys.readFile(name))) : undefined),
    getCurrentDirectory: () => project.dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const info = service.getQuickInfoAtPosition(file, text.indexOf('hovered'));
  const shown = info === undefined ? '' : ts.displayPartsToString(info.displayParts);
  const errors = service.getSemanticDiagnostics(file).map((/** @type {import('typescript').Diagnostic} */ diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  return { calls: calls.length, text: shown, length: shown.length, errors };
}

/** @param {number} length */
function longChainFigures(length) {
  const calls = longChain(length, used);
  const name = `long-${length}`;
  const figures = runTsc(tsconfigFor(name, `import { sessionConfig } from 'yoti-session-config';\nexport const long = ${chainSource(calls)};\n`));
  return {
    calls: calls.length,
    errors: figures.errors,
    excessivelyDeep: figures.errors.some((error) => error.includes('TS2589')),
    instantiations: figures.instantiations,
    checkTime: figures.checkTime,
  };
}

/** Writes nothing to stdout but the JSON when asked for it. */
const log = process.argv.includes('--json') ? (/** @type {unknown[]} */ ..._args) => {} : console.log;

/** @type {any[]} */
const sizes = [];
try {
  for (const count of SIZES) {
    const repeat = count >= 1000 ? 1 : REPEAT;
    const misuseSource = misuseModule(count);
    const measured = measureRounds(
      {
        literal: tsconfigFor(`literal-${count}`, literalModule(count).text),
        builder: tsconfigFor(`builder-${count}`, builderModule(count).text),
        misuse: tsconfigFor(`misuse-${count}`, misuseSource.text),
      },
      repeat,
    );
    const { builder, literal, misuse } = measured;
    const misuseChainsFailing = chainsWithErrors(misuse.errors, misuseSource.chains);
    const row = {
      count,
      repeat,
      builder: { ...builder, errors: builder.errors.length, firstErrors: builder.errors.slice(0, 3) },
      literal: { ...literal, errors: literal.errors.length, firstErrors: literal.errors.slice(0, 3) },
      misuse: { ...misuse, errors: misuse.errors.length, chainsFailing: misuseChainsFailing, excessivelyDeep: misuse.errors.some((error) => error.includes('TS2589')) },
      ratio: {
        checkTime: measured.builderRatio,
        instantiations: builder.instantiations / Math.max(1, literal.instantiations),
        types: builder.types / literal.types,
        memory: builder.memoryMb / literal.memoryMb,
        misuseCheckTime: measured.misuseRatio,
      },
    };
    sizes.push(row);
    log(
      `N=${count}: builder ${fixed(builder.checkTime)} s check, ${builder.instantiations} inst, ${builder.types} types, ${fixed(builder.memoryMb, 0)} MB, ${builder.errors.length} errors | ` +
        `literal ${fixed(literal.checkTime)} s, ${literal.instantiations} inst | misuse ${fixed(misuse.checkTime)} s, ${misuseChainsFailing}/${count} chains fail | ratio ${fixed(row.ratio.checkTime)}`,
    );
  }
  const longChains = LONG_CHAINS.map(longChainFigures);
  for (const chain of longChains) log(`${chain.calls}-call chain and .toJSON(): ${chain.errors.length} errors, excessively deep: ${chain.excessivelyDeep}`);
  const hovered = hover();
  log(`hover of a ${hovered.calls}-call chain (${hovered.length} chars): ${hovered.text}`);

  const at = (/** @type {number} */ count) => sizes.find((row) => row.count === count);
  const small = at(100);
  const large = at(1000);
  const result = {
    typescript: ts.version,
    coverage: { used, missingFromLibrary, notInCatalogue },
    misuseKinds: misuseModule(7).kinds,
    sizes,
    growth:
      small && large
        ? {
            checkTime: large.builder.checkTime / small.builder.checkTime,
            instantiations: large.builder.instantiations / small.builder.instantiations,
            literalCheckTime: large.literal.checkTime / small.literal.checkTime,
          }
        : undefined,
    longChains,
    hover: hovered,
  };
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result));
} finally {
  if (process.argv.includes('--keep')) console.error(`kept ${project.dir}`);
  else project.remove();
}
