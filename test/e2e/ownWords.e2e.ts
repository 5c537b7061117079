import { launchPlaygroundBrowser } from './support/chromium';
import { PlaygroundChat } from './support/playgroundChat';
import { startBot, startPlayground, type Child } from './support/processes';

/**
 * An admin in a hurry, in their own words, in the Agents Playground (issue 20): one
 * sentence with most answers, a vague question whose "is it one of these?" menu is
 * answered with a number (it must pick the topic, not an option of the step), then the
 * step goes on. English, and Swedish after "svenska".
 */
interface OwnWordsFlow {
  locale: 'en' | 'sv';
  switchLanguage?: { type: string; confirmed: RegExp };
  sentence: string;
  noted: RegExp;
  confirmCountry: RegExp;
  vague: string;
  menu: RegExp;
  /** The answer of the second topic of the menu. */
  second: RegExp;
  yes: string;
  next: RegExp;
}

const FLOWS: OwnWordsFlow[] = [
  {
    locale: 'en',
    sentence:
      "I'm the partner admin, trial for a customer in Australia, Voice POP on the exception platform, subdomain contosoau",
    noted: /Noted: Partner administrator, Trial, Australia/,
    confirmCountry: /Is Australia the right country of operation/,
    vague: 'can this be changed afterwards?',
    menu: /Is it one of these\?/,
    second: /the country of operation cannot be changed once it is set/,
    yes: 'Yes',
    next: /Did they ask you to choose the Exception platform/,
  },
  {
    locale: 'sv',
    switchLanguage: { type: 'svenska', confirmed: /pratar jag svenska/ },
    sentence:
      'Hej, jag är partner och ska sätta upp en prenumeration för en kund i Kanada med röst-POP, deldomän kanadaab',
    noted: /Noterat: Partneradministratör, Prenumeration, Kanada/,
    confirmCountry: /Är Kanada rätt land/,
    vague: 'kan det här ändras efteråt?',
    menu: /Är det något av de här\?/,
    second: /verksamhetslandet går inte att ändra/,
    yes: 'Ja',
    next: /Här är din konfigurationsplan/,
  },
];

let bot: { child: Child; endpoint: string } | undefined;
let browser: Awaited<ReturnType<typeof launchPlaygroundBrowser>> | undefined;

beforeAll(async () => {
  bot = await startBot();
  browser = await launchPlaygroundBrowser();
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), bot?.child.stop()]);
}, 30_000);

describe.each(FLOWS)('an admin in their own words in the Agents Playground ($locale)', (flow) => {
  it('is understood: the sentence noted, a menu number picks the topic, the step goes on', async () => {
    const playground = await startPlayground(
      `playground-own-${flow.locale}`,
      bot!.endpoint,
      `e2e-own-${flow.locale}-${Date.now()}`,
    );
    const page = await browser!.context.newPage();
    const chat = new PlaygroundChat(page, flow.locale);
    try {
      await page.goto(playground.url, { timeout: 20_000 });
      await chat.expectMessage(/set up a Webex Contact Center tenant/, 'the welcome');
      if (flow.switchLanguage) {
        await chat.expectButton('Partner administrator');
        await chat.type(flow.switchLanguage.type);
        await chat.expectMessage(flow.switchLanguage.confirmed, 'the language switch');
      }
      await chat.type(flow.sentence);
      await chat.expectMessage(flow.noted, 'what the sentence gave, acknowledged');
      await chat.expectMessage(flow.confirmCountry, 'the country confirmation');
      await chat.type(flow.vague);
      await chat.expectMessage(flow.menu, 'the topic menu');
      await chat.type('2');
      await chat.expectMessage(flow.second, "the menu's second topic");
      await chat.click(flow.yes);
      await chat.expectMessage(flow.next, 'the next question');
      console.log(
        `[${flow.locale}] own words understood; screenshot ${await chat.screenshot(`own-words-${flow.locale}`)}`,
      );
    } finally {
      await page.close().catch(() => undefined);
      await playground.cleanup();
    }
  });
});
