/** Letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'g');

/**
 * Letters as an admin on an English keyboard types them: compatibility-decomposed,
 * accents dropped ("å" -> "a", "é" -> "e") and the letters that carry no separable
 * accent spelt out ("ø" -> "o", "æ" -> "ae", "ß" -> "ss"). Case and punctuation stay.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED, (c) => LETTERS_WITHOUT_DECOMPOSITION[c]!);
}

/**
 * Text as we compare it: letters folded (foldLetters), lower case, punctuation turned
 * into spaces, spaces collapsed. "Å" typed as "A" plus a combining ring, "Sverige " and
 * "SVERIGE" all come out the same. The one normaliser of the project.
 */
export function normalizeText(text: string): string {
  return foldLetters(text)
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
