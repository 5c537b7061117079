import type { TurnContext } from 'botbuilder';
import { holderOf } from '../../dialogs/holder';
import { escapeIdPart } from '../../common/idEscaping';
import { conversationStateKey, userStateKey } from '../../state/storageKeys';
import { postActivity, startServer } from '../support/server';
import { redisUrl, uniqueKeyPrefix, deleteKeys } from './redisTestSupport';
import { tempSqliteFile } from './tempSqliteFile';

function contextOf(channelId: string, conversationId: string, userId: string): TurnContext {
  return {
    activity: { channelId, conversation: { id: conversationId }, from: { id: userId } },
  } as unknown as TurnContext;
}

describe('ids containing "/" never share state', () => {
  const collide = [
    ['t', 'x/users/y'],
    ['t/users/x', 'y'],
  ] as const;

  test('the key parts are encoded, so the keys are injective', () => {
    const [a, b] = collide.map(([c, u]) => conversationStateKey(contextOf('emulator', c, u)));
    expect(a).not.toBe(b);
    expect(userStateKey(contextOf('a/users', 'c', 'b'))).not.toBe(
      userStateKey(contextOf('a', 'c', 'users/b')),
    );
    expect(escapeIdPart('a%2Fb')).not.toBe(escapeIdPart('a/b'));
    // Ordinary ids keep the keys botbuilder would have built.
    expect(conversationStateKey(contextOf('msteams', 'a:1x', '29:u'))).toBe(
      'msteams/conversations/a:1x/users/29:u/',
    );
  });

  test('subdomain holders are injective too', () => {
    const a = holderOf(contextOf('emulator', 'a/b', 'c'));
    const b = holderOf(contextOf('emulator', 'a', 'b/c'));
    expect(a).not.toBe(b);
  });

  const stores: [string, () => { env: NodeJS.ProcessEnv; done(): Promise<void> }][] = [
    ['memory', () => ({ env: { STATE_STORE: 'memory' }, done: async () => {} })],
    [
      'sqlite',
      () => {
        const file = tempSqliteFile();
        return {
          env: { STATE_STORE: 'sqlite', STATE_DB: file.path },
          done: async () => file.remove(),
        };
      },
    ],
  ];
  const url = redisUrl;
  if (url) {
    stores.push([
      'redis',
      () => {
        const prefix = uniqueKeyPrefix();
        return {
          env: { STATE_STORE: 'redis', REDIS_URL: url, REDIS_KEY_PREFIX: prefix },
          done: () => deleteKeys(url, prefix),
        };
      },
    ]);
  }

  test.each(stores)(
    '%s: conversation t with user x/users/y and conversation t/users/x with user y are two setups',
    async (_name, open) => {
      const store = open();
      const server = await startServer(store.env);
      try {
        const first = { conversation: { id: collide[0][0] }, from: { id: collide[0][1] } };
        const second = { conversation: { id: collide[1][0] }, from: { id: collide[1][1] } };
        await postActivity(server.baseUrl, { ...first, text: 'hello' });
        const asked = await postActivity(server.baseUrl, { ...first, text: 'partner' });
        expect(JSON.stringify(asked.activities)).toContain('Step 2');
        const other = await postActivity(server.baseUrl, { ...second, text: 'hello' });
        expect(JSON.stringify(other.activities)).toContain('Step 1');
        expect(JSON.stringify(other.activities)).not.toContain('Step 2');
      } finally {
        await server.close();
        await store.done();
      }
    },
  );
});
