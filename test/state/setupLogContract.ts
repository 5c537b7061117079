import type { CompletedSetup, CompletedSetupLog } from '../../state/completedSetupLog';

export interface SetupLogUnderTest {
  log: CompletedSetupLog;
  close(): Promise<void>;
}

export function completedSetup(id: string, completedAt: string, userId = 'admin'): CompletedSetup {
  return {
    plan: {
      id,
      role: 'partner',
      orderType: 'trial',
      pstnAddOn: false,
      country: 'SE',
      region: 'emear',
      dataCenter: 'eu1',
      dataCenterAssumed: false,
      platform: 'standard',
      telephony: 'webex-calling',
      subdomain: `sub-${id}`,
      locale: 'sv',
      completedAt,
    },
    finishedBy: { channelId: 'msteams', userId, userName: 'Åsa', conversationId: `c-${id}` },
  };
}

/** The behaviour of state/completedSetupLog.ts, run unchanged against every store. */
export function describeSetupLogContract(name: string, open: () => Promise<SetupLogUnderTest>) {
  describe(`CompletedSetupLog contract: ${name}`, () => {
    let subject: SetupLogUnderTest;

    beforeEach(async () => {
      subject = await open();
    });
    afterEach(() => subject.close());

    test('an empty log lists nothing', async () => {
      expect(await subject.log.list()).toEqual([]);
    });

    test('lists every recorded setup, newest first, as recorded', async () => {
      const middle = completedSetup('p2', '2025-03-02T09:00:00.000Z');
      const oldest = completedSetup('p1', '2025-03-01T09:00:00.000Z');
      const newest = completedSetup('p3', '2025-03-02T09:00:00.001Z');
      for (const setup of [middle, oldest, newest]) await subject.log.record(setup);

      expect(await subject.log.list()).toEqual([newest, middle, oldest]);
    });

    test('recording the same plan twice keeps the first entry and returns it (F2)', async () => {
      const first = completedSetup('p1', '2025-03-01T09:00:00.000Z', 'first');
      expect(await subject.log.record(first)).toEqual(first);
      const again = await subject.log.record(
        completedSetup('p1', '2025-03-01T09:05:00.000Z', 'again'),
      );
      expect(again).toEqual(first);
      expect(await subject.log.list()).toEqual([first]);
    });
  });
}
