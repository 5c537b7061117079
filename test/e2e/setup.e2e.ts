import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchPlaygroundBrowser } from './support/chromium';
import { PlaygroundChat } from './support/playgroundChat';
import { sleep, startBot, startPlayground, type Child } from './support/processes';

/**
 * End to end in a real client: the bot from dist/, the Microsoft 365 Agents Playground
 * (channel msteams) in front of it, and headless Chromium clicking the Adaptive Card
 * buttons and typing, as an administrator would. A whole setup in English and one in
 * Swedish; screenshots of the finished conversations go to test-results/.
 */

interface Flow {
  locale: 'en' | 'sv';
  welcome: RegExp;
  /** Typed first to switch the language (the bot starts in English). */
  switchLanguage?: { type: string; confirmed: RegExp };
  buttons: {
    partner: string;
    subscription: string;
    yes: string;
    standard: string;
    telephony: string;
    finish: string;
  };
  countryQuestion: RegExp;
  countryConfirm: RegExp;
  subdomainQuestion: RegExp;
  /** What the summary must show, given the subdomain typed. */
  summary: (subdomain: string) => Record<string, RegExp>;
  done: (subdomain: string) => RegExp;
  apology: RegExp;
}

const FLOWS: Flow[] = [
  {
    locale: 'en',
    welcome: /set up a Webex Contact Center tenant/,
    buttons: {
      partner: 'Partner administrator',
      subscription: 'Subscription',
      yes: 'Yes',
      standard: 'Standard platform',
      telephony: 'Webex Calling',
      finish: 'Finish',
    },
    countryQuestion: /Which country of operation/,
    countryConfirm: /Is Japan the right country/,
    subdomainQuestion: /Which subdomain/,
    summary: (subdomain) => ({
      country: /Country of operation:?\s*Japan\b/,
      'data center': /Data center:?\s*jp1\b/,
      platform: /Platform:?\s*Standard platform/,
      telephony: /Telephony:?\s*Webex Calling/,
      subdomain: new RegExp(`Subdomain:?\\s*${subdomain}\\b`),
    }),
    done: (subdomain) => new RegExp(`enter ${subdomain} and click Check Availability`),
    apology: /something went wrong/i,
  },
  {
    locale: 'sv',
    welcome: /set up a Webex Contact Center tenant/,
    switchLanguage: { type: 'svenska', confirmed: /pratar jag svenska/ },
    buttons: {
      partner: 'Partneradministratör',
      subscription: 'Prenumeration',
      yes: 'Ja',
      standard: 'Standardplattform',
      telephony: 'Webex Calling',
      finish: 'Slutför',
    },
    countryQuestion: /Vilket land väljer du/,
    countryConfirm: /Är Japan rätt land/,
    subdomainQuestion: /Vilken deldomän/,
    summary: (subdomain) => ({
      country: /Land:?\s*Japan\b/,
      'data center': /Datacenter:?\s*jp1\b/,
      platform: /Plattform:?\s*Standardplattform/,
      telephony: /Telefoni:?\s*Webex Calling/,
      subdomain: new RegExp(`Deldomän:?\\s*${subdomain}\\b`),
    }),
    done: (subdomain) => new RegExp(`Ange ${subdomain} på sidan med enterprise-inställningar`),
    apology: /något gick fel/i,
  },
];

/** One line for a pino "turn failed" record: the error and what the channel answered. */
function describeFailedTurn(line: string): string {
  try {
    const record = JSON.parse(line) as {
      err?: { message?: string; error?: { code?: string; statusCode?: number; message?: string } };
    };
    const cause = record.err?.error;
    return `  turn failed: ${record.err?.message ?? '?'}${
      cause
        ? ` (channel answered ${cause.statusCode ?? '?'} ${cause.code ?? ''}: ${cause.message ?? ''})`
        : ''
    }`;
  } catch {
    return `  ${line.slice(0, 500)}`;
  }
}

