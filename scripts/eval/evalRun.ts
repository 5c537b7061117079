import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { CorpusCase } from './evalCorpus';
import { EvalConversation } from './evalConversation';
import { expectedLabel, judge, outcomeOf, type Verdict } from './evalJudge';
import { DEFAULT_PATH, walkTo } from './evalWalk';

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
  await walkTo(conversation, c.at, { ...DEFAULT_PATH, ...c.given }, rules, c.lang);
  const before = conversation.snapshot();
  const reply = await conversation.say(c.text);
  const verdict = judge(c, outcomeOf(before, conversation.snapshot(), reply));
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
