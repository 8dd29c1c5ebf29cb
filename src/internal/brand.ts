/**
 * Marks builder instances so that tools (the CLI's `emit`) recognise a builder exported by any
 * copy of the package: a registered symbol is one value across copies and realms, where
 * `instanceof` fails as soon as a user's module and the CLI load two installs.
 */
export const BUILDER_BRAND: unique symbol = Symbol.for('yoti-session-config.builder');

/** True only for a builder of this package (any copy); never throws, even for a hostile Proxy. */
export function isBuilder(value: unknown): value is { toJSON(): unknown } {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { [BUILDER_BRAND]?: unknown })[BUILDER_BRAND] === true &&
      typeof (value as { toJSON?: unknown }).toJSON === 'function'
    );
  } catch {
    return false;
  }
}
