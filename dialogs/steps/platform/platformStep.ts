import { z } from 'zod';
import { PLATFORMS } from '../../../provisioning/identifiers';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { PlatformDialog } from './platformDialog';

/** Standard, Controlled GA or Exception, among those the country has. */
export const platformStep = defineStep({
  id: 'platform',
  answer: z.enum(PLATFORMS),
  dialog: PlatformDialog,
  // A platform named earlier, or the one a named telephony option implies, as the rules read it.
  options: ({ draft, proposals, rules }) => {
    if (!draft.country) return { proposal: proposals.platform };
    const { proposed, impliedBy } = rules.platformChoice({
      country: draft.country,
      proposed: { platform: proposals.platform, telephony: proposals.telephony },
    });
    const because =
      proposed && impliedBy
        ? phrase('platform.impliedBy', {
            country: { country: draft.country, inSentence: true },
            telephony: phrase(`telephony.name.${impliedBy}`),
            platform: phrase(`platform.definite.${proposed}`),
          })
        : undefined;
    return { proposal: proposed, because };
  },
  facts: (platform) => [fact('platform', phrase(`platform.name.${platform}`))],
  help: (rules, { country }) => {
    if (!country) return phrase('platform.help');
    const others = rules.platformsOf(country).filter((p) => p.requiresSolutionAssurance);
    const list = others.map((p) => phrase(`platform.definite.${p.id}`));
    return list.length
      ? phrase('platform.helpIn', {
          country: { country, inSentence: true },
          others: { list, join: 'or' },
        })
      : phrase('platform.helpOnlyStandard', { country: { country, inSentence: true } });
  },
  example: 'standard',
});
