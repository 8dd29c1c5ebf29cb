import { adviseSessionConfig } from '../advisories.js';
import { formatPath, type IssuePath } from '../internal/issue.js';
import { validateSessionConfig } from '../validate.js';
import { parseCommandArgs } from './args.js';
import { displayPath, expandFileArguments, readInputFile } from './files.js';
import { CommandError, count, EXIT, paintFor, PathError, UsageError, type ExitCode, type Io } from './io.js';

const OPTIONS = { strict: { type: 'boolean' }, format: { type: 'string', choices: ['text', 'json'] } } as const;

/** One line of the report. Codes are the library's issue and advisory codes, plus the file-level ones here. */
export interface ReportedIssue {
  readonly severity: 'error' | 'advisory';
  readonly path: IssuePath;
  readonly code: string;
  readonly message: string;
}

export interface FileReport {
  readonly file: string;
  /** Passes in the chosen mode: no error, and with `--strict` no advisory either. */
  readonly valid: boolean;
  readonly issues: readonly ReportedIssue[];
}

export async function validateCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (positionals.length === 0) throw new UsageError('validate needs at least one file or glob');
  const strict = values.strict === true;

  const { files, unmatched } = expandFileArguments(positionals, io.cwd);
  const reports: FileReport[] = unmatched.map((pattern) => fileProblem(pattern, 'file_not_found', 'no file matches this path or pattern'));
  for (const file of files) reports.push(checkFile(file, displayPath(file, io.cwd), strict));

  const valid = reports.filter((report) => report.valid).length;
  const summary = { checked: reports.length, valid, invalid: reports.length - valid };
  if (values.format === 'json') io.stdout.write(`${JSON.stringify({ valid: summary.invalid === 0, strict, summary, files: reports }, null, 2)}\n`);
  else printText(reports, summary, strict, io);
  return summary.invalid === 0 ? EXIT.ok : EXIT.failed;
}

function checkFile(path: string, file: string, strict: boolean): FileReport {
  let text: string;
  try {
    text = readInputFile(path, file);
  } catch (error) {
    // A device, a pipe or a huge file stops the command (exit 2); a file that vanished or is not readable is that file's problem.
    if (error instanceof PathError) throw error;
    if (error instanceof CommandError) return fileProblem(file, 'unreadable_file', error.message.slice(`${file}: `.length));
    return fileProblem(file, 'unreadable_file', `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return fileProblem(file, 'invalid_json', jsonSyntaxMessage(text, error));
  }
  const result = validateSessionConfig(data);
  const errors: ReportedIssue[] = result.ok ? [] : result.issues.map((issue) => ({ severity: 'error', ...issue }));
  const advisories: ReportedIssue[] = result.ok ? adviseSessionConfig(result.value).map((advisory) => ({ severity: 'advisory', ...advisory })) : [];
  return { file, valid: errors.length === 0 && (!strict || advisories.length === 0), issues: [...errors, ...advisories] };
}

function fileProblem(file: string, code: string, message: string): FileReport {
  return { file, valid: false, issues: [{ severity: 'error', path: [], code, message: `${formatPath([])}: ${message}` }] };
}

/**
 * Where the syntax error is, never what the text says there: V8 quotes the source around the
 * error, and a configuration can hold secrets (a custom account's api_key, a webhook token).
 */
function jsonSyntaxMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const reason = message.split(/, "| in JSON| is not valid JSON/)[0]?.replace(/\s*\(line \d+ column \d+\)$/, '').trim();
  const position = /at position (\d+)/.exec(message)?.[1];
  let where = '';
  if (position !== undefined) {
    const before = text.slice(0, Number(position)).split('\n');
    where = ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  }
  return `not valid JSON${where}${reason === undefined || reason === '' || reason.includes('"') ? '' : `: ${reason}`}`;
}

function printText(reports: readonly FileReport[], summary: { checked: number; valid: number; invalid: number }, strict: boolean, io: Io): void {
  const paint = paintFor(io.stdout, io.env);
  for (const report of reports) {
    const file = paint.bold(report.file);
    for (const issue of report.issues) {
      const severity = issue.severity === 'error' ? paint.red('error') : paint.yellow('advisory');
      io.stdout.write(`${file}: ${severity}: ${issue.message}\n`);
    }
    if (report.valid) io.stdout.write(`${file}: ${paint.green('valid')}\n`);
  }
  // Under --strict an advisory line alone does not say whether the file failed, so the verdict is always printed.
  if (strict) {
    const verdict = summary.invalid === 0 ? paint.green('passed') : paint.red('failed');
    io.stdout.write(`${count(summary.checked, 'file')} checked with --strict (advisories fail a file): ${summary.valid} valid, ${summary.invalid} invalid: ${verdict}\n`);
  } else if (summary.checked > 1) {
    io.stdout.write(`${count(summary.checked, 'file')} checked: ${summary.valid} valid, ${summary.invalid} invalid\n`);
  }
}
