// @ts-check
/**
 * What the package's declarations cost a consumer: a trivial module (one chain and `toJSON()`)
 * type-checked with `skipLibCheck` true and false. With it false the compiler checks every
 * declaration file the package pulls in, so a declaration that imports a large type package makes
 * every consumer pay for it. It also checks TypeScript's own lib files, which every project pays
 * whatever it imports: a module that imports nothing, checked the same way, gives that floor, so
 * the package's own share can be told apart. The lib includes `DOM`, as the package's own
 * tsconfig does: `create()`'s options name `fetch` types (`Request`, `AbortSignal`). Rounds
 * alternate the variants, as the other timing figures do.
 *
 * Usage: node bench/consumer.mjs [--json] [--repeat 5]
 */
import { CONSUMER_COMPILER_OPTIONS, fixed, median, runTsc, scratchProject } from './lib.mjs';

const EMPTY = 'export const body = { name: "KYC" };\n';
const CONSUMER = `import { sessionConfig } from 'yoti-session-config';

export const body = sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }).document.id().toJSON();
`;

/** @param {number} rounds */
export function consumerFigures(rounds = 5) {
  const project = scratchProject('ysc-consumer-');
  try {
    project.write('consumer.ts', CONSUMER);
    project.write('empty.ts', EMPTY);
    /** @param {string} name @param {string} file @param {boolean} skipLibCheck */
    const config = (name, file, skipLibCheck) =>
      project.write(
        `tsconfig.${name}.json`,
        JSON.stringify({ compilerOptions: { ...CONSUMER_COMPILER_OPTIONS, lib: ['ES2022', 'DOM'], skipLibCheck }, files: [file] }),
      );
    const configs = { skip: config('skip', 'consumer.ts', true), check: config('check', 'consumer.ts', false), empty: config('empty', 'empty.ts', false) };
    /** @type {Record<'skip' | 'check' | 'empty', import('./lib.mjs').TscFigures[]>} */
    const runs = { skip: [], check: [], empty: [] };
    /** @type {('skip' | 'check' | 'empty')[]} */
    const variants = ['skip', 'check', 'empty'];
    for (let round = 0; round < rounds; round++) {
      for (let offset = 0; offset < variants.length; offset++) {
        const variant = /** @type {'skip' | 'check' | 'empty'} */ (variants[(round + offset) % variants.length]);
        runs[variant].push(runTsc(configs[variant]));
      }
    }
    /** @param {'skip' | 'check' | 'empty'} variant */
    const summary = (variant) => {
      const list = runs[variant];
      const first = /** @type {import('./lib.mjs').TscFigures} */ (list[0]);
      return {
        files: first.files,
        checkTime: median(list.map((run) => run.checkTime)),
        totalTime: median(list.map((run) => run.totalTime)),
        errors: first.errors,
      };
    };
    return {
      rounds,
      skipLibCheck: summary('skip'),
      libCheck: summary('check'),
      /** The same settings for a module that imports nothing: what TypeScript's own lib files cost. */
      libCheckFloor: summary('empty'),
      /** The package's declarations checked: check time above the floor. */
      packageLibCheckTime: median(runs.check.map((run, round) => run.checkTime - /** @type {import('./lib.mjs').TscFigures} */ (runs.empty[round]).checkTime)),
      checkTimeRatio: median(runs.check.map((run, round) => run.checkTime / /** @type {import('./lib.mjs').TscFigures} */ (runs.skip[round]).checkTime)),
      totalTimeRatio: median(runs.check.map((run, round) => run.totalTime / /** @type {import('./lib.mjs').TscFigures} */ (runs.skip[round]).totalTime)),
    };
  } finally {
    project.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = process.argv.indexOf('--repeat');
  const figures = consumerFigures(index === -1 ? 5 : Number(process.argv[index + 1]));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures));
  else {
    const { skipLibCheck: skip, libCheck: check, libCheckFloor: floor } = figures;
    console.log(`skipLibCheck true:  ${skip.files} files, check ${fixed(skip.checkTime)} s, total ${fixed(skip.totalTime)} s, ${skip.errors.length} errors`);
    console.log(`skipLibCheck false: ${check.files} files, check ${fixed(check.checkTime)} s, total ${fixed(check.totalTime)} s, ${check.errors.length} errors`);
    console.log(`no import, false:   ${floor.files} files, check ${fixed(floor.checkTime)} s, total ${fixed(floor.totalTime)} s`);
    console.log(`the package's declarations checked: ${fixed(figures.packageLibCheckTime)} s`);
    console.log(`ratio false / true: check time ${fixed(figures.checkTimeRatio)}, total time ${fixed(figures.totalTimeRatio)}`);
  }
}
