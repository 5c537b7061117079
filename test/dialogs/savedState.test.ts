import { resumeSaved } from '../support/savedConversation';
import { newSteps, sayPastNewSteps } from '../support/stepRegistry';

/**
 * Conversations in progress survive a deploy of this code: the fixtures are the saved
 * state written by the build before the step modules and the interruption list (commit
 * db1e04a), by its own bot, each waiting on the question it names.
 */
function resumed(fixture: string, locale: 'en' | 'sv') {
  return resumeSaved(`saved-${fixture}`, {
    locale,
    conversationId: `saved-${fixture}`,
    userId: 'saved-admin',
  });
}

describe('a conversation saved by the build before the step modules', () => {
  it('goes on at the country question after an unknown country', async () => {
    const { conversation, waitingOn } = resumed('country-after-unknown', 'en');
    expect(waitingOn).toBe('country');
    const unknown = await sayPastNewSteps(conversation, 'Narnia');
    expect(unknown.text).toContain('Narnia');
    expect(unknown.questionId).toBe('country');
    const confirm = await sayPastNewSteps(conversation, 'Mexico');
    expect(confirm.questionId).toBe('country.confirm');
    await sayPastNewSteps(conversation, 'yes');
    expect(conversation.errors).toEqual([]);
  });

  it('goes on at the platform question, in Swedish', async () => {
    const { conversation, waitingOn } = resumed('platform', 'sv');
    expect(waitingOn).toBe('platform');
    await sayPastNewSteps(conversation, 'standard');
    const subdomain = await sayPastNewSteps(conversation, 'webex calling');
    expect(subdomain.questionId).toBe('subdomain');
    await sayPastNewSteps(conversation, 'sparadjp');
    const finished = await sayPastNewSteps(conversation, 'slutför');
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'JP', platform: 'standard', locale: 'sv' });
  });

  it('finishes from the summary', async () => {
    const { conversation, waitingOn } = resumed('summary', 'en');
    expect(waitingOn).toBe('summary');
    let finished = await sayPastNewSteps(conversation, 'finish');
    // A step added since the state was saved is asked first, then the summary again.
    if (newSteps().length > 0 && finished.questionId === 'summary') {
      finished = await conversation.say('finish');
    }
    expect(conversation.errors).toEqual([]);
    expect(finished.plan).toMatchObject({ country: 'CA', subdomain: 'acmeca', role: 'partner' });
  });

  it('keeps every answer when a pending restart is answered no', async () => {
    const { conversation, waitingOn } = resumed('restart-pending', 'en');
    expect(waitingOn).toBe('restart.confirm');
    const kept = await sayPastNewSteps(conversation, 'no');
    expect(kept.questionId).toBe('platform');
    const status = await sayPastNewSteps(conversation, 'status');
    expect(status.text).toContain('Japan');
    expect(conversation.errors).toEqual([]);
  });
});
