import { messageKind } from '../../../dialogs/conversation/messageKind';
import { PhraseRenderer } from '../../../dialogs/phrase';
import { loadRules } from '../../../provisioning/loadRules';
import { Translators } from '../../../bot/translators';
import { newTurnLanguage } from '../../../dialogs/turnLanguage';

const phrases = new PhraseRenderer(loadRules());
const translators = new Translators();
const language = (locale: 'en' | 'sv') => newTurnLanguage(translators, locale);

describe('a question word is read with its accents', () => {
  test.each([
    ['sv', 'var hittar jag guiden'],
    ['sv', 'nar startar provperioden'],
    ['en', 'I am a partner, how do I start'],
  ] as const)('%s: "%s" is a question', (locale, text) => {
    expect(messageKind(text, language(locale), phrases)).toBe('question');
  });

  test.each([
    ['sv', 'vi är partner, provperiod för vår kund i Nya Zeeland'],
    ['sv', 'vår kund är i Japan'],
  ] as const)('%s: "%s" is no question ("vår" is not "var")', (locale, text) => {
    expect(messageKind(text, language(locale), phrases)).toBeUndefined();
  });
});
