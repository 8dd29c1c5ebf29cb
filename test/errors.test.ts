import { runInNewContext } from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidConfigError, isInvalidConfigError, isSessionConfigError, SessionConfigError, sessionConfig } from '../src/index.js';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return assert.unreachable('expected a throw');
}

test('validation errors are InvalidConfigError, a SessionConfigError, with a stable name', () => {
  const error = thrownBy(() => (sessionConfig() as unknown as { toJSON(): unknown }).toJSON());
  assert.instance(error, InvalidConfigError);
  assert.instance(error, SessionConfigError);
  assert.instance(error, Error);
  assert.is((error as Error).name, 'InvalidConfigError');
  assert.ok(isInvalidConfigError(error));
  assert.ok(isSessionConfigError(error));
});

test('the guards recognise errors from another realm by name', () => {
  const foreign = runInNewContext(`
    const error = new Error('Invalid session configuration (1 problem)');
    error.name = 'InvalidConfigError';
    error.issues = [];
    error;
  `);
  assert.not.instance(foreign, InvalidConfigError);
  assert.ok(isInvalidConfigError(foreign));
  assert.ok(isSessionConfigError(foreign));
});

test('the guards reject look-alikes and non-errors', () => {
  assert.not.ok(isInvalidConfigError({ name: 'InvalidConfigError' }));
  assert.not.ok(isInvalidConfigError(Object.assign(new Error('x'), { name: 'InvalidConfigError' })));
  assert.not.ok(isSessionConfigError(new TypeError('x')));
  assert.not.ok(isSessionConfigError(null));
  assert.not.ok(isSessionConfigError('InvalidConfigError'));
});

test.run();
