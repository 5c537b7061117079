/** An admin's handoffs in one conversation: kept in private conversation state between turns. */
export interface HandoffState {
  /** The open handoff: its id (the support thread) and the step the admin was on. */
  open?: { id: string; step: string };
  /** "What do you need?" was asked: the next message is the need. */
  askedNeed?: boolean;
  /** When each handoff of the last 24 hours started (epoch ms): at most LIMIT of them. */
  started: number[];
  /** The last few questions the admin asked, for the support team. */
  questions: string[];
  /** The admin's questions in a row the bot could not answer (a person is offered at two). */
  unanswered?: number;
}

/** Handoffs one conversation may start in WINDOW_MS. */
export const HANDOFF_LIMIT = 3;
export const WINDOW_MS = 24 * 60 * 60 * 1000;
/** How many of the admin's recent questions the support team sees. */
export const RECENT_QUESTIONS = 3;

export function emptyHandoffState(): HandoffState {
  return { started: [], questions: [] };
}

/** The starts inside the window ending `now`. */
export function recentStarts(state: HandoffState, now: number): number[] {
  return state.started.filter((at) => now - at < WINDOW_MS);
}

/** Remembers one of the admin's questions (the newest RECENT_QUESTIONS are kept). */
export function withQuestion(state: HandoffState, question: string): HandoffState {
  return { ...state, questions: [...state.questions, question].slice(-RECENT_QUESTIONS) };
}
