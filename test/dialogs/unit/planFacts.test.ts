import { planFacts } from '../../../dialogs/planFacts';
import type { SetupAnswers } from '../../../dialogs/setupDraft';
import { testPhrases, testRules, turnLanguageFor } from '../../support/dialogTestSupport';

const rules = testRules();

/** A finished plan's answers: the plan holds `pstnAddOn: false` where it was never asked. */
const plan = (country: string, orderType: 'trial' | 'subscription'): SetupAnswers => ({
  role: 'partner',
  orderType,
  pstnAddOn: false,
  country,
  platform: 'standard',
  telephony: 'webex-calling',
  subdomain: 'acme',
});

/** The facts' titles as shown in a language. */
function titles(answers: SetupAnswers, locale: 'en' | 'sv'): string[] {
  const language = turnLanguageFor(locale);
  return testPhrases()
    .renderFacts(planFacts(answers, rules), language)
    .map((f) => f.title);
}

describe('planFacts leaves out the facts that do not apply (the rules say where)', () => {
  test.each([
    ['en', 'JP', 'subscription', false],
    ['en', 'GB', 'subscription', false],
    ['en', 'US', 'trial', false],
    ['en', 'US', 'subscription', true],
    ['sv', 'JP', 'subscription', false],
    ['sv', 'GB', 'subscription', false],
    ['sv', 'US', 'trial', false],
    ['sv', 'US', 'subscription', true],
  ] as const)('%s: %s %s shows the PSTN add-on: %s', (locale, country, orderType, shown) => {
    const addOn =
      locale === 'en'
        ? 'Cisco PSTN for Contact Center add-on'
        : 'Tillägget Cisco PSTN för Contact Center';
    const shownTitles = titles(plan(country, orderType), locale);
    expect(shownTitles.includes(addOn)).toBe(shown);
    expect(shownTitles.length).toBe(shown ? 8 : 7);
  });
});
