/**
 * Finds the known value a caller most likely meant, for "did you mean" hints. Case and the
 * `-`/`_` spelling are ignored first (`adverse_media` means `ADVERSE-MEDIA`); otherwise the
 * nearest value by edit distance wins, if it is near enough to be a typo rather than a guess.
 */
export function closest(value: string, known: readonly string[]): string | undefined {
  if (value === '' || value.length > MAX_COMPARED) return undefined;
  const normalised = normalise(value);
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(normalised.length / 3)) + 1;
  for (const candidate of known) {
    const other = normalise(candidate);
    if (other === normalised) return candidate;
    if (Math.abs(other.length - normalised.length) >= bestDistance) continue;
    const distance = editDistance(normalised, other, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Longer strings are not typos of a short enum value; comparing them would only cost time. */
const MAX_COMPARED = 64;

function normalise(value: string): string {
  return value.toUpperCase().replace(/-/g, '_');
}

/** Levenshtein distance, giving up (returning `limit`) once every path costs at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(distance);
      if (distance < rowMinimum) rowMinimum = distance;
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return previous[b.length] as number;
}
