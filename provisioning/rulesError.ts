export type RulesProblem = 'missing' | 'unreadable' | 'not-json' | 'invalid';

const HEADLINES: Record<RulesProblem, string> = {
  missing: 'does not exist',
  unreadable: 'cannot be read',
  'not-json': 'is not valid JSON',
  invalid: 'is invalid',
};

/** A rules file that cannot be used; the message names the file and every offending field. */
export class RulesError extends Error {
  constructor(
    readonly file: string,
    readonly problem: RulesProblem,
    readonly details: readonly string[] = [],
  ) {
    super(
      `rules file ${file} ${HEADLINES[problem]}` +
        (details.length ? `:\n${details.map((d) => `  - ${d}`).join('\n')}` : ''),
    );
    this.name = 'RulesError';
  }
}
