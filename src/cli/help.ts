export const COMMANDS = ['emit', 'validate', 'create', 'list', 'schema', 'explain', 'diff', 'plan', 'apply'] as const;
export type Command = (typeof COMMANDS)[number];

export const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

export const DEFAULT_KEY_VARIABLE = 'YOTI_SIGN_API_KEY';

const KEY_OPTIONS = `  --api-key-env NAME   the environment variable holding the API key (default ${DEFAULT_KEY_VARIABLE});
                       the key itself is never accepted on the command line
  --base-url URL       the API origin (default https://api.yotisign.com); http: only for loopback hosts`;

export const HELP: Readonly<Record<Command | 'main', string>> = {
  main: `Usage: yoti-session-config <command> [options]

Yoti Sign session configurations from the command line.

Commands:
  emit <module...>              write each builder a module exports as <export-name>.json
  validate <file-or-glob...>    check JSON configuration files against every rule
  create <file-or-module>       store a configuration with the Yoti Sign API
  list                          list the configurations an API key can use
  schema                        print the JSON Schema of a configuration file
  explain <file-or-module>      describe in words what a configuration asks and does
  diff <a> <b>                  the semantic differences between two configurations
  plan <file-or-module...>      compare configurations with what the account holds
  apply <file-or-module...>     create the configurations the account lacks

Options:
  -h, --help      show help (also: yoti-session-config <command> --help)
  --version       print the version

Exit codes: 0 success, 1 invalid input or a failed call, 2 wrong usage.
`,
  emit: `Usage: yoti-session-config emit <module...> [--out dir] [--check]

Imports each module (TypeScript needs tsx; JavaScript runs as is), finds the builders it
exports, and writes each as <export-name>.json (a default export takes the module's file
name): canonical key order, 2-space indent, newline at the end. Other exports are ignored.
Nothing is written unless every builder is named and valid; files whose content is already
right are left untouched. Globs are expanded when the shell passes them through.

Options:
  --out dir    the directory to write to (default: the current directory)
  --check      write nothing; exit 1 when a file is missing or differs (for CI)
`,
  validate: `Usage: yoti-session-config validate <file-or-glob...> [--strict] [--format text|json]

Checks each JSON file with validateSessionConfig: every problem with its file, JSON path and
message. Advisories (soft rules) are shown as well. Globs are expanded when the shell passes
them through (node_modules and .git are skipped by **).

Options:
  --strict               advisories fail the file too
  --format text|json     output format (default text)

Exit code 0 only when every file is valid.
`,
  create: `Usage: yoti-session-config create <file-or-module> [--export NAME] [--api-key-env NAME] [--base-url URL] [--format text|json]

Validates the configuration (a JSON file, or a builder exported by a module) and stores it
with POST /v2/idv/sessions/configs. Nothing is sent when it is invalid.

Options:
  --export NAME          the builder to send when the module exports several
${KEY_OPTIONS}
  --format text|json     output format (default text)
`,
  list: `Usage: yoti-session-config list [--detailed] [--api-key-env NAME] [--base-url URL] [--format text|json]

Lists Yoti's prebuilt configurations and your custom ones (GET /v2/idv/sessions/configs).
Secret values inside payloads (api_key, auth_token) are shown as "(hidden)".

Options:
  --detailed             include each configuration's payload
${KEY_OPTIONS}
  --format text|json     output format (default text)
`,
  explain: `Usage: yoti-session-config explain <file-or-module> [--export NAME] [--format text|markdown|json]

Describes a configuration (a JSON file, or a builder exported by a module) in words: what the
end user does, in order, and what Yoti does with it (checks and tasks with their manual-review
policy, AML lists, webhook host and topics, lifetimes), then advisories and errors. Secret values
are never printed. --format markdown is ready to paste into a pull request (with a Mermaid chart).

Options:
  --export NAME                   the builder to explain when the module exports several
  --format text|markdown|json     output format (default text)

Exit code 0, or 1 when the configuration breaks an error-level rule (the errors are listed).
`,
  diff: `Usage: yoti-session-config diff <a> <b> [--export NAME] [--format text|json]

Compares two configurations (JSON files or modules) the way Yoti reads them: checks and tasks
by type whatever their order, lists of codes as sets, TTLs in human units. Secrets are shown as
added, removed or changed, never with their values.

Options:
  --export NAME          the builder to compare in module arguments
  --format text|json     output format (default text)

Exit code 0 when equal, 1 when they differ, 2 on wrong usage or a file that cannot be loaded.
`,
  plan: `Usage: yoti-session-config plan <file-or-module...> [--version-suffix] [--api-key-env NAME] [--base-url URL] [--format text|json]

Compares each configuration (a JSON file, or every builder a module exports) with the account:
+ not in the account (apply creates it), = unchanged, ~ a different configuration holds the
name (with the differences), ? found by name but not compared (the listing carried no payload).
The API cannot update a configuration, so a changed one needs a new name.

Options:
  --version-suffix       propose the next free name for each changed configuration ("KYC v2")
${KEY_OPTIONS}
  --format text|json     output format (default text)

Exit code 0 when apply can bring the account in line, 1 when a configuration needs a new name
or a call failed, 2 on wrong usage.
`,
  apply: `Usage: yoti-session-config apply <file-or-module...> [--yes] [--version-suffix] [--api-key-env NAME] [--base-url URL] [--format text|json]

Makes the plan (see plan --help), then creates the configurations the account lacks, and touches
nothing else. On a terminal it shows the plan and creates nothing without --yes; when the
output is not a terminal (CI, a pipe) it goes ahead.

Options:
  --yes                  create without asking (needed on a terminal)
  --version-suffix       propose the next free name for each changed configuration
${KEY_OPTIONS}
  --format text|json     output format (default text)

Exit code 0 when the account now holds every configuration, 1 when a creation failed or a
configuration needs a new name, 2 on wrong usage.
`,
  schema: `Usage: yoti-session-config schema

Prints the JSON Schema (draft 2020-12) of a configuration file; the package also ships it as
yoti-session-config/schema.json.
`,
};
