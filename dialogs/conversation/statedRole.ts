import { normalizeText } from '../../common/textNormalization';
import { startsAt } from '../../common/wordSequence';
import type { Role } from '../../provisioning/identifiers';

/** The words that tell a writer's own role from a role mentioned, as token lists. */
export interface RoleWords {
  /** The names of each role, normalized, as words. */
  names: { id: Role; words: string[] }[];
  /** How writers say who they are ("I'm", "we are", "jag är"), the articles that may follow. */
  openings: string[][];
  /** Words after a role that make it whom the work is about ("the customer is in Ireland"). */
  aboutOthers: ReadonlySet<string>;
  /**
   * Words after a role that make it the writer's own ("partner here", "partner här"),
   * compared with their accents: "här" (here) is not "har" (has).
   */
  selfAfter: ReadonlySet<string>;
  /** Words that may open a statement without changing it ("actually", "faktiskt"). */
  leadIns: ReadonlySet<string>;
  /** "<role> <connector> <name>" ("set the role to customer", "ändra roll till partner"). */
  fieldNames: string[][];
  connectors: string[][];
  articles: string[][];
}

/**
 * The role the writer states for themselves: a part of the message (between commas,
 * full stops or "and") that opens with the role ("partner, trial, Japan", "a reseller",
 * "partner här"), or with "I'm", "we are", "jag är", ... and the role, past a lead-in
 * ("actually we're the customer admin"); or the role named as the value of the role
 * ("set the role to customer"). A role mentioned otherwise ("a trial for a customer in
 * Australia") is whom the work is for, not the writer's role. So is a role followed by
 * what it does or where it is ("the customer is in Ireland", "kunden finns i Indonesien").
 */
export function statedRole(text: string, words: RoleWords): Role | undefined {
  const found = new Set<Role>();
  for (const part of text.split(/[,;.!?\n]+|\s+(?:and|och)\s+/i)) {
    const typed = part
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const tokens = typed.map(normalizeText);
    let start = 0;
    while (start < tokens.length && words.leadIns.has(tokens[start]!)) start++;
    for (const { id, words: name } of words.names) {
      const statedAt = (opening: string[]) => {
        if (!startsAt(tokens, start, [...opening, ...name])) return false;
        const next = start + opening.length + name.length;
        return words.selfAfter.has(typed[next] ?? '') || !words.aboutOthers.has(tokens[next] ?? '');
      };
      if (words.openings.some(statedAt) || namedAsValue(tokens, name, words)) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether the part says "role to <name>" / "roll till <name>", an article allowed before the name. */
function namedAsValue(tokens: string[], name: string[], words: RoleWords): boolean {
  return tokens.some((_, i) =>
    words.fieldNames.some((field) =>
      words.connectors.some((connector) =>
        words.articles.some((article) =>
          startsAt(tokens, i, [...field, ...connector, ...article, ...name]),
        ),
      ),
    ),
  );
}
