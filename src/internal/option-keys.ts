/**
 * How builder options are named: the camelCase of the wire's snake_case keys (`manual_check` is
 * `manualCheck`). UPPER_SNAKE keys, such as the attempt categories
 * `ID_DOCUMENT_TEXT_DATA_EXTRACTION`, are data and keep their name.
 */
export function optionKeyOf(wireKey: string): string {
  return /^[A-Z0-9_]+$/.test(wireKey) ? wireKey : wireKey.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** `maxRetry` → `max_retry`: how an unknown option is named in the terminal's report. */
export function wireKeyOf(optionKey: string): string {
  return /^[A-Z0-9_]+$/.test(optionKey) ? optionKey : optionKey.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
