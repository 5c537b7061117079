import { prepareOutgoing } from '../../../bot/render/outgoingActivities';
import { infoActivity, questionActivity } from '../../../dialogs/question';
import { profileFor } from '../../../bot/render/channelProfile';
import { channelProfiles } from '../../../channels/channelList';

const profile = (channelId: string) => profileFor(channelProfiles, channelId);

const question = questionActivity('Which platform?\nChoose one.', {
  choices: [
    { id: 'standard', label: 'Standard platform', group: undefined },
    { id: 'exception', label: 'Exception platform', group: undefined },
  ],
  freeText: false,
});
const done = { type: 'message', text: 'Done!\nNext steps:' };
const event = { type: 'event', name: 'setupCompleted', value: { id: 'x' } };

describe('replies prepared for the channel', () => {
  test('Teams: an Adaptive Card with submit buttons, doubled line breaks, and no event activity', () => {
    const [card, message, ...rest] = prepareOutgoing(
      [question, done, event],
      profile('msteams'),
      'sv',
    );
    expect(rest).toEqual([]);
    expect(card!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card!.attachments![0]!.content)).toContain(
      '"data":{"choice":"standard"}',
    );
    expect(message).toMatchObject({ text: 'Done!\n\nNext steps:', locale: 'sv' });
  });

  test('Webex: a card of schema 1.3, and the event is kept', () => {
    const out = prepareOutgoing([question, event], profile('webex'), 'en');
    expect((out[0]!.attachments![0]!.content as { version: string }).version).toBe('1.3');
    expect(out[1]).toMatchObject({ type: 'event', name: 'setupCompleted' });
  });

  test('the Emulator: short lists as suggested actions', () => {
    const [q] = prepareOutgoing([question], profile('emulator'), 'en');
    expect(q!.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Standard platform',
      'Exception platform',
    ]);
    expect(q!.attachments).toBeUndefined();
  });

  test('the terminal and unknown channels: a numbered list in the text', () => {
    const [q] = prepareOutgoing([question], profile('terminal'), 'en');
    expect(q!.text).toBe(
      'Which platform?\nChoose one.\n1. Standard platform\n2. Exception platform',
    );
  });
});

describe('links', () => {
  const answer = infoActivity('Control Hub is where you set up the tenant.', {
    choices: [],
    links: [
      { title: 'Control Hub', url: 'https://admin.webex.com' },
      { title: 'Data Locality in Webex Contact Center' },
    ],
  });

  test('are OpenUrl buttons in a Teams card (a link without an address shows its title)', () => {
    const [card] = prepareOutgoing([answer], profile('msteams'), 'en');
    const body = JSON.stringify(card!.attachments![0]!.content);
    expect(body).toContain(
      '"type":"Action.OpenUrl","title":"Control Hub","url":"https://admin.webex.com"',
    );
    expect(body).toContain('"text":"Data Locality in Webex Contact Center"');
  });

  test('are lines with their address in the terminal', () => {
    const [text] = prepareOutgoing([answer], profile('terminal'), 'en');
    expect(text!.text).toBe(
      'Control Hub is where you set up the tenant.\nControl Hub: https://admin.webex.com\nData Locality in Webex Contact Center',
    );
  });
});
