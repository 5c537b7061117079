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
