import { recognizeCommand, type Command } from '../../../dialogs/conversation/commands';
import { testPhrases, turnLanguageFor, type Locale } from '../../support/dialogTestSupport';

function command(text: string, locale: Locale): Command | undefined {
  return recognizeCommand(text, turnLanguageFor(locale), testPhrases());
}

describe('recognizeCommand', () => {
  test.each([
    ['en', 'help', 'help'],
    ['en', 'Help!', 'help'],
    ['en', 'what can I do', 'help'],
    ['en', 'back', 'back'],
    ['en', '  Go back ', 'back'],
    ['en', 'restart', 'restart'],
    ['en', 'start over', 'restart'],
    ['en', 'cancel', 'cancel'],
    ['en', 'quit', 'cancel'],
    ['sv', 'hjälp', 'help'],
    ['sv', 'Hjälp mig', 'help'],
    ['sv', 'tillbaka', 'back'],
    ['sv', 'ångra', 'back'],
    ['sv', 'börja om', 'restart'],
    ['sv', 'Starta om', 'restart'],
    ['sv', 'avbryt', 'cancel'],
    ['sv', 'avsluta', 'cancel'],
    // Commands are understood in every language, whatever the turn's language.
    ['en', 'tillbaka', 'back'],
    ['sv', 'help', 'help'],
  ] as const)('%s: "%s" is %s', (locale, text, kind) => {
    expect(command(text, locale)).toEqual({ kind });
  });

  // BUG (minor, found by these tests): "?" is listed in words.help (en), but the
  // message is normalized to nothing before the lists are searched, so it is never
  // the help command. The bot still shows the step's help, through the question
  // path, prefixed with "I can't answer that question yet". Remove `.failing` once
  // "?" is recognized (or drop it from words.help).
  test('en: "?" is help, as words.help lists it', () => {
    expect(command('?', 'en')).toEqual({ kind: 'help' });
  });

  test.each([
    ['en', 'english', 'en'],
    ['en', 'svenska', 'sv'],
    ['en', 'in Swedish', 'sv'],
    ['sv', 'på engelska', 'en'],
    ['sv', 'engelska', 'en'],
    ['sv', 'på svenska', 'sv'],
  ] as const)('%s: "%s" switches to %s', (locale, text, target) => {
    expect(command(text, locale)).toEqual({ kind: 'switchLanguage', locale: target });
  });

  test.each([
    ['en', 'language', 'sv'],
    ['en', 'change language', 'sv'],
    ['sv', 'språk', 'en'],
    ['sv', 'byt språk', 'en'],
  ] as const)('%s: "%s" switches to the other language, %s', (locale, text, target) => {
    expect(command(text, locale)).toEqual({ kind: 'switchLanguage', locale: target });
  });

  test.each([
    ['en', 'options', ''],
    ['en', 'Options', ''],
    ['en', 'options for Japan', 'japan'],
    ['en', 'options Japan', 'japan'],
    ['en', 'options for the United Kingdom', 'the united kingdom'],
    ['sv', 'alternativ', ''],
    ['sv', 'alternativ Japan', 'japan'],
    ['sv', 'alternativ för Japan', 'japan'],
    ['sv', 'alternativen för Storbritannien', 'storbritannien'],
    ['en', 'alternativ Japan', 'japan'],
  ] as const)('%s: "%s" asks for the options of "%s"', (locale, text, countryText) => {
    expect(command(text, locale)).toEqual({ kind: 'options', countryText });
  });

  test.each([
    ['en', ''],
    ['en', '   '],
    ['en', 'partner'],
    ['en', 'Japan'],
    ['en', 'yes'],
    ['en', '2'],
    ['en', 'acmejp'],
    ['en', 'help me choose a platform'],
    ['en', 'what does back office mean'],
    ['en', 'optionsjapan'],
    ['en', 'cancelled'],
    ['sv', 'prenumeration'],
    ['sv', 'ja'],
    ['sv', 'alternativet'],
    ['sv', 'kan jag avbryta senare?'],
  ] as const)('%s: "%s" is no command', (locale, text) => {
    expect(command(text, locale)).toBeUndefined();
  });
});
