import { phrase } from '../../dialogs/phrase';

/**
 * The locale keys are typed (locales/translationKeys.ts): `npm run typecheck`
 * rejects a key that does not exist and a text rendered without its parameters.
 * Each `@ts-expect-error` below fails the typecheck if the error it expects ever
 * stops being reported.
 */
describe('typed locale keys', () => {
  test('a wrong key or a missing parameter does not typecheck', () => {
    // @ts-expect-error the key does not exist
    phrase('country.nonexistent');
    // @ts-expect-error subdomain.help needs maxLength (the bug that shipped "{{maxLength}}")
    phrase('subdomain.help');
    // @ts-expect-error country.confirm needs region and dataCenter too
    phrase('country.confirm', { country: 'JP' });
    // @ts-expect-error welcome takes no parameters
    phrase('welcome', { name: 'x' });
    expect(phrase('subdomain.help', { maxLength: 63 })).toEqual({
      key: 'subdomain.help',
      params: { maxLength: 63 },
    });
  });
});
