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

/** A role's every statement as one word sequence, built once: this runs on every message. */
export interface RolePhrases {
  /** Opening and name ("i m the partner"), by their first word. */
  statements: Map<string, RoleSequence[]>;
  /** "role to customer", "roll till en partner", by their first word. */
  asValue: Map<string, RoleSequence[]>;
  words: RoleWords;
}

export function rolePhrases(words: RoleWords): RolePhrases {
  const statements = byFirstWord(
    words.names.flatMap(({ id, words: name }) =>
      words.openings.map((opening) => ({ id, words: [...opening, ...name] })),
    ),
  );
  const asValue = byFirstWord(
    words.names.flatMap(({ id, words: name }) =>
      words.fieldNames.flatMap((field) =>
        words.connectors.flatMap((connector) =>
          words.articles.map((article) => ({
            id,
            words: [...field, ...connector, ...article, ...name],
          })),
        ),
      ),
    ),
  );
  return { statements, asValue, words };
}

type RoleSequence = { id: Role; words: string[] };

function byFirstWord(sequences: RoleSequence[]): Map<string, RoleSequence[]> {
  const map = new Map<string, RoleSequence[]>();
  for (const sequence of sequences) {
    const first = sequence.words[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), sequence]);
  }
  return map;
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
export function statedRole(text: string, phrases: RolePhrases): Role | undefined {
  const { words } = phrases;
  const found = new Set<Role>();
  for (const part of text.split(/[,;.!?\n]+|\s+(?:and|och)\s+/i)) {
    const typed = part
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const tokens = typed.map(normalizeText);
    let start = 0;
    while (start < tokens.length && words.leadIns.has(tokens[start]!)) start++;
    for (const { id, words: statement } of phrases.statements.get(tokens[start] ?? '') ?? []) {
      if (found.has(id) || !startsAt(tokens, start, statement)) continue;
      const next = start + statement.length;
      if (words.selfAfter.has(typed[next] ?? '') || !words.aboutOthers.has(tokens[next] ?? ''))
        found.add(id);
    }
    tokens.forEach((token, i) => {
      for (const { id, words: value } of phrases.asValue.get(token) ?? [])
        if (startsAt(tokens, i, value)) found.add(id);
    });
  }
  return found.size === 1 ? [...found][0] : undefined;
}
