import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Translators } from '../../bot/translators';
import { handoffMessage } from '../../channels/webex/webexHandoffMessage';
import type { HandoffSummary } from '../../channels/handoff/handoffSummary';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, RESULTS_DIR } from './support/processes';

/**
 * The support team's first message of a handoff, as the Webex channel posts it (markdown
 * and its Adaptive Card), shown in headless Chromium: the card rendered by the Adaptive
 * Cards renderer, the markdown in the few forms it uses. The screenshot is the README's
 * picture of what a support person sees (docs/handoff-webex.png).
 */
const SUMMARY: HandoffSummary = {
  admin: { name: 'Maria Lindqvist', email: 'maria@example.com', organization: 'Lindqvist Bygg AB' },
  channel: 'webex',
  language: 'sv',
  step: 'platform',
  plan: [
    { title: 'Roll', value: 'Partneradministratör' },
    { title: 'Ordertyp', value: 'Prenumeration' },
    { title: 'Land', value: 'Japan' },
    { title: 'Datacenter', value: 'jp1 (Japan, Tokyo)' },
  ],
  recentQuestions: ['vad är undantagsplattformen?', 'vem bestämmer om vi får den?'],
  words:
    'Solution Assurance bad oss ta undantagsplattformen, men vi vet inte vilket datacenter det blir.',
};

/** Markdown as this message uses it: bold, italics, list items, quotes, paragraphs. */
function markdownToHtml(markdown: string): string {
  const inline = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
      .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<i>$2</i>')
      .replace(/\\(.)/g, '$1');
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('- ')) return `<li>${inline(line.slice(2))}</li>`;
      if (line.startsWith('> ')) return `<blockquote>${inline(line.slice(2))}</blockquote>`;
      return line ? `<p>${inline(line)}</p>` : '';
    })
    .join('\n');
}

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('the Webex support message of a handoff shows the admin, the plan, the questions and their words', async () => {
  const message = handoffMessage('support-room', SUMMARY, new Translators().for('en'));
  const page = await browser!.newPage({ viewport: { width: 900, height: 900 } });
  await page.setContent(`<!doctype html><html><head><style>
    body { font: 14px system-ui, sans-serif; background: #f7f7f7; margin: 24px; color: #222; }
    .space { max-width: 760px; background: #fff; border-radius: 8px; padding: 16px 20px; box-shadow: 0 1px 3px #0002; }
    .who { font-weight: 600; margin-bottom: 6px; } .who span { color: #888; font-weight: 400; margin-left: 8px; }
    li { margin-left: 18px; } blockquote { border-left: 3px solid #ccc; margin: 4px 0; padding-left: 8px; color: #555; }
    #card { margin-top: 12px; border: 1px solid #ddd; border-radius: 6px; padding: 4px; }
  </style></head><body><div class="space"><div class="who">Setup bot<span>support space</span></div>
  <div id="markdown">${markdownToHtml(message.markdown ?? '')}</div><div id="card"></div></div></body></html>`);
  await page.addScriptTag({
    path: join(REPO_ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'),
  });
  const card = message.attachments?.[0]?.content;
  // Runs in the page (no DOM types here): the card rendered by the Adaptive Cards renderer,
  // its text through markdown as Webex and Teams read it (the renderer alone shows it raw).
  await page.evaluate(`(() => {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = text
        .replace(/&/g, '&amp;').replace(/</g, '&lt;')
        .replace(/\\*\\*(.+?)\\*\\*/g, '<b>$1</b>')
        .replace(/\\\\(.)/g, '$1')
        .replace(/\\n/g, '<br>');
      result.didProcess = true;
    };
    const card = new AdaptiveCards.AdaptiveCard();
    card.parse(${JSON.stringify(card)});
    document.getElementById('card').appendChild(card.render());
  })()`);
  const shown = await page.locator('.space').innerText();
  for (const fragment of [
    'Maria Lindqvist',
    'maria@example.com',
    'jp1 (Japan, Tokyo)',
    'vilket datacenter det blir',
  ])
    expect(shown).toContain(fragment);
  // The card rendered its facts (the renderer shows each fact's title and value).
  const cardText = await page.locator('#card').innerText();
  expect(cardText).toContain('Lindqvist Bygg AB');
  expect(cardText).toContain('maria@example.com');
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.locator('.space').screenshot({ path: join(RESULTS_DIR, 'handoff-webex.png') });
  await page.close();
});
