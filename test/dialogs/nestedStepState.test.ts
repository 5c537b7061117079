import { resumeSaved } from '../support/savedConversation';
import { sayPastNewSteps } from '../support/stepRegistry';

/**
 * Conversations saved by the version whose steps were components of their own (each
 * with a waterfall `<step>.flow` and its question inside) go on where they were. The
 * fixtures are the saved state of that version, written by its own bot.
 */
function resumed(fixture: string, locale: 'en' | 'sv') {
  return resumeSaved(`nested-steps-${fixture}`, {
    locale,
    conversationId: `legacy-${fixture}`,
    userId: 'legacy-admin',
    taken: ['upptagen'],
  });
}

describe('a conversation saved while steps were components', () => {
  it('goes on at the country confirmation, after help', async () => {
    const { conversation, waitingOn } = resumed('country-confirm', 'en');
    expect(waitingOn).toBe('country.confirm');
    const help = await sayPastNewSteps(conversation, 'help');
    expect(help.questionId).toBe('country.confirm');
    const confirmed = await sayPastNewSteps(conversation, 'yes');
    expect(confirmed.questionId).toBe('platform');
    await sayPastNewSteps(conversation, 'standard');
    await sayPastNewSteps(conversation, 'webex calling');
    await sayPastNewSteps(conversation, 'acmejp');
    const finished = await sayPastNewSteps(conversation, 'finish');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'JP', subdomain: 'acmejp', role: 'partner' });
  });

  it('goes on at the subdomain question after a taken one, in Swedish', async () => {
    const { conversation, waitingOn } = resumed('subdomain-taken', 'sv');
    expect(waitingOn).toBe('subdomain');
    const summary = await sayPastNewSteps(conversation, 'ledigdoman');
    expect(summary.questionId).toBe('summary');
    const finished = await sayPastNewSteps(conversation, 'slutför');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'CA', subdomain: 'ledigdoman' });
  });

  it('goes back from the summary to the step before', async () => {
    const { conversation, waitingOn } = resumed('summary', 'en');
    expect(waitingOn).toBe('summary');
    const back = await sayPastNewSteps(conversation, 'back');
    expect(back.questionId).toBe('subdomain');
    await sayPastNewSteps(conversation, 'acmeus');
    const finished = await sayPastNewSteps(conversation, 'finish');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'US', subdomain: 'acmeus' });
  });
});
