import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { GivenAnswers, Place } from './evalCorpus';
import type { EvalConversation, EvalReply } from './evalConversation';

/** The path a corpus case walks unless its `given` says otherwise (eval/README.md). */
export const DEFAULT_PATH: Required<GivenAnswers> = {
  role: 'partner',
  orderType: 'subscription',
  country: 'US',
  pstnAddOn: false,
  platform: 'standard',
  telephony: 'webex-calling',
  subdomain: 'contoso',
};

/** A country the rules do not cover, for `at: "unsupported"`. */
const UNSUPPORTED_COUNTRY = { en: 'Sweden', sv: 'Sverige' };
const MAX_TURNS = 20;

/**
 * Walks a fresh conversation to the place a case is said at, answering each question
 * from the path by its button (a country by its name, a yes/no by its button). Throws when
 * the walk goes astray: the case's `given` is then no combination the rules allow.
 */
export async function walkTo(
  conversation: EvalConversation,
  at: Place,
  path: Required<GivenAnswers>,
  rules: ProvisioningRules,
  lang: 'en' | 'sv',
): Promise<void> {
  if (at === 'start') return;
  let reply = await conversation.say(lang === 'sv' ? 'hej' : 'hi');
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    if (at === 'unsupported' && reply.questionId === 'country') {
      await conversation.say(UNSUPPORTED_COUNTRY[lang]);
      return;
    }
    if (reply.questionId === at) return;
    if (at === 'finished' && reply.questionId === 'summary') {
      await conversation.press('finish', 'summary');
      return;
    }
    reply = await answer(conversation, reply, path, rules, lang);
  }
  throw new Error(`the walk to ${at} did not get there (last question: ${reply.questionId})`);
}

async function answer(
  conversation: EvalConversation,
  reply: EvalReply,
  path: Required<GivenAnswers>,
  rules: ProvisioningRules,
  lang: 'en' | 'sv',
): Promise<EvalReply> {
  const question = reply.questionId;
  switch (question) {
    case 'country':
      return conversation.say(rules.countryName(path.country, lang));
    case 'country.confirm':
    case 'platform.confirm':
      return press(conversation, reply, 'yes');
    case 'pstnAddOn':
      return press(conversation, reply, path.pstnAddOn ? 'yes' : 'no');
    case 'subdomain':
      return conversation.say(path.subdomain);
    case 'role':
    case 'orderType':
    case 'platform':
    case 'telephony':
      return press(conversation, reply, String(path[question]));
    default:
      throw new Error(`the walk met a question it cannot answer: ${question}\n${reply.text}`);
  }
}

function press(
  conversation: EvalConversation,
  reply: EvalReply,
  choice: string,
): Promise<EvalReply> {
  if (!reply.choices.some((c) => c.id === choice)) {
    throw new Error(
      `the walk wants ${choice} at ${reply.questionId}, which offers ${reply.choices.map((c) => c.id).join(', ')}`,
    );
  }
  return conversation.press(choice, reply.questionId);
}
