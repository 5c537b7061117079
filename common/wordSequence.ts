/** Whether `phrase`, as words, stands in `words` from index `start` on. */
export function startsAt(
  words: readonly string[],
  start: number,
  phrase: readonly string[],
): boolean {
  return phrase.every((word, offset) => words[start + offset] === word);
}
