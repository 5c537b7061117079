import { loadKnowledgeSearch, type KnowledgeResult } from '../../knowledge/knowledgeSearch';
import { KNOWLEDGE_LOCALES, type KnowledgeLocale } from '../../knowledge/knowledgeSchema';
import {
  COUNTRY_NEUTRAL_ENTRIES,
  COUNTRY_QUESTIONS,
  HELD_OUT,
  OTHER_LANGUAGE,
  OUT_OF_SCOPE,
  QUESTIONS,
} from './questionSet';

/** The real search over the shipped knowledge base: nothing here is a canned result. */
const knowledge = loadKnowledgeSearch();

function describe_(result: KnowledgeResult, locale: KnowledgeLocale): string {
  switch (result.kind) {
    case 'answer':
      return `answer ${result.entry.id} (${result.score.toFixed(2)}): ${result.entry.answer[locale].slice(0, 60)}...`;
    case 'unsure':
      return `unsure: ${result.closest.map((e) => e.id).join(', ')}`;
    default:
      return 'out-of-scope';
  }
}

const MIN_HIT_RATE = 0.9;

describe('the question set (test/knowledge/questionSet.ts)', () => {
  test('has at least 30 questions and 10 out-of-scope questions per language', () => {
    for (const locale of KNOWLEDGE_LOCALES) {
      expect(QUESTIONS[locale].length).toBeGreaterThanOrEqual(30);
      expect(OUT_OF_SCOPE[locale].length).toBeGreaterThanOrEqual(10);
    }
  });

  test('names only entries that exist, and each fact is carried by its entry', () => {
    for (const locale of KNOWLEDGE_LOCALES) {
      for (const q of QUESTIONS[locale]) {
        const entry = knowledge.entry(q.entry);
        expect({ question: q.question, entry: entry?.id }).toEqual({
          question: q.question,
          entry: q.entry,
        });
        expect(entry!.answer[locale]).toMatch(q.fact);
      }
    }
  });
});

