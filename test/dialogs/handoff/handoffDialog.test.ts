import { FakeSupportDesk } from '../../support/fakeSupportDesk';
import {
  attemptOutcomes,
  handoffConversation,
  supportCloses,
  supportReplies,
} from '../../support/handoffConversation';
import type { Conversation } from '../../support/conversation';
import { completeRemaining, typicalAnswer } from '../../support/stepRegistry';
import { STEP_MODULES } from '../../../dialogs/steps/registry';
import { MemoryAttemptStore } from '../../../state/memoryAttemptStore';

const LANGUAGES = {
  en: {
    answers: ['partner', 'subscription'],
    ask: 'talk to a person',
    need: 'Solution Assurance asked for the Exception platform but not which data center',
    whatNeed: 'what do you need help with',
    started: 'A person will answer here',
    continue: 'continue setup',
    endedByAdmin: 'the handoff is closed',
    endedByPerson: 'Pat closed the handoff',
    sentence: 'can I talk to someone about the exception platform',
    limit: 'in the last 24 hours',
    noContact: 'no support contact is configured',
    noneOpen: 'No person is on this conversation right now',
    planHeading: 'Your answers so far',
    role: 'Partner administrator',
  },
  sv: {
    answers: ['partner', 'prenumeration'],
    ask: 'prata med en person',
    need: 'Solution Assurance bad om Undantagsplattformen men inte vilket datacenter',
    whatNeed: 'Vad behöver du hjälp med',
    started: 'En person svarar här',
    continue: 'fortsätt',
    endedByAdmin: 'överlämningen är avslutad',
    endedByPerson: 'Pat avslutade överlämningen',
    sentence: 'kan jag prata med någon om undantagsplattformen',
    limit: 'det senaste dygnet',
    noContact: 'ingen supportkontakt är inställd',
    noneOpen: 'Ingen person är med i samtalet just nu',
    planHeading: 'Dina svar hittills',
    role: 'Partneradministratör',
  },
} as const;

async function startSetup(conversation: Conversation, answers: readonly string[]) {
  await conversation.join();
  for (const answer of answers) await conversation.say(answer);
}

