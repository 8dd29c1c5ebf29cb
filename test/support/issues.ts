/** Helpers for tests that expect the terminal to reject a configuration. */
import * as assert from 'uvu/assert';
import { isInvalidConfigError, sessionConfig, type Issue } from '../../src/index.js';

/** The builder as a plain-JavaScript caller sees it: the same methods, no type state. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const untyped = (): any => sessionConfig().name('Rules');

/** Every issue the terminal reports; fails the test when it does not throw InvalidConfigError. */
export function issuesOf(build: () => { toJSON(): unknown }): Issue[] {
  try {
    build().toJSON();
  } catch (error) {
    if (isInvalidConfigError(error)) return [...error.issues];
    throw error;
  }
  assert.unreachable('expected InvalidConfigError');
  return [];
}

/** The issues a terminal throws (path, code and message), or the JSON it returns: two builds compare equal when they end alike. */
export function outcome(emit: () => unknown): unknown {
  try {
    return { json: emit() };
  } catch (error) {
    if (!isInvalidConfigError(error)) throw error;
    return { issues: error.issues.map(({ path, code, message }) => ({ path, code, message })) };
  }
}

/** `session_config.requested_checks[0]` for `['session_config', 'requested_checks', 0]`. */
export const pathText = (path: readonly (string | number)[]): string =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');

/** Asserts one issue with this code at this path whose message holds every fragment. */
export function expectIssue(build: () => { toJSON(): unknown }, code: string, path: string, ...fragments: string[]): Issue {
  const issues = issuesOf(build);
  const issue = issues.find((candidate) => candidate.code === code && pathText(candidate.path) === path);
  assert.ok(issue, `expected ${code} at ${path}, got ${JSON.stringify(issues)}`);
  for (const fragment of fragments) assert.ok(issue.message.includes(fragment), `"${issue.message}" should include "${fragment}"`);
  return issue;
}
