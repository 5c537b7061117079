/** Deeper JSON than this is refused: no activity or webhook nests anywhere near it. */
export const MAX_JSON_DEPTH = 64;

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * Parses a request body, refusing JSON nested deeper than `maxDepth` before JSON.parse
 * builds it (deep values overflow the stack of whatever walks them later).
 */
export function parseJsonBody(
  raw: Buffer | string | undefined,
  maxDepth = MAX_JSON_DEPTH,
): ParsedJson {
  // restify's bodyReader leaves the body undefined when nothing was sent.
  const text = raw === undefined ? '' : typeof raw === 'string' ? raw : raw.toString('utf8');
  if (text.trim() === '') return { ok: false, problem: 'empty body' };
  if (nestsDeeperThan(text, maxDepth)) return { ok: false, problem: 'JSON nested too deep' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'invalid JSON' };
  }
}

/** True when arrays and objects in the JSON text nest deeper than `limit` (one linear scan). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}
