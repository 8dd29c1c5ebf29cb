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
  explain: `Usage: yoti-session-config explain <file-or-module> [--export NAME] [--format text|markdown|json]

Describes a configuration (a JSON file, or a builder exported by a module) in words: what the
end user does, in order, and what Yoti does with it (checks and tasks with their manual-review
policy, AML lists, webhook host and topics, lifetimes), then advisories and errors. Secret values
are never printed. --format markdown is ready to paste into a pull request (with a Mermaid chart).

Options:
${optionTable([
  ['--export NAME', 'the builder to explain when the module exports several'],
  ['--format text|markdown|json', 'output format (default text)'],
])}

Exit code 0, or 1 when the configuration breaks an error-level rule (the errors are listed).
`,
  diff: `Usage: yoti-session-config diff <a> <b> [--export NAME] [--format text|json]

Compares two configurations (JSON files or modules) the way Yoti reads them: checks and tasks
by type whatever their order, lists of codes as sets, TTLs in human units. Secrets are shown as
added, removed or changed, never with their values.

Options:
${optionTable([
  ['--export NAME', 'the builder to compare in module arguments'],
  ['--format text|json', 'output format (default text)'],
])}

Exit code 0 when equal, 1 when they differ, 2 on wrong usage or a file that cannot be loaded.
`,
  plan: `Usage: yoti-session-config plan <file-or-module...> [--version-suffix] [--api-key-env NAME] [--base-url URL] [--format text|json]

Compares each configuration (a JSON file, or every builder a module exports) with the account:
+ not in the account (apply creates it), = unchanged, ~ a different configuration holds the
name (with the differences), ? found by name but not compared (the listing carried no payload).
The API cannot update a configuration, so a changed one needs a new name.

Options:
${optionTable([['--version-suffix', 'propose the next free name for each changed configuration ("KYC v2")'], ...KEY_OPTIONS])}

Exit code 0 when apply can bring the account in line, 1 when a configuration needs a new name
or a call failed, 2 on wrong usage.
`,
  apply: `Usage: yoti-session-config apply <file-or-module...> [--yes] [--version-suffix] [--api-key-env NAME] [--base-url URL] [--format text|json]

Makes the plan (see plan --help), then creates the configurations the account lacks, and touches
nothing else. On a terminal it shows the plan and creates nothing without --yes; when the
output is not a terminal (CI, a pipe) it goes ahead.

Options:
${optionTable([
  ['--yes', 'create without asking (needed on a terminal)'],
  ['--version-suffix', 'propose the next free name for each changed configuration'],
  ...KEY_OPTIONS,
])}

Exit code 0 when the account now holds every configuration, 1 when a creation failed or a
configuration needs a new name, 2 on wrong usage.
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
