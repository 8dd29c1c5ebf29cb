/**
 * Consumer smoke test of the published package: packs it as `npm publish` would, checks what
 * the tarball ships, installs it into a fresh project and uses it from ESM `import`, CommonJS
 * `require()` and TypeScript under each `moduleResolution` users pick (node16, nodenext,
 * bundler); then runs publint and Are the Types Wrong on the same tarball.
 *
 * Build first: the tarball holds dist/ as it is. The install takes the package's dependencies
 * from the npm registry (or npm's cache, preferred).
 *
 * Usage: tsx scripts/package-smoke.ts [package-folder]   (default: this project)
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { elapsed, isMain, ROOT, run, type RunResult, tempDir } from './lib/project.js';

const CONSUMER_FILES = join(ROOT, 'scripts', 'package-consumer');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * What a user needs and nothing else. No source maps: they would point into src/, which is not
 * shipped, so they could only send debuggers and "go to definition" to files that do not exist.
 */
const SHIPPED = [/^package\.json$/, /^README\.md$/, /^LICENSE(\.md|\.txt)?$/, /^dist\/.+\.(js|d\.ts)$/, /^dist\/schema\.json$/];
const REQUIRED = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts'];

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** Problems with the list of files a tarball ships. */
export function checkShippedFiles(files: readonly PackedFile[], license: string | undefined): string[] {
  const paths = new Set(files.map((file) => file.path));
  const problems = files
    .filter((file) => !SHIPPED.some((pattern) => pattern.test(file.path)))
    .map((file) => `ships ${file.path}, which users do not need`);
  for (const path of REQUIRED) if (!paths.has(path)) problems.push(`does not ship ${path}`);
  const hasLicenseFile = [...paths].some((path) => path.startsWith('LICENSE'));
  if (license !== undefined && license !== 'UNLICENSED' && !hasLicenseFile) {
    problems.push(`declares the ${license} license but ships no LICENSE file with its text`);
  }
  return problems;
}

/** `module` and `moduleResolution` pairs as users write them, with the files each one compiles. */
const TYPESCRIPT_CONSUMERS = [
  { moduleResolution: 'node16', module: 'node16', files: ['typed.ts'] },
  // nodenext models Node's require() of ES modules, so the CommonJS consumer is checked here.
  { moduleResolution: 'nodenext', module: 'nodenext', files: ['typed.ts', 'typed-cjs.cts'] },
  { moduleResolution: 'bundler', module: 'esnext', files: ['typed.ts'] },
] as const;

/**
 * The CommonJS TypeScript consumer. It lives here rather than as a file next to the others
 * because the project's own type-check would compile such a file too, and TypeScript before 5.8
 * (the oldest supported is 5.5) rejects a .cts file that imports an ES module.
 */
const TYPED_COMMONJS_CONSUMER = `import lib = require('yoti-session-config');

const body: lib.SessionConfigEnvelope = lib.sessionConfig().name('Typed CommonJS consumer').toJSON();
console.log(body.name);

// @ts-expect-error a configuration without a name cannot be emitted
lib.sessionConfig().toJSON();
`;

interface Step {
  readonly name: string;
  readonly result: RunResult;
}

function consumerSteps(project: string, tarball: string): Step[] {
  const steps: Step[] = [];
  const step = (name: string, command: string, args: readonly string[]): boolean => {
    const result = run(command, args, { cwd: project });
    steps.push({ name, result });
    return result.code === 0;
  };
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const file of readdirSync(CONSUMER_FILES)) copyFileSync(join(CONSUMER_FILES, file), join(project, file));
  writeFileSync(join(project, 'typed-cjs.cts'), TYPED_COMMONJS_CONSUMER);
  if (!step('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball])) return steps;
  step('ESM import', process.execPath, ['esm.mjs']);
  step('CommonJS require()', process.execPath, ['cjs.cjs']);
  for (const { moduleResolution, module, files } of TYPESCRIPT_CONSUMERS) {
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(
      join(project, config),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
          module,
          moduleResolution,
          // The shipped declarations are what is under test, so they are type-checked too.
          skipLibCheck: false,
        },
        files,
      }),
    );
    step(`TypeScript, moduleResolution ${moduleResolution}`, process.execPath, [TSC, '-p', config]);
  }
  step('publint', process.execPath, [join(ROOT, 'node_modules', 'publint', 'src', 'cli.js'), 'run', tarball, '--strict']);
  step('attw --profile esm-only', process.execPath, [
    join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'),
    tarball,
    '--profile',
    'esm-only',
    '--format',
    'table-flipped',
    '--no-color',
    '--no-emoji',
  ]);
  return steps;
}

function main(): void {
  const startedAt = performance.now();
  const packageDir = resolve(process.argv[2] ?? ROOT);
  const work = tempDir('package');
  let failed = false;
  try {
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir });
    if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: PackedFile[]; size: number }];
    const tarball = join(work, info.filename);
    const { license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { license?: string };
    const shipped = checkShippedFiles(info.files, license);
    console.log(`${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} kB packed`);
    for (const problem of shipped) console.error(`  the package ${problem}`);
    failed = shipped.length > 0;

    const project = join(work, 'consumer');
    mkdirSync(project);
    for (const { name, result } of consumerSteps(project, tarball)) {
      if (result.code === 0) {
        const said = /^(import|require): (.*)$/m.exec(result.stdout)?.[2];
        console.log(`ok      ${name}${said === undefined ? '' : `: ${said}`}`);
        continue;
      }
      failed = true;
      console.error(`FAILED  ${name}\n${`${result.stdout}${result.stderr}`.trim().replace(/^/gm, '        ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`test:package ${failed ? 'failed' : 'passed'} in ${elapsed(startedAt)}`);
  if (failed) process.exit(1);
}

if (isMain(import.meta.url)) main();
