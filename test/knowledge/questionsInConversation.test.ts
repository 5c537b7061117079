import { Conversation, type Reply } from '../support/conversation';
import { OUT_OF_SCOPE, QUESTIONS } from './questionSet';

/**
 * The question set asked through the whole bot, in the middle of a setup: the
 * answer carries the fact (or the question is declined), and the step that was
 * being asked is still the one pending afterwards.
 */
const MIN_HIT_RATE = 0.9;
const DECLINED = { en: 'I can only help with setting up', sv: 'Jag kan bara hjälpa till' };

async function atCountryQuestion(locale: 'en' | 'sv'): Promise<Conversation> {
  const conversation = new Conversation({ locale });
  await conversation.join();
  await conversation.say('partner');
  await conversation.say(locale === 'sv' ? 'prenumeration' : 'subscription');
  return conversation;
}

describe.each(['en', 'sv'] as const)('questions asked at the country question (%s)', (locale) => {
  test('are answered with their fact, and the country question stays pending', async () => {
    const conversation = await atCountryQuestion(locale);
    const misses: string[] = [];
    for (const { question, fact } of QUESTIONS[locale]) {
      const reply: Reply = await conversation.say(question);
      expect({ question, asks: reply.questionId }).toEqual({ question, asks: 'country' });
      if (!fact.test(reply.text)) misses.push(`${question}\n  -> ${reply.text.split('\n')[0]}`);
    }
    const rate = 1 - misses.length / QUESTIONS[locale].length;
    console.log(
      `${locale}: ${QUESTIONS[locale].length - misses.length}/${QUESTIONS[locale].length} answered with their fact through the bot\n${misses.join('\n')}`,
    );
    expect(rate).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });

  test('outside the setup get no invented answer, and the country question stays pending', async () => {
    const conversation = await atCountryQuestion(locale);
    let declined = 0;
    for (const question of OUT_OF_SCOPE[locale]) {
      const reply = await conversation.say(question);
      expect({ question, asks: reply.questionId }).toEqual({ question, asks: 'country' });
      expect({ question, sourced: /\((Source|Källa):/.test(reply.text) }).toEqual({
        question,
        sourced: false,
      });
      if (reply.text.includes(DECLINED[locale])) declined++;
    }
    // A remark such as "my printer is not working" may instead get the step's own answer
    // ("I don't recognise ... as a country"); every question is declined in one line.
    console.log(`${locale}: ${declined}/${OUT_OF_SCOPE[locale].length} out-of-scope declined`);
    expect(declined).toBeGreaterThanOrEqual(OUT_OF_SCOPE[locale].length - 3);
  });
});

describe('a question in the other language', () => {
  test.each([
    { locale: 'en', question: 'vem konfigurerar chatten?', fact: /customer administrator/ },
    { locale: 'sv', question: 'can I change the country later?', fact: /går inte att ändra/ },
  ] as const)(
    'is answered in the conversation language ($locale: "$question"), the step still pending',
    async ({ locale, question, fact }) => {
      const conversation = await atCountryQuestion(locale);
      const reply = await conversation.say(question);
      expect(reply.text).toMatch(fact);
      expect(reply.questionId).toBe('country');
    },
  );
});
