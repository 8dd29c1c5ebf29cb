export const DEFAULT_KEY_VARIABLE = 'YOTI_SIGN_API_KEY';

/** The emulator command's defaults, shown in its help and in the example it prints. */
export const EMULATOR_DEFAULTS = { port: 4010, apiKey: 'local-key' } as const;

type OptionRow = readonly [flags: string, description: string];

/** Option rows with their descriptions in one column; a description may run over several lines. */
export function optionTable(rows: readonly OptionRow[]): string {
  const width = Math.max(...rows.map(([flags]) => flags.length)) + 3;
  return rows
    .map(([flags, description]) =>
      description
        .split('\n')
        .map((line, index) => `  ${(index === 0 ? flags : '').padEnd(width)}${line}`)
        .join('\n'),
    )
    .join('\n');
}

const KEY_OPTIONS: readonly OptionRow[] = [
  ['--api-key-env NAME', `the environment variable holding the API key (default ${DEFAULT_KEY_VARIABLE});\nthe key itself is never accepted on the command line`],
  ['--base-url URL', 'the API origin (default https://api.yotisign.com); http: only for loopback\nhosts, such as `yoti-session-config emulator`'],
  ['--format text|json', 'output format (default text); secret values are shown as "(hidden)"'],
];

export const HELP = {
  emit: `Usage: yoti-session-config emit <module...> [--out dir] [--check] [--allow-secrets]

Imports each module (TypeScript needs tsx; JavaScript runs as is), finds the builders it
exports, and writes each as <export-name>.json (a default export takes the module's file
name): canonical key order, 2-space indent, newline at the end. Other exports are ignored.
Nothing is written unless every builder is named and valid; files whose content is already
right are left untouched. Globs are expanded when the shell passes them through.

A configuration holding a secret (a webhook auth_token, a screening api_key) is not written:
fixture files get committed. Read the secret from an environment variable where the
configuration is created instead.

Options:
${optionTable([
  ['--out dir', 'the directory to write to (default: the current directory)'],
  ['--check', 'write nothing; exit 1 when a file is missing or differs (for CI)'],
  ['--allow-secrets', 'write secret values into the files all the same'],
])}
`,
  validate: `Usage: yoti-session-config validate <file-or-glob...> [--strict] [--format text|json]

Checks each JSON file with validateSessionConfig: every problem with its file, JSON path and
message. Advisories (soft rules) are shown as well. Globs are expanded when the shell passes
them through (node_modules and .git are skipped by **).

Options:
${optionTable([
  ['--strict', 'advisories fail the file too'],
  ['--format text|json', 'output format (default text)'],
])}

Exit code 0 only when every file is valid.
`,
  create: `Usage: yoti-session-config create <file-or-module> [--export NAME] [--api-key-env NAME] [--base-url URL] [--format text|json]

Validates the configuration (a JSON file, or a builder exported by a module) and stores it
with POST /v2/idv/sessions/configs. Nothing is sent when it is invalid.

Options:
${optionTable([['--export NAME', 'the builder to send when the module exports several'], ...KEY_OPTIONS])}
`,
  list: `Usage: yoti-session-config list [--detailed] [--api-key-env NAME] [--base-url URL] [--format text|json]

Lists Yoti's prebuilt configurations and your custom ones (GET /v2/idv/sessions/configs).

Options:
${optionTable([['--detailed', "include each configuration's payload"], ...KEY_OPTIONS])}
`,
  schema: `Usage: yoti-session-config schema

Prints the JSON Schema (draft 2020-12) of a configuration file; the package also ships it as
yoti-session-config/schema.json.
`,
  emulator: `Usage: yoti-session-config emulator [--port N] [--api-key KEY]

Starts a local Yoti Sign emulator on 127.0.0.1 (the one in yoti-session-config/testing) and
prints its URL and a command to try against it. It validates and stores configurations in
memory, as the API would. Stop it with Ctrl-C.

Options:
${optionTable([
  ['--port N', `the port to listen on (default ${EMULATOR_DEFAULTS.port}; 0 picks a free one)`],
  ['--api-key KEY', `the made-up key the emulator accepts (default ${EMULATOR_DEFAULTS.apiKey}); never a real one`],
])}
`,
} as const;
