import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

/** Paths between the planned steps found by reading the code as a newcomer, each fixed and kept here. */
describe('the country is confirmed only by a clear yes', () => {
  test.each([
    ['en', 'absolutely not', 'I need a clear yes or no'],
    ['sv', 'absolut inte', 'Här behöver jag ett tydligt ja eller nej'],
  ])('%s: "%s" confirms nothing', async (locale, reply, unclear) => {
    await play(new Conversation({ locale }), [
      {},
      { user: 'partner' },
      { user: locale === 'sv' ? 'provperiod' : 'trial' },
      { user: 'Japan', asks: 'country.confirm' },
      { user: reply, says: [unclear], asks: 'country.confirm' },
    ]);
  });

  test('a Yes button of an earlier question answers nothing (Webex and Web Chat keep old cards)', async () => {
    const conversation = new Conversation({ locale: 'en', channelId: 'webex' });
    await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'United States', asks: 'country.confirm' },
      { user: { submit: { choice: 'yes', question: 'country.confirm' } }, asks: 'pstnAddOn' },
      {
        user: { submit: { choice: 'yes', question: 'country.confirm' } },
        says: ['earlier question'],
        asks: 'pstnAddOn',
      },
    ]);
  });
});

describe('the first message', () => {
  test('a command in it is answered before the first question', async () => {
    await play(new Conversation({ locale: 'en' }), [
      { user: 'options Japan', says: ['Japan: region APJC', 'jp1'], asks: 'role' },
    ]);
  });
});

describe('answers in a sentence', () => {
  test('"alternativ 2" is the second choice, not the options command', async () => {
    await play(new Conversation({ locale: 'sv' }), [
      {},
      { user: 'partner' },
      { user: 'alternativ 2', asks: 'country' },
    ]);
  });

  test('back goes to an answer given in a sentence', async () => {
    await play(new Conversation({ locale: 'sv' }), [
      { user: 'jag är partner och har en prenumeration', asks: 'country' },
      { user: 'tillbaka', asks: 'orderType', never: ['första frågan'] },
    ]);
  });

  test('the subdomain named in a sentence at the subdomain question, and "not sure yet"', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      ...['partner', 'trial', 'Japan', 'yes', 'standard', 'webex calling'].map((user) => ({
        user,
      })),
      { user: 'not sure yet', says: ['No hurry'], never: ['notsureyet'], asks: 'subdomain' },
      { user: 'the subdomain is acmejp', says: ['Subdomain: acmejp'], asks: 'summary' },
    ]);
  });
});

describe('a question naming a country', () => {
  test('gets the topic answer and the country facts', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      { user: 'partner' },
      { user: 'trial' },
      {
        user: 'Can I change the country later if I pick Japan?',
        says: ['cannot be changed', 'Japan: region APJC'],
        asks: 'country',
      },
    ]);
  });
});

describe('a yes/no answer with more in it', () => {
  test('"no, it is Canada" at the country confirmation asks to confirm Canada', async () => {
    await play(new Conversation({ locale: 'en' }), [
      {},
      { user: 'partner' },
      { user: 'trial' },
      { user: 'Mexico', asks: 'country.confirm' },
      { user: 'no, it is Canada', says: ['Is Canada the right country'], asks: 'country.confirm' },
    ]);
  });

  test('"ja, deldomänen blir acmejp" keeps the subdomain for later', async () => {
    await play(new Conversation({ locale: 'sv' }), [
      {},
      { user: 'partner' },
      { user: 'provperiod' },
      { user: 'Japan', asks: 'country.confirm' },
      { user: 'ja, deldomänen blir acmejp', asks: 'platform' },
      { user: 'standard', asks: 'telephony' },
      { user: 'webex calling', says: ['Deldomän: acmejp'], asks: 'summary' },
    ]);
  });
});

test('"yes, Canada" at "Is Mexico the right country?" confirms neither: Canada is asked', async () => {
  await play(new Conversation({ locale: 'en' }), [
    {},
    { user: 'partner' },
    { user: 'trial' },
    { user: 'Mexico', asks: 'country.confirm' },
    { user: 'yes, Canada', says: ['Is Canada the right country'], asks: 'country.confirm' },
    { user: 'yes, Canada', asks: 'subdomain' },
  ]);
});

describe('"not sure" at a question that is not yes/no', () => {
  test.each([
    ['en', 'not sure', 'No hurry', 'decides the data center'],
    ['sv', 'vet inte', 'Ingen brådska', 'avgör i vilket datacenter'],
  ])(
    '%s: "%s" at the country question gets the help, not "not a country"',
    async (locale, unsure, calm, help) => {
      await play(new Conversation({ locale }), [
        {},
        { user: 'partner' },
        { user: locale === 'sv' ? 'provperiod' : 'trial' },
        {
          user: unsure,
          says: [calm, help],
          never: ['recognise', 'känner inte igen'],
          asks: 'country',
        },
        { user: locale === 'sv' ? 'troligen Japan' : 'probably Japan', asks: 'country.confirm' },
      ]);
    },
  );
});

describe('a finish word at the subdomain question (found as the admin in the terminal)', () => {
  test.each([
    [
      'en',
      ['partner', 'trial', 'Japan', 'yes', 'standard', 'webex calling', 'acmejp'],
      'back',
      'finish',
      'is how you finish at the summary',
    ],
    [
      'sv',
      ['partner', 'provperiod', 'Japan', 'ja', 'standard', 'webex calling', 'acmejp'],
      'tillbaka',
      'slutför',
      'skriver du i sammanfattningen',
    ],
  ] as const)(
    '%s: after back from the summary it is no subdomain; the question stays',
    async (locale, answers, back, finish, explained) => {
      await play(new Conversation({ locale }), [
        {},
        ...answers.map((user) => ({ user })),
        { user: back, asks: 'subdomain' },
        { user: finish, says: [explained], asks: 'subdomain' },
        { user: 'acmejp2', says: ['acmejp2'], asks: 'summary' },
      ]);
    },
  );
});