describe.each(KNOWLEDGE_LOCALES)('knowledge search (%s)', (locale) => {
  test(`the top answer carries the expected fact for at least ${MIN_HIT_RATE * 100}% of the questions`, () => {
    const misses: string[] = [];
    let unsureWithFact = 0;
    for (const q of QUESTIONS[locale]) {
      const result = knowledge.search(q.question, locale);
      if (result.kind === 'answer' && q.fact.test(result.entry.answer[locale])) continue;
      if (result.kind === 'unsure' && result.closest.some((e) => q.fact.test(e.answer[locale]))) {
        unsureWithFact++;
      }
      misses.push(`  "${q.question}" (wanted ${q.entry}) -> ${describe_(result, locale)}`);
    }
    const total = QUESTIONS[locale].length;
    const hits = total - misses.length;
    console.log(
      `knowledge search (${locale}): ${hits}/${total} answered with the fact ` +
        `(${((100 * hits) / total).toFixed(1)}%); of the ${misses.length} others, ` +
        `${unsureWithFact} were "unsure" with the right topic among the closest` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(hits / total).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });

  test('held-out questions (measured, not asserted)', () => {
    const results = HELD_OUT[locale].map((q) => ({
      q,
      result: knowledge.search(q.question, locale),
    }));
    const answered = results.filter(
      ({ q, result }) => result.kind === 'answer' && q.fact.test(result.entry.answer[locale]),
    ).length;
    const offered = results.filter(
      ({ q, result }) =>
        result.kind === 'unsure' && result.closest.some((e) => q.fact.test(e.answer[locale])),
    ).length;
    const wrong = results.filter(
      ({ q, result }) => result.kind === 'answer' && !q.fact.test(result.entry.answer[locale]),
    );
    console.log(
      `knowledge search (${locale}), held-out: ${answered}/${results.length} answered with the fact, ` +
        `${offered} unsure with the right topic among the closest, ${wrong.length} answered wrongly` +
        wrong
          .map(({ q, result }) => `\n  "${q.question}" -> ${describe_(result, locale)}`)
          .join(''),
    );
    expect(results.length).toBeGreaterThan(0);
  });

  test('every out-of-scope question is declined', () => {
    const answered = OUT_OF_SCOPE[locale]
      .map((question) => ({ question, result: knowledge.search(question, locale) }))
      .filter(({ result }) => result.kind !== 'out-of-scope');
    const total = OUT_OF_SCOPE[locale].length;
    console.log(
      `knowledge search (${locale}): ${total - answered.length}/${total} out-of-scope questions declined` +
        answered
          .map(({ question, result }) => `\n  "${question}" -> ${describe_(result, locale)}`)
          .join(''),
    );
    expect(answered).toEqual([]);
  });
});

describe('questions the search must not answer with made-up prose', () => {
  test.each(COUNTRY_QUESTIONS)(
    'a country question ($locale) "$question" gets no country-specific prose',
    ({ locale, question }) => {
      const result = knowledge.search(question, locale);
      if (result.kind === 'answer') expect(COUNTRY_NEUTRAL_ENTRIES).toContain(result.entry.id);
    },
  );

  test.each<[KnowledgeLocale, string]>([
    ['en', ''],
    ['en', '???'],
    ['en', 'how do i do this'],
    ['sv', 'hur gör jag det här'],
  ])('a question with no topic words (%s "%s") is declined', (locale, question) => {
    expect(knowledge.search(question, locale)).toEqual({ kind: 'out-of-scope' });
  });

  test.each<[KnowledgeLocale, string]>([
    ['en', 'what about the country?'],
    ['sv', 'hur är det med landet?'],
  ])('a vague question (%s "%s") is unsure and offers 2 or 3 close topics', (locale, question) => {
    const result = knowledge.search(question, locale);
    expect(result.kind).toBe('unsure');
    if (result.kind !== 'unsure') return;
    expect(result.closest.length).toBeGreaterThanOrEqual(2);
    expect(result.closest.length).toBeLessThanOrEqual(3);
    expect(result.closest.map((e) => e.id)).toContain('country-of-operation');
  });
});

describe('links', () => {
  test('resolve to titles in the language, with a url only where the data has one', () => {
    const entry = knowledge.entry('customer-admin-access')!;
    expect(knowledge.links(entry, 'sv')).toEqual([
      { id: 'control-hub', title: 'Control Hub', url: 'https://admin.webex.com' },
      {
        id: 'get-started',
        title: 'Get Started with Webex Contact Center (Kom igång med Webex Contact Center)',
      },
    ]);
  });
});

describe('a question in the other language than the conversation', () => {
  test.each(OTHER_LANGUAGE)(
    '($locale conversation) "$question" is answered with $entry',
    ({ locale, question, entry }) => {
      const result = knowledge.search(question, locale);
      expect(result.kind === 'answer' && result.entry.id).toBe(entry);
    },
  );

  test.each(KNOWLEDGE_LOCALES)(
    'the out-of-scope questions of the other language are declined in a %s conversation',
    (locale) => {
      const other = KNOWLEDGE_LOCALES.find((l) => l !== locale)!;
      const answered = OUT_OF_SCOPE[other].filter(
        (q) => knowledge.search(q, locale).kind !== 'out-of-scope',
      );
      expect(answered).toEqual([]);
    },
  );
});

describe('price words', () => {
  test.each<[KnowledgeLocale, string]>([
    ['en', 'how much does a pizza cost?'],
    ['en', 'what is the price of a flight to London?'],
    ['sv', 'vad kostar en bil?'],
    ['sv', 'vad är priset på en pizza?'],
  ])('about something else (%s "%s") are declined', (locale, question) => {
    expect(knowledge.search(question, locale)).toEqual({ kind: 'out-of-scope' });
  });
});

describe('"not sure" results', () => {
  test('offer at most 3 topics', () => {
    for (const question of ['what about the country?', 'hur är det med landet?', 'platform']) {
      const result = knowledge.search(question, 'en');
      if (result.kind === 'unsure') expect(result.closest.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('a question comparing options of one kind', () => {
  test.each<[KnowledgeLocale, string, string]>([
    ['en', "what's the difference between vPOP and Webex Calling?", 'telephony'],
    ['sv', 'vad är skillnaden mellan Webex Calling och röst-POP-brygga?', 'telephony'],
    ['en', 'std vs exception - whats the diff?', 'platforms'],
    ['sv', 'vad är skillnaden mellan standardplattform och undantagsplattform?', 'platforms'],
  ])('(%s) "%s" is answered with the overview %s', (locale, question, entry) => {
    const result = knowledge.search(question, locale);
    expect(result.kind === 'answer' && result.entry.id).toBe(entry);
  });

  test.each<[KnowledgeLocale, string, string]>([
    ['en', 'what is Voice POP Bridge?', 'telephony-voice-pop-bridge'],
    ['sv', 'vad är undantagsplattformen?', 'platform-exception'],
    ['en', "what's the difference between a trial and a subscription?", 'trial-vs-subscription'],
  ])('(%s) "%s" names one option or another kind: %s', (locale, question, entry) => {
    const result = knowledge.search(question, locale);
    expect(result.kind === 'answer' && result.entry.id).toBe(entry);
  });
});

describe('setup questions in the admins own words', () => {
  test.each<[KnowledgeLocale, string, string]>([
    ['en', 'I finished Start Trial, where do I set up the services?', 'partner-trial-access'],
    [
      'sv',
      'jag är klar med Starta provperiod, var konfigurerar jag tjänsterna?',
      'partner-trial-access',
    ],
    ['en', "I opened Control Hub but I don't see any wizard", 'wizard-appears'],
    ['sv', 'jag öppnade Control Hub men ser ingen guide', 'wizard-appears'],
    ['en', 'what happens once the wizard is done?', 'after-wizard'],
    ['sv', 'vad händer när guiden är klar?', 'after-wizard'],
    ['en', 'who has to set up chat, partner or customer?', 'chat-setup'],
    ['sv', 'vem ska konfigurera chatten, partnern eller kunden?', 'chat-setup'],
    ['en', 'can the partner do this instead of me?', 'partner-or-customer'],
  ])('(%s) "%s" is answered with %s', (locale, question, entry) => {
    const result = knowledge.search(question, locale);
    expect(result.kind === 'answer' && result.entry.id).toBe(entry);
  });

  test.each<[KnowledgeLocale, string]>([
    ['en', 'recommend a good sci-fi book'],
    ['sv', 'tipsa om en bra bok'],
  ])('(%s) "%s" is declined', (locale, question) => {
    expect(knowledge.search(question, locale)).toEqual({ kind: 'out-of-scope' });
  });
});
