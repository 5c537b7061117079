/** The first of `languages` an Accept-Language header asks for (by weight), if any. */
export function preferredLanguage(
  header: string | undefined,
  languages: readonly string[],
): string | undefined {
  const wanted = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: range.split('-')[0]!, weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ language, weight }) => language && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return wanted.find(({ language }) => languages.includes(language))?.language;
}
