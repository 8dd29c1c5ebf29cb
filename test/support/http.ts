/** Helpers for tests that talk to the local emulator over loopback HTTP. */
import * as assert from 'uvu/assert';
import { isApiError, type ApiError, type ApiErrorKind } from '../../src/index.js';

export const API_KEY = 'test-key-4e1b7c';
export const OTHER_KEY = 'other-key-90d2aa';
export const CONFIGS_PATH = '/v2/idv/sessions/configs';

/** What the promise rejected with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.unreachable('expected the call to reject');
  return undefined;
}

/** The `ApiError` the call rejected with, checked to be of `kind` (and `status` when given). */
export async function apiErrorOf(promise: Promise<unknown>, kind: ApiErrorKind, status?: number): Promise<ApiError> {
  const error = await rejectionOf(promise);
  assert.ok(isApiError(error), `expected ApiError, got ${String(error)}`);
  assert.is(error.kind, kind, error.message);
  if (status !== undefined) assert.is(error.status, status);
  return error;
}

/** Asserts the error's class and that its message holds every fragment. */
export function expectError(error: unknown, type: new (...args: never[]) => Error, ...fragments: string[]): void {
  assert.instance(error, type);
  for (const fragment of fragments) assert.ok((error as Error).message.includes(fragment), `"${(error as Error).message}" should include "${fragment}"`);
}
