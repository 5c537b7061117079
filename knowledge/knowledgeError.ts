export type KnowledgeProblemKind = 'missing' | 'unreadable' | 'not-json' | 'invalid';

const HEADLINES: Record<KnowledgeProblemKind, string> = {
  missing: 'does not exist',
  unreadable: 'cannot be read',
  'not-json': 'is not valid JSON',
  invalid: 'is invalid',
};

/** A knowledge file that cannot be used; the message names the file and every offending field. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly kind: KnowledgeProblemKind,
    readonly problems: readonly string[] = [],
  ) {
    super(
      `knowledge file ${file} ${HEADLINES[kind]}` +
        (problems.length ? `:\n${problems.map((p) => `  - ${p}`).join('\n')}` : ''),
    );
    this.name = 'KnowledgeError';
  }
}
