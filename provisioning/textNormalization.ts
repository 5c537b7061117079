/**
 * Text as we compare it: Unicode-decomposed with the accents removed, lower case,
 * punctuation turned into spaces, spaces collapsed. "Å" typed as "A" plus a
 * combining ring, "Sverige " and "SVERIGE" all come out the same.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let rows = new Int32Array(3 * 64);

/**
 * Damerau-Levenshtein distance (optimal string alignment): typos, swaps, missing
 * letters. Stops early with a result above `max` once the distance must exceed it.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Three rows of the matrix, reused between calls: this runs for many names per message.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[beforePrevious + j - 2]! + 1);
      }
      rows[current + j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return rows[previous + b.length]!;
}
