import type { TurnContext } from 'botbuilder';
import type { ChannelSupportDesk } from '../../channels/handoff/handoffDelivery';
import { HandoffDesks } from '../../channels/handoff/handoffDesks';
import { inertText, isClosingReply } from '../../channels/handoff/supportText';
import { FakeSupportDesk } from '../support/fakeSupportDesk';

const context = {} as TurnContext;
const request = { plan: [], step: 'role', recentQuestions: [], words: 'help', language: 'en' };

/** A channel's support-desk target: the Webex room (environment) or a Teams channel (registered). */
function channelDesk(target: 'webex' | 'teams', registered = true): ChannelSupportDesk {
  return Object.assign(new FakeSupportDesk(registered ? target : 'none'), {
    target,
    setIn: target === 'webex' ? ('environment' as const) : ('conversation' as const),
  });
}

describe('which support space a handoff goes to', () => {
  test('a Webex room in the environment wins over a registered Teams channel', async () => {
    // Whatever the order of the channel list.
    const desks = new HandoffDesks([channelDesk('teams'), channelDesk('webex')], 'contact');
    expect(await desks.activeTarget()).toBe('webex');
    expect(await desks.open(context, request)).toMatchObject({ target: 'webex' });
  });

  test('a registered Teams channel, else the contact, else none', async () => {
    expect(await new HandoffDesks([channelDesk('teams')]).activeTarget()).toBe('teams');
    const unregistered = new HandoffDesks([channelDesk('teams', false)], 'call Kim');
    expect(await unregistered.activeTarget()).toBe('contact');
    expect(await unregistered.open(context, request)).toEqual({
      kind: 'contact',
      contact: 'call Kim',
    });
    expect(await new HandoffDesks([]).open(context, request)).toEqual({ kind: 'none' });
  });
});

describe('text from a conversation in the support space', () => {
  test.each([
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['<@all> <script>', '\\<\\@all\\> \\<script\\>'],
    ['[link](https://x.example)', '\\[link\\]\\(https://x\\.example\\)'],
    ['# heading\n> quote', '\\# heading\n\\> quote'],
  ])('%j is shown inert', (text, inert) => {
    expect(inertText(text)).toBe(inert);
  });

  test.each(['close', 'Done.', 'stäng', 'KLAR!'])('"%s" ends a handoff', (text) => {
    expect(isClosingReply(text)).toBe(true);
  });

  test.each(['close the ticket later', 'not done yet', 'klart att du kan'])(
    '"%s" is a reply, not the end',
    (text) => expect(isClosingReply(text)).toBe(false),
  );
});
