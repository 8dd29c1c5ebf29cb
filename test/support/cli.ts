/**
 * Runs the built bin (`npm run build` first) as a child process, as a user's shell would:
 * asynchronously, so that an emulator in the test's own process can answer it.
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist/cli/bin.js');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `yoti-session-config ...args` in `cwd`, with a clean environment plus `env`; killed after `timeoutMs`. */
export function cli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: { PATH: process.env['PATH'] ?? '', ...options.env }, encoding: 'utf8', timeout: options.timeoutMs ?? 20_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : error.killed ? -1 : 1, stdout, stderr }),
    );
  });
}

/** A long-running command: its output so far, a way to wait for a line, and a way to signal it. */
export function startCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { PATH: process.env['PATH'] ?? '', ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : -1), stdout, stderr })));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves with the first match of `pattern` in stdout, or rejects when the process ends or `timeoutMs` passes first. */
    async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpExecArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pattern.exec(stdout);
        if (found !== null) return found;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`no ${String(pattern)} in output:\n${stdout}\n${stderr}`);
        await new Promise((wake) => setTimeout(wake, 25));
      }
    },
  };
}
