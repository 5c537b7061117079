import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SetupAnswers } from '../../dialogs/steps/registry';
import type { CorpusCase } from './evalCorpus';
import { EvalConversation } from './evalConversation';
import { expectedLabel, judge, outcomeOf, type Verdict } from './evalJudge';
import { DEFAULT_PATH, walkTo } from './evalWalk';

/** The answers the rules fill in by themselves for this draft (no question asked). */
function automaticAnswers(draft: SetupAnswers, rules: ProvisioningRules): Partial<SetupAnswers> {
  const { country, platform, orderType } = draft;
  if (!country) return {};
  const automatic: Partial<SetupAnswers> = {};
  const onlyPlatform = rules.platformChoice({ country }).automatic?.id;
  if (onlyPlatform) automatic.platform = onlyPlatform;
  if (platform && orderType) {
    const query = { country, platform, orderType, pstnAddOn: draft.pstnAddOn ?? false };
    const telephony = rules.telephonyOptions(query).automatic?.id;
    if (telephony) automatic.telephony = telephony;
  }
  return automatic;
}

export interface CaseResult extends Verdict {
  case: CorpusCase;
  expected: string;
  /** The bot's reply, for reading a confusion. */
  reply: string;
}

const LOCALES = { en: 'en-US', sv: 'sv-SE' };

/** Sends one case to the real bot in a fresh conversation walked to its place, and judges it. */
export async function runCase(
  c: CorpusCase,
  rules: ProvisioningRules,
  knowledge: KnowledgeSearch,
): Promise<CaseResult> {
  const conversation = new EvalConversation(rules, knowledge, LOCALES[c.lang]);
  try {
    await walkTo(conversation, c.at, { ...DEFAULT_PATH, ...c.given }, rules, c.lang);
  } catch (error) {
    throw new Error(`${c.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const before = conversation.snapshot();
  const reply = await conversation.say(c.text);
  const after = conversation.snapshot();
  const outcome = outcomeOf(before, after, reply);
  // What the rules chose themselves (the only platform, the add-on's telephony) was announced,
  // not read: no wrong record, unless the message itself gave that value ("exception platform
  // with Voice POP" where Voice POP is the platform's only option), which then counts as taken.
  const given: Record<string, unknown> = 'answers' in c.expect ? c.expect.answers : {};
  for (const [step, value] of Object.entries(automaticAnswers(after.session?.draft ?? {}, rules)))
    if (outcome.recorded[step] === value && given[step] !== value) delete outcome.recorded[step];
  const verdict = judge(c, outcome);
  return { ...verdict, case: c, expected: expectedLabel(c), reply: reply.text };
}

export async function runCorpus(
  cases: readonly CorpusCase[],
  rules: ProvisioningRules,
  knowledge: KnowledgeSearch,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c, rules, knowledge));
  return results;
}
