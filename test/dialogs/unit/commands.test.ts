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

  // Issue 20: commands in the admin's own words, the filler words around them and a
  // question mark notwithstanding, in either language.
  test.each([
    ['en', 'what have I answered so far?', 'status'],
    ['en', 'what did I say so far?', 'status'],
    ['en', 'show me my answers', 'status'],
    ['en', 'Where am I?', 'status'],
    ['en', 'summary', 'status'],
    ['en', 'recap please', 'status'],
    ['sv', 'vad har jag svarat hittills?', 'status'],
    ['sv', 'vad har jag valt', 'status'],
    ['sv', 'visa mina svar', 'status'],
    ['sv', 'sammanfattning', 'status'],
    ['sv', 'var är vi?', 'status'],
    ['en', 'can you help?', 'help'],
    ['en', "I'm lost", 'help'],
    ['sv', 'jag behöver hjälp', 'help'],
    ['sv', 'vad ska jag skriva här?', 'help'],
    ['en', 'go back one step please', 'back'],
    ['en', 'oops, back', 'back'],
    ['sv', 'gå tillbaka', 'back'],
    ['sv', 'förra frågan tack', 'back'],
    ['en', "let's start over", 'restart'],
    ['en', 'can we start from scratch?', 'restart'],
    ['en', 'new setup', 'restart'],
    ['sv', 'börja om', 'restart'],
    ['sv', 'nollställ allt', 'restart'],
    ['sv', 'ny konfiguration', 'restart'],
    ['en', 'stop the setup', 'cancel'],
    ['en', 'forget it, cancel this', 'cancel'],
    ['sv', 'avbryt konfigurationen', 'cancel'],
    ['sv', 'glöm det, avbryt', 'cancel'],
    ['en', 'export the plan', 'share'],
    ['en', 'send me the plan so I can forward it', 'share'],
    ['sv', 'exportera planen', 'share'],
    ['sv', 'kan jag få planen att skicka vidare?', 'share'],
  ] as const)('%s: "%s" is %s in natural words', (locale, text, kind) => {
    expect(command(text, locale)).toEqual({ kind });
    expect(command(text, locale === 'en' ? 'sv' : 'en')).toEqual({ kind });
  });

  test.each([
    ['en', 'switch to Swedish', 'sv'],
    ['en', 'på svenska tack', 'sv'],
    ['en', 'can we do this in Swedish?', 'sv'],
    ['sv', 'can you speak english', 'en'],
    ['sv', 'in English please', 'en'],
    ['sv', 'kan vi byta till engelska?', 'en'],
  ] as const)('%s: "%s" switches to %s in natural words', (locale, text, target) => {
    expect(command(text, locale)).toEqual({ kind: 'switchLanguage', locale: target });
  });

  // A real question keeps words of its own and is no command, whatever command words it holds.
  test.each([
    ['en', 'can I change the country later?'],
    ['en', 'what is a subdomain?'],
    ['en', 'what have I answered for the platform?'],
    ['en', 'can I go back and change the country after the wizard is finished?'],
    ['en', 'I want to start over with a different customer in Canada on a trial'],
    ['en', 'please'],
    ['en', 'ok'],
    ['en', 'thanks'],
    ['sv', 'kan jag byta land senare?'],
    ['sv', 'vad är en deldomän?'],
    ['sv', 'hur avbryter jag en provperiod?'],
    ['sv', 'tack'],
    ['sv', 'koppla mig vidare till en handläggare'],
  ] as const)('%s: "%s" is no command in natural words either', (locale, text) => {
    expect(command(text, locale)).toBeUndefined();
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
