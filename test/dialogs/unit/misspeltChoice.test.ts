import type { ChoiceVocabulary } from '../../../dialogs/choiceRecognizer';
import { misspeltChoice } from '../../../dialogs/misspeltChoice';

const roles: ChoiceVocabulary[] = [
  { id: 'partner', words: ['Partner administrator', 'partner'] },
  { id: 'customer', words: ["Customer's administrator", 'customer'] },
];
const nothingKnown = () => false;

describe('misspeltChoice', () => {
  test.each([
    ['prtner', 'partner'],
    ['partnr', 'partner'],
    ['custoemr', 'customer'],
    ['Custmer', 'customer'],
  ])('"%s" is one letter from %s only', (text, id) => {
    expect(misspeltChoice(text, roles, nothingKnown)).toBe(id);
  });

  test.each([
    ['prtnr', 'two letters away'],
    ['part', 'too short to be a typo'],
    ['partner admin please', 'more than one word'],
  ])('"%s" is no typo of a choice (%s)', (text) => {
    expect(misspeltChoice(text, roles, nothingKnown)).toBeUndefined();
  });

  test('a word as close to two choices is ambiguous: none is taken', () => {
    const choices: ChoiceVocabulary[] = [
      { id: 'a', words: ['stand'] },
      { id: 'b', words: ['stank'] },
    ];
    expect(misspeltChoice('stanz', choices, nothingKnown)).toBeUndefined();
  });

  test('a word that means something itself is never a typo', () => {
    const orderTypes: ChoiceVocabulary[] = [{ id: 'trial', words: ['trial'] }];
    expect(misspeltChoice('trail', orderTypes, nothingKnown)).toBe('trial');
    expect(misspeltChoice('trail', orderTypes, (w) => w === 'trail')).toBeUndefined();
  });
});
