/**
 * Durations in the words a reviewer reads: the API counts in seconds, people in minutes and days.
 */

const UNITS = [
  { seconds: 86_400, name: 'day' },
  { seconds: 3_600, name: 'hour' },
  { seconds: 60, name: 'minute' },
  { seconds: 1, name: 'second' },
] as const;

/**
 * `1200` → `20 minutes`, `90000` → `25 hours`, `604800` → `7 days`: the largest unit that divides
 * the value. A value no minute divides is rounded in its largest unit and keeps its seconds,
 * `2630000` → `30.4 days (2630000 s)`, so that two different values never read the same.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0) return `${String(seconds)} s`;
  const exact = UNITS.find((unit) => seconds >= unit.seconds && seconds % unit.seconds === 0);
  if (exact !== undefined && (exact.seconds > 1 || seconds < 60)) return plural(seconds / exact.seconds, exact.name);
  if (seconds === 0) return '0 seconds';
  const largest = UNITS.find((unit) => seconds >= unit.seconds) ?? UNITS[0];
  return `${plural(Number((seconds / largest.seconds).toFixed(1)), largest.name)} (${seconds} s)`;
}

const plural = (amount: number, unit: string) => `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/** `2030-06-30T17:00:00.000Z` → `2030-06-30 17:00 UTC`; text that is no date is returned as is. */
export function formatDeadline(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const iso = new Date(time).toISOString();
  const seconds = iso.slice(17, 19) === '00' ? '' : iso.slice(16, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds} UTC`;
}
