import { editDistance, normalizeText } from '../../common/textNormalization';

describe('normalizeText', () => {
  test.each([
    ['Sverige', 'sverige'],
    [' SVERIGE ', 'sverige'],
    ['A\u030Aland', 'aland'],
    ['\u00C5land', 'aland'],
    ['Côte d’Ivoire', 'cote d ivoire'],
    ['nya   zeeland.', 'nya zeeland'],
    ['ＪＡＰＡＮ', 'japan'],
  ])('%j becomes %j', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });
});

describe('editDistance', () => {
  test.each([
    ['japan', 'japan', 0],
    ['japn', 'japan', 1],
    ['jpaan', 'japan', 1],
    ['kanda', 'kanada', 1],
    ['storbritanien', 'storbritannien', 1],
    ['filipinerna', 'filippinerna', 1],
    ['abc', '', 3],
    ['sweden', 'japan', 5],
  ])('%s to %s is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('stops early above the given maximum', () => {
    expect(editDistance('sweden', 'japan', 1)).toBe(2);
    expect(editDistance('japn', 'japan', 1)).toBe(1);
  });
});
