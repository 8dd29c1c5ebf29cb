export const COMMANDS = ['emit', 'validate', 'create', 'list', 'schema'] as const;
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
  schema: `Usage: yoti-session-config schema

Prints the JSON Schema (draft 2020-12) of a configuration file; the package also ships it as
yoti-session-config/schema.json.
`,
};
