import { Translators } from '../../bot/translators';
import { SHIPPED_RESOURCES } from '../../locales/languages';
import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';
import { progressLabel } from '../support/stepRegistry';

/**
 * A third language added from files alone: a pseudo-localized copy of the
 * English file ("⟪…⟫" around every text) registered next to en and sv. Nothing
 * in the code lists languages, so the bot speaks it and finishes a setup in it.
 */
function pseudoLocalized(node: unknown): unknown {
  if (typeof node === 'string') return `⟪${node}⟫`;
  if (Array.isArray(node)) return node; // word lists: understood as they are
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pseudoLocalized(v)]));
  }
  return node;
}

const withThirdLanguage = {
  ...SHIPPED_RESOURCES,
  xx: { translation: pseudoLocalized(SHIPPED_RESOURCES.en!.translation) as object },
};

test('a language added as a translation file is spoken through a whole setup', async () => {
  const translators = new Translators({ resources: withThirdLanguage });
  expect(translators.languages).toEqual(['en', 'sv', 'xx']);
  const conversation = new Conversation({ locale: 'xx-XX', translators });
  const submit = (choice: string) => ({ submit: { choice } });
  const replies = await play(conversation, [
    { asks: 'role', says: [`⟪${progressLabel('role')}`] },
    { user: submit('partner'), asks: 'orderType' },
    { user: submit('subscription'), asks: 'country' },
    { user: submit('JP'), asks: 'country.confirm' },
    { user: 'yes', asks: 'platform' },
    { user: submit('standard'), asks: 'telephony' },
    { user: submit('webex-calling'), asks: 'subdomain' },
    { user: 'acmexx', asks: 'summary' },
    { user: submit('finish'), plan: { locale: 'xx', subdomain: 'acmexx', country: 'JP' } },
  ]);
  // Every message the bot sent came from the third language's file.
  const texts = replies.flatMap((r) => r.activities.filter((a) => a.type === 'message'));
  expect(texts.length).toBeGreaterThan(8);
  for (const message of texts) expect(message.text).toContain('⟪');
});

test('"language" moves on through every language there is', async () => {
  const translators = new Translators({ resources: withThirdLanguage });
  const conversation = new Conversation({ locale: 'sv', translators });
  await play(conversation, [
    { asks: 'role' },
    { user: 'språk', says: ['⟪'] },
    { user: 'language', says: ['OK, I'] },
    { user: 'svenska', says: ['Okej, nu pratar jag svenska'] },
  ]);
});
