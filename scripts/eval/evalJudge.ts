import type { GivenAnswers, CorpusCase } from './evalCorpus';
import type { EvalReply, Snapshot } from './evalConversation';

type Values = Record<string, unknown>;

/** What the bot made of one message, read off the state and the attempt record. */
export interface Outcome {
  /** Answers stored by this message (a step's value that is new or different). */
  recorded: Values;
  /** Values kept to confirm or to ask later (proposals, a confirmation question). */
  proposed: Values;
  commands: string[];
  /** Topic ids answered, `off-topic` for a declined question, `unanswered` for a menu. */
  questions: string[];
  handoff: boolean;
}

export interface Verdict {
  correct: boolean;
  /** What the bot did, as one label (for the confusions). */
  got: string;
  /** Steps recorded with a value the message did not give. */
  wrongRecords: string[];
}

export function outcomeOf(before: Snapshot, after: Snapshot, reply: EvalReply): Outcome {
  const recorded = changed(before.session?.draft, after.session?.draft);
  const proposed = changed(before.session?.proposals, after.session?.proposals);
  delete proposed.subdomainSuggestion;
  const confirming = reply.questionId?.match(/^(\w+)\.confirm$/)?.[1];
  if (confirming === 'change') {
    // A change that clears other answers waits for a yes: its values are proposed.
    for (const { step, value } of after.session?.pendingChange ?? []) proposed[step] = value;
  } else if (confirming && !(confirming in recorded)) proposed[confirming] = 'asked to confirm';
  // A message that starts a new attempt counts from nothing.
  const earlier = before.attempt?.id === after.attempt?.id ? before.attempt : undefined;
  const asked = (key: 'unanswered' | 'outOfScope') =>
    delta(earlier?.questions[key], after.attempt?.questions[key]);
  return {
    recorded,
    proposed,
    commands: countsAdded(earlier?.commands, after.attempt?.commands),
    questions: [
      ...countsAdded(earlier?.questions.topics, after.attempt?.questions.topics),
      ...repeat('unanswered', asked('unanswered')),
      ...repeat('off-topic', asked('outOfScope')),
    ],
    handoff:
      after.handoffsOpened > before.handoffsOpened ||
      (!!after.handoff?.askedNeed && !before.handoff?.askedNeed),
  };
}

/** Judges an outcome against the case's expectation (eval/README.md). */
export function judge(c: CorpusCase, outcome: Outcome): Verdict {
  const given: Values = 'answers' in c.expect ? c.expect.answers : {};
  const wrongRecords = Object.keys(outcome.recorded).filter(
    (step) => given[step] === undefined || given[step] !== outcome.recorded[step],
  );
  const got = label(outcome);
  const expect = c.expect;
  let correct: boolean;
  if ('question' in expect) correct = outcome.questions.includes(expect.question);
  else if ('answers' in expect) correct = takesAll(expect.answers, outcome);
  else if ('command' in expect) correct = outcome.commands.includes(expect.command);
  else if ('handoff' in expect) correct = outcome.handoff;
  else correct = got === 'nothing';
  return { correct: correct && wrongRecords.length === 0, got, wrongRecords };
}

/** The expectation as one label, comparable with `label(outcome)`. */
export function expectedLabel(c: CorpusCase): string {
  const expect = c.expect;
  if ('question' in expect) return `question:${expect.question}`;
  if ('answers' in expect) return answersLabel(expect.answers);
  if ('command' in expect) return `command:${expect.command}`;
  if ('handoff' in expect) return 'handoff';
  return 'nothing';
}

function takesAll(answers: GivenAnswers, outcome: Outcome): boolean {
  const wanted = Object.entries(answers);
  if (!wanted.length) return !Object.keys(outcome.recorded).length;
  return wanted.every(
    ([step, value]) =>
      outcome.recorded[step] === value ||
      outcome.proposed[step] === value ||
      outcome.proposed[step] === 'asked to confirm',
  );
}

function label(outcome: Outcome): string {
  const taken = { ...outcome.proposed, ...outcome.recorded };
  if (Object.keys(taken).length) return answersLabel(taken);
  if (outcome.handoff) return 'handoff';
  if (outcome.commands.length) return `command:${outcome.commands[0]}`;
  if (outcome.questions.length) return `question:${outcome.questions[0]}`;
  return 'nothing';
}

function answersLabel(values: Values): string {
  const steps = Object.keys(values).sort();
  return steps.length ? `answers:${steps.join('+')}` : 'answers:none';
}

function changed(before: object | undefined, after: object | undefined): Values {
  const result: Values = {};
  for (const [key, value] of Object.entries(after ?? {})) {
    if (value !== undefined && (before as Values | undefined)?.[key] !== value) result[key] = value;
  }
  return result;
}

function countsAdded(
  before: Record<string, number> | undefined,
  after: Record<string, number> | undefined,
): string[] {
  return Object.entries(after ?? {}).flatMap(([key, n]) => repeat(key, n - (before?.[key] ?? 0)));
}

function delta(before = 0, after = 0): number {
  return after - before;
}

function repeat(value: string, times: number): string[] {
  return times > 0 ? Array<string>(times).fill(value) : [];
}