describe.each(Object.entries(LANGUAGES))('handoff to a person (%s)', (locale, words) => {
  test('asks once what is needed, posts the plan, relays both ways, and the admin ends it', async () => {
    const desk = new FakeSupportDesk('webex');
    const handedOff: string[] = [];
    const attempts = new MemoryAttemptStore();
    const conversation = handoffConversation({ locale, desk, handedOff, attempts });
    await startSetup(conversation, words.answers);

    const asked = await conversation.say(words.ask);
    expect(asked.text).toContain(words.whatNeed);
    expect(desk.opened).toHaveLength(0);

    const started = await conversation.say(words.need);
    expect(started.text).toContain(words.started);
    expect(desk.opened).toEqual([expect.objectContaining({ step: 'country', words: words.need })]);
    expect(desk.opened[0]!.plan.map((line) => line.value)).toContain(words.role);
    // The operator sees it: wxcc_setup_handoffs_total{target="webex"} and the attempt's outcome.
    expect(handedOff).toEqual(['webex']);
    expect(await attemptOutcomes(attempts)).toEqual(['handed-off']);

    const relayed = await conversation.say('is eu2 possible?');
    expect(relayed.activities.filter((a) => a.type === 'message')).toHaveLength(0);
    expect(desk.relayed).toEqual([{ id: 'thread-1', text: 'is eu2 possible?' }]);

    const answer = await supportReplies(conversation, 'thread-1', 'Pat', 'Use eu1 for Sweden.');
    expect(answer.text).toBe('Pat: Use eu1 for Sweden.');

    const back = await conversation.say(words.continue);
    expect(back.text).toContain(words.endedByAdmin);
    expect(back.questionId).toBe('country');
    expect(desk.closed).toEqual(['thread-1']);

    // The setup goes on where it was; the answers are kept.
    const next = await conversation.say('Japan');
    expect(next.questionId).toBe('country.confirm');
  });

  test('a whole sentence that says what is needed starts at once', async () => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, words.answers);
    const started = await conversation.say(words.sentence);
    expect(started.text).toContain(words.started);
    expect(desk.opened[0]!.words).toBe(words.sentence);
  });

  test('the person ends it from the thread: the admin is told and the step is asked again', async () => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, words.answers);
    await conversation.say(words.sentence);
    const closed = await supportCloses(conversation, 'thread-1', 'Pat');
    expect(closed.text).toContain(words.endedByPerson);
    expect(closed.questionId).toBe('country');
    // A late reply to the closed handoff says nothing.
    const late = await supportReplies(conversation, 'thread-1', 'Pat', 'hi');
    expect(late.activities.filter((a) => a.type === 'message')).toHaveLength(0);
    expect((await conversation.say('Japan')).questionId).toBe('country.confirm');
  });

  test('"continue setup" with no handoff open says so and asks the step again, nothing recorded', async () => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, words.answers);
    const reply = await conversation.say(words.continue);
    expect(reply.text).toContain(words.noneOpen);
    expect(reply.questionId).toBe('country');
    expect(desk.relayed).toHaveLength(0);
    expect((await conversation.say('Japan')).questionId).toBe('country.confirm');
  });

  test('a message to a handoff the support team closed meanwhile is not lost silently', async () => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, words.answers);
    await conversation.say(words.sentence);
    desk.closedBySupport.add('thread-1');
    const reply = await conversation.say('hello?');
    expect(reply.questionId).toBe('country');
    expect(desk.relayed).toHaveLength(0);
  });

  test('at most 3 handoffs in 24 hours, then the contact', async () => {
    let now = Date.parse('2026-12-01T08:00:00Z');
    const desk = new FakeSupportDesk('webex', 'support@partner.example, +46 8 123 45 67');
    const conversation = handoffConversation({ locale, desk, now: () => now });
    await startSetup(conversation, words.answers);
    for (let i = 0; i < 3; i++) {
      await conversation.say(words.sentence);
      await conversation.say(words.continue);
      now += 60 * 60 * 1000;
    }
    const fourth = await conversation.say(words.sentence);
    expect(fourth.text).toContain(words.limit);
    expect(fourth.text).toContain('support@partner.example, +46 8 123 45 67');
    expect(fourth.questionId).toBe('country');
    expect(desk.opened).toHaveLength(3);

    now += 22 * 60 * 60 * 1000; // the first one is more than 24 hours old
    expect((await conversation.say(words.sentence)).text).toContain(words.started);
    expect(desk.opened).toHaveLength(4);
  });

  test('no support space and no contact: says so honestly, with the plan to share', async () => {
    const conversation = handoffConversation({ locale, desk: new FakeSupportDesk('none') });
    await startSetup(conversation, words.answers);
    const reply = await conversation.say(words.ask);
    expect(reply.text).toContain(words.noContact);
    expect(reply.text).toContain(words.planHeading);
    expect(reply.text).toContain(words.role);
    expect(reply.questionId).toBe('country');
  });

  test('only a contact configured: the contact text as it is', async () => {
    const desk = new FakeSupportDesk('contact', 'Call Kim: +46 70 000 00 00');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, words.answers);
    const reply = await conversation.say(words.ask);
    expect(reply.text).toContain('Call Kim: +46 70 000 00 00');
    expect(reply.text).toContain(words.role);
    expect(reply.questionId).toBe('country');
  });
});

