export type RulesProblemKind = 'missing' | 'unreadable' | 'not-json' | 'invalid';

const HEADLINES: Record<RulesProblemKind, string> = {
  missing: 'does not exist',
  unreadable: 'cannot be read',
  'not-json': 'is not valid JSON',
  invalid: 'is invalid',
};

/** A rules file that cannot be used; the message names the file and every offending field. */
export class RulesError extends Error {
  constructor(
    readonly file: string,
    readonly kind: RulesProblemKind,
    readonly problems: readonly string[] = [],
  ) {
    super(
      `rules file ${file} ${HEADLINES[kind]}` +
        (problems.length ? `:\n${problems.map((p) => `  - ${p}`).join('\n')}` : ''),
    );
    this.name = 'RulesError';
  }
}
