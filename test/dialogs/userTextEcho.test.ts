import { echoUserText } from '../../dialogs/userTextEcho';
import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

describe('text the admin typed is never rendered back as markup', () => {
  test.each([
    ['**bold** [link](http://evil.example)', 'bold linkhttpevil.example'],
    ['<script>alert(1)</script>', 'scriptalert1script'],
    ['\u202Eevil\u202C', 'evil'],
    ['line\nbreak\ttab', 'line break tab'],
    ['Åland', 'Åland'],
  ])('%j is shown as %j', (typed, shown) => {
    expect(echoUserText(typed).replace('…', '')).toBe(shown);
  });

  test('long text is shortened', () => {
    expect(echoUserText('x'.repeat(200))).toBe(`${'x'.repeat(40)}…`);
  });

  test('an unknown country answer with markdown is echoed without it', async () => {
    const conversation = new Conversation({ locale: 'en' });
    const replies = await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'trial' },
      { user: '**[Narnia](http://evil.example)**' },
    ]);
    const text = replies[3]!.text;
    expect(text).toContain('"Narnia');
    expect(text).not.toContain('](');
    expect(text).not.toContain('**');
  });
});