describe('handoff recognition', () => {
  test.each([
    'talk to a person',
    'human',
    'agent',
    'Support',
    'I want to speak to someone at Cisco',
    'can I talk to someone about the exception platform?',
    'could I get a real person please',
    'prata med en person',
    'människa',
    'handläggare',
    'kan jag prata med någon på Cisco?',
  ])('"%s" asks for a person', async (text) => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale: 'en', desk });
    await conversation.join();
    const reply = await conversation.say(text);
    expect(desk.opened.length + (reply.text.includes('what do you need') ? 1 : 0)).toBe(1);
  });

  test.each([
    'how many agents can I have?',
    'what is the support for chat?',
    'partner',
    'is a person needed to confirm the country?',
  ])('"%s" is no request for a person', async (text) => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale: 'en', desk });
    await conversation.join();
    const reply = await conversation.say(text);
    expect(desk.opened).toHaveLength(0);
    expect(reply.text).not.toContain('what do you need');
  });

  test.each([
    ['en', 'connect me to support'],
    ['en', 'escalate this please'],
    ['en', 'is there a person I can chat with?'],
    ['en', 'transfer me to an agent'],
    ['en', 'let me talk to your supervisor lol'],
    ['en', 'put me through to someone who can check the tenant'],
    ['en', 'speak to a manager'],
    ['sv', 'koppla mig till support'],
    ['sv', 'finns det någon person jag kan prata med?'],
    ['sv', 'koppla mig vidare till en handläggare'],
    ['sv', 'kan någon ringa upp mig?'],
    ['sv', 'människa tack'],
    ['sv', 'eskalera ärendet'],
  ] as const)('%s: "%s" asks for a person in its own words', async (locale, text) => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, LANGUAGES[locale].answers);
    const reply = await conversation.say(text);
    expect(desk.opened.length + (reply.text.includes(LANGUAGES[locale].whatNeed) ? 1 : 0)).toBe(1);
  });

  test.each([
    ['en', 'who should I contact if I get stuck?'],
    ['en', 'can the partner do this instead of me?'],
    ['en', 'can customers chat with an agent?'],
    ['en', 'does the wizard connect to Webex Calling?'],
    ['sv', 'vem kontaktar jag om jag kör fast?'],
    ['sv', 'kan partnern göra det här åt mig?'],
    ['sv', 'kan kunderna chatta med en handläggare?'],
  ] as const)('%s: "%s" is a question, no request for a person', async (locale, text) => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale, desk });
    await startSetup(conversation, LANGUAGES[locale].answers);
    const reply = await conversation.say(text);
    expect(desk.opened).toHaveLength(0);
    expect(reply.text).not.toContain(LANGUAGES[locale].whatNeed);
    expect(reply.questionId).toBe('country');
  });

  test('the last questions the admin asked go to the support team', async () => {
    const desk = new FakeSupportDesk('webex');
    const conversation = handoffConversation({ locale: 'en', desk });
    await startSetup(conversation, ['partner', 'subscription']);
    for (const q of ['what is a data center?', 'can I change the country later?', 'why?', 'how?'])
      await conversation.say(q);
    await conversation.say('can I talk to someone about the exception platform');
    expect(desk.opened[0]!.recentQuestions).toEqual([
      'can I change the country later?',
      'why?',
      'how?',
    ]);
  });
});

describe('a handoff at every step resumes at that step', () => {
  /** Every question of a setup up to the summary, in order (read from the registry's walk). */
  async function questionsOfASetup(): Promise<string[]> {
    const conversation = handoffConversation({ desk: new FakeSupportDesk('webex') });
    let reply = await conversation.join();
    const ids: string[] = [];
    for (let turn = 0; turn < 4 * STEP_MODULES.length && reply.questionId; turn++) {
      if (!ids.includes(reply.questionId)) ids.push(reply.questionId);
      if (reply.questionId === 'summary') return ids;
      reply = await conversation.say(typicalAnswer(reply));
    }
    throw new Error(`the summary was not reached (asked: ${ids.join(', ')})`);
  }

  test('at every question, in both languages', async () => {
    const questions = await questionsOfASetup();
    expect(questions).toEqual(expect.arrayContaining(['role', 'summary']));
    for (const question of questions) {
      for (const [locale, ask, back] of [
        ['en', 'talk to a person about the data center please', 'continue setup'],
        ['sv', 'prata med en person om datacentret tack', 'fortsätt'],
      ] as const) {
        const desk = new FakeSupportDesk('webex');
        const conversation = handoffConversation({ locale, desk });
        await completeRemaining(conversation, await conversation.join(), question);
        await conversation.say(ask);
        expect({ question, locale, step: desk.opened[0]?.step }).toEqual({
          question,
          locale,
          step: question.split('.')[0],
        });
        expect({ question, locale, back: (await conversation.say(back)).questionId }).toEqual({
          question,
          locale,
          back: question,
        });
      }
    }
  });
});
