import { resumeSaved } from '../support/savedConversation';

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
    const help = await conversation.say('help');
    expect(help.questionId).toBe('country.confirm');
    const confirmed = await conversation.say('yes');
    expect(confirmed.questionId).toBe('platform');
    await conversation.say('standard');
    await conversation.say('webex calling');
    await conversation.say('acmejp');
    const finished = await conversation.say('finish');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'JP', subdomain: 'acmejp', role: 'partner' });
  });

  it('goes on at the subdomain question after a taken one, in Swedish', async () => {
    const { conversation, waitingOn } = resumed('subdomain-taken', 'sv');
    expect(waitingOn).toBe('subdomain');
    const summary = await conversation.say('ledigdoman');
    expect(summary.questionId).toBe('summary');
    const finished = await conversation.say('slutför');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'CA', subdomain: 'ledigdoman' });
  });

  it('goes back from the summary to the step before', async () => {
    const { conversation, waitingOn } = resumed('summary', 'en');
    expect(waitingOn).toBe('summary');
    const back = await conversation.say('back');
    expect(back.questionId).toBe('subdomain');
    await conversation.say('acmeus');
    const finished = await conversation.say('finish');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'US', subdomain: 'acmeus' });
  });
});
