import { Translators } from '../../bot/translators';

describe('small numbers in words', () => {
  const translators = new Translators();

  test.each([
    ['sv', 2, 'Välj ett av de två alternativen nedan'],
    ['sv', 12, 'Välj ett av de tolv alternativen nedan'],
    ['sv', 14, 'Välj ett av de 14 alternativen nedan'],
    ['en', 3, 'Pick one of the three options below'],
  ])('%s, %d choices: "%s"', (locale, count, expected) => {
    expect(translators.for(locale)('answer.notAChoice', { count })).toContain(expected);
  });
});
