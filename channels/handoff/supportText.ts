/** Longest piece of an admin's text shown in the support space (the rest is cut, marked "…"). */
const MAX_SHOWN = 1500;

/**
 * An admin's (or anyone's) text made inert for markdown: every character markdown,
 * Webex mentions (`<@all>`) or HTML could read is escaped with a backslash, line
 * breaks kept. Shown in a Webex or Teams message or inside an Adaptive Card's TextBlock,
 * it reads as typed and can neither format, mention, link nor add card markup.
 */
export function inertText(text: string): string {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return shown.replace(/\r\n?/g, '\n').replace(/[\\`*_{}[\]()#+\-.!|<>@~&]/g, (c) => `\\${c}`);
}

/** The words a person in the support thread ends a handoff with, in either language. */
const CLOSE_WORDS = new Set(['close', 'done', 'stang', 'klar', 'closed', 'stangd', 'avslutad']);

/** Whether a support person's reply ends the handoff ("close", "done", "stäng", "klar"). */
export function isClosingReply(text: string): boolean {
  const word = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return CLOSE_WORDS.has(word);
}
