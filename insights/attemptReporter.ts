import type { CommandId } from './attemptRecord';

/** What became of an admin's question (the `result` label of wxcc_setup_questions_total). */
export type QuestionResult =
  | { kind: 'answered'; topic: string }
  | { kind: 'unanswered'; text: string }
  | { kind: 'out-of-scope' };

/**
 * What the dialogs report during a turn about the admin's setup attempt. The bot
 * gives one per turn and records it with the turn's state; steps reached and answered
 * and a finished plan it reads from the session itself.
 */
export interface AttemptReporter {
  commandUsed(command: CommandId): void;
  questionAsked(result: QuestionResult): void;
  cancelled(): void;
  /** The admin named a country the rules do not cover (ISO code). */
  unsupportedCountry(country: string): void;
  /** Reserved for the handoff feature: the admin was handed to a person at `target`. */
  handedOff(target: string): void;
}

/** Reports nowhere (dialog tests, the terminal without insights). */
export const NO_REPORTER: AttemptReporter = {
  commandUsed: () => {},
  questionAsked: () => {},
  cancelled: () => {},
  unsupportedCountry: () => {},
  handedOff: () => {},
};