let bot: { child: Child; endpoint: string } | undefined;
let browser: Awaited<ReturnType<typeof launchPlaygroundBrowser>> | undefined;
const playgrounds: Array<() => Promise<void>> = [];

beforeAll(async () => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'server', 'main.js'))) {
    throw new Error('dist/server/main.js is missing: run `npm run build` (npm run test:e2e does).');
  }
  bot = await startBot();
  browser = await launchPlaygroundBrowser();
}, 60_000);

afterAll(async () => {
  // All at once and each on its own: one that fails or hangs must not leave the others
  // running (a child's open pipes would keep Jest from exiting).
  await Promise.allSettled([
    browser?.close(),
    ...playgrounds.map((stop) => stop()),
    bot?.child.stop(),
  ]);
}, 30_000);

describe.each(FLOWS)('a whole setup in the Agents Playground ($locale)', (flow) => {
  it('is completed by clicking card buttons and typing, and the summary shows the choices', async () => {
    const conversationId = `e2e-${flow.locale}-${Date.now()}`;
    const playground = await startPlayground(
      `playground-${flow.locale}`,
      bot!.endpoint,
      conversationId,
    );
    playgrounds.push(playground.cleanup);
    const page = await browser!.context.newPage();
    const chat = new PlaygroundChat(page, flow.locale);
    try {
      await page.goto(playground.url, { timeout: 20_000 });
      const { buttons } = flow;
      await chat.expectMessage(flow.welcome, 'the welcome');
      if (flow.switchLanguage) {
        await chat.expectButton('Partner administrator'); // the first question, in English
        await chat.type(flow.switchLanguage.type);
        await chat.expectMessage(flow.switchLanguage.confirmed, 'the language switch');
      }
      await chat.click(buttons.partner);
      await chat.click(buttons.subscription);
      await chat.expectMessage(flow.countryQuestion, 'the country question');
      await chat.type('Japan');
      await chat.expectMessage(flow.countryConfirm, 'the country confirmation');
      await chat.click(buttons.yes);
      await chat.click(buttons.standard);
      await chat.click(buttons.telephony);
      await chat.expectMessage(flow.subdomainQuestion, 'the subdomain question');
      const subdomain = `e2e${flow.locale}${Date.now().toString(36)}`;
      await chat.type(subdomain);
      const summary = await chat.expectMessage(new RegExp(`\\b${subdomain}\\b`), 'the summary');
      const missing = Object.entries(flow.summary(subdomain))
        .filter(([, pattern]) => !pattern.test(summary))
        .map(([what, pattern]) => `${what} (${pattern})`);
      if (missing.length) {
        const shot = await chat.screenshot(`${flow.locale}-failure`);
        throw new Error(
          `[${flow.locale}] the summary lacks: ${missing.join(', ')}.\nSummary:\n${summary}\nScreenshot: ${shot}`,
        );
      }
      await chat.click(buttons.finish);
      await chat.expectMessage(flow.done(subdomain), 'the confirmation that the setup is done');
      // A failure later in the finishing turn (after the confirmation) shows as an apology.
      await sleep(1500);
      const apologies = (await chat.botMessages()).filter((text) => flow.apology.test(text));
      const failedTurns = bot!.child.text
        .split('\n')
        .filter((line) => line.includes(conversationId) && line.includes('"turn failed"'))
        .map(describeFailedTurn);
      if (apologies.length || failedTurns.length) {
        const shot = await chat.screenshot(`${flow.locale}-failure`);
        throw new Error(
          `[${flow.locale}] the bot failed a turn in the Playground (it apologized ${apologies.length} time(s)).\n` +
            `Failed turns in the bot's log (test-results/e2e-bot.log):\n${failedTurns.join('\n') || '  (none)'}\n` +
            `Screenshot: ${shot}`,
        );
      }
      const shot = await chat.screenshot(flow.locale);
      console.log(`[${flow.locale}] finished setup ${subdomain}; screenshot ${shot}`);
    } finally {
      await page.close().catch(() => undefined);
      await playground.cleanup();
    }
  });
});
