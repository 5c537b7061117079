import en from '../../locales/en/translation.json';
import sv from '../../locales/sv/translation.json';
import { recognizeYesNo, type YesNoVocabulary } from '../../dialogs/yesNoRecognizer';
import { recognizeChoice, type OrdinalVocabulary } from '../../dialogs/choiceRecognizer';

const vocabulary: YesNoVocabulary = {
  yes: [...en.words.yes, ...sv.words.yes],
  no: [...en.words.no, ...sv.words.no],
  unsure: [...en.words.unsure, ...sv.words.unsure],
  negators: [...en.words.negators, ...sv.words.negators],
};

describe('a yes/no answer is three-valued', () => {
  test.each(['yes', 'Yes please', 'yep!', 'ja', 'ja tack', 'absolut', 'det stämmer', 'jo', '1'])(
    '"%s" is a clear yes',
    (text) => expect(recognizeYesNo(text, vocabulary)).toBe('yes'),
  );

  test.each(['no', 'nope', 'not right', 'nej', 'nej tack', 'stämmer inte', 'inte rätt', '2'])(
    '"%s" is a clear no',
    (text) => expect(recognizeYesNo(text, vocabulary)).toBe('no'),
  );

  test.each([
    'not sure',
    "I'm not sure",
    'maybe',
    'yes no',
    'no, not sure',
    'inte säker',
    'vet inte',
    'kanske',
    'ja eller nej',
    'purple',
    '',
    'absolutely not',
    'not ok',
    'of course not',
    'absolut inte',
    'inte ok',
    'visst inte',
    'later',
  ])('"%s" is unclear', (text) => expect(recognizeYesNo(text, vocabulary)).toBe('unclear'));
});

describe('choices by their place in the list', () => {
  const ordinals: OrdinalVocabulary = {
    ordinals: [en.words.ordinals, sv.words.ordinals],
    last: [...en.words.last, ...sv.words.last],
    fillers: [...en.words.ordinalFillers, ...sv.words.ordinalFillers],
  };
  const choices = ['a', 'b', 'c'].map((id) => ({ id, words: [`choice ${id}`] }));

  test.each([
    ['2', 'b'],
    ['the second one', 'b'],
    ['number 2', 'b'],
    ['2nd', 'b'],
    ['den andra', 'b'],
    ['nummer 3', 'c'],
    ['the last one', 'c'],
    ['den sista', 'c'],
    ['first', 'a'],
  ])('"%s" picks %s', (text, id) => expect(recognizeChoice(text, choices, ordinals)).toBe(id));

  test.each(['the fifth one', '4', 'second thoughts about this'])('"%s" picks nothing', (text) =>
    expect(recognizeChoice(text, choices, ordinals)).toBeUndefined(),
  );
});

describe('a choice named inside a sentence', () => {
  const ordinals: OrdinalVocabulary = { ordinals: [], last: [], fillers: [] };
  const roles = [
    { id: 'partner', words: ['partner', 'partner admin'] },
    { id: 'customer', words: ['customer', 'the customer'] },
  ];
  const telephony = [
    { id: 'voice-pop', words: ['voice pop'] },
    { id: 'voice-pop-bridge', words: ['voice pop bridge'] },
  ];

  test.each([
    ['I am the partner admin here', roles, 'partner'],
    ['we use voice pop bridge', telephony, 'voice-pop-bridge'],
    ['voice pop, please', telephony, 'voice-pop'],
  ])('"%s" picks the one it names', (text, choices, id) =>
    expect(recognizeChoice(text, choices, ordinals)).toBe(id),
  );

  test.each([
    ["I'm at the partner, doing this on behalf of our customer", roles],
    ['voice pop or voice pop bridge?', telephony],
  ])('"%s" names two choices apart: none is picked', (text, choices) =>
    expect(recognizeChoice(text, choices, ordinals)).toBeUndefined(),
  );
});
