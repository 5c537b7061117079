const MAX_ECHO_LENGTH = 40;

/**
 * What the admin typed, made safe to show back in any channel: only letters,
 * digits, spaces and plain punctuation survive, so no markdown, HTML, card markup,
 * control or direction characters can change the message; long text is shortened.
 */
export function echoUserText(text: string): string {
  const trimmed = text.trim();
  const safe = trimmed
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[^\p{L}\p{N}\p{M} .,'-]/gu, '')
    .trim();
  const short = safe.slice(0, MAX_ECHO_LENGTH);
  return short.length < trimmed.length ? `${short}…` : short;
}
