import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';

export interface DirectoryUnderTest {
  directory: SubdomainDirectory;
  /** Another instance on the same store (another connection or client where there is one). */
  sibling: SubdomainDirectory;
  /** Lets `ms` pass for hold expiry: a fake clock moves on, or real time is waited out. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface DirectoryOptions {
  takenElsewhere: string[];
}

const TTL = 300;

/** The behaviour of provisioning/subdomainDirectory.ts, run unchanged against every store. */
export function describeDirectoryContract(
  name: string,
  open: (options: DirectoryOptions) => Promise<DirectoryUnderTest>,
): void {
  describe(`SubdomainDirectory contract: ${name}`, () => {
    let subject: DirectoryUnderTest;
    let directory: SubdomainDirectory;

    beforeEach(async () => {
      subject = await open({ takenElsewhere: ['Taken-Elsewhere', 'acme'] });
      directory = subject.directory;
    });
    afterEach(() => subject.close());

    test('a subdomain nobody holds is available to anyone', async () => {
      expect(await directory.isAvailable('contoso', 'alice')).toBe(true);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(true);
    });

    test('a hold keeps the subdomain for its holder only', async () => {
      expect(await directory.hold('contoso', 'alice', TTL)).toBe(true);
      expect(await directory.isAvailable('contoso', 'alice')).toBe(true);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
      expect(await directory.hold('contoso', 'bob', TTL)).toBe(false);
      expect(await directory.claim('contoso', 'bob')).toBe(false);
      expect(await subject.sibling.isAvailable('contoso', 'bob')).toBe(false);
    });

    test('letter case does not make a different subdomain', async () => {
      expect(await directory.hold('Contoso', 'alice', TTL)).toBe(true);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
      expect(await directory.claim('CONTOSO', 'alice')).toBe(true);
      expect(await directory.hold('contoso', 'bob', TTL)).toBe(false);
    });

    test('a hold expires after its ttl', async () => {
      expect(await directory.hold('contoso', 'alice', TTL)).toBe(true);
      await subject.advance(TTL + 100);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(true);
      expect(await directory.hold('contoso', 'bob', TTL)).toBe(true);
      expect(await directory.isAvailable('contoso', 'alice')).toBe(false);
    });

    test('holding again renews the hold', async () => {
      await directory.hold('contoso', 'alice', TTL);
      await subject.advance(TTL - 100);
      expect(await directory.hold('contoso', 'alice', TTL)).toBe(true);
      await subject.advance(TTL - 100);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
    });

    test("release frees the holder's hold, and nobody else's", async () => {
      await directory.hold('contoso', 'alice', TTL);
      await directory.release('contoso', 'bob');
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
      await directory.release('contoso', 'alice');
      expect(await directory.isAvailable('contoso', 'bob')).toBe(true);
      await directory.release('never-held', 'alice');
    });

    test('a claim is for good: it outlives the hold and release does not undo it', async () => {
      await directory.hold('contoso', 'alice', TTL);
      expect(await directory.claim('contoso', 'alice')).toBe(true);
      await directory.release('contoso', 'alice');
      await subject.advance(TTL + 100);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
      expect(await directory.hold('contoso', 'bob', TTL)).toBe(false);
      expect(await directory.claim('contoso', 'bob')).toBe(false);
      expect(await subject.sibling.claim('contoso', 'bob')).toBe(false);
    });

    test('the owner may claim and hold again without losing the claim', async () => {
      expect(await directory.claim('contoso', 'alice')).toBe(true);
      expect(await directory.claim('contoso', 'alice')).toBe(true);
      expect(await directory.hold('contoso', 'alice', TTL)).toBe(true);
      await subject.advance(TTL + 100);
      expect(await directory.isAvailable('contoso', 'alice')).toBe(true);
      expect(await directory.isAvailable('contoso', 'bob')).toBe(false);
    });

    test('subdomains taken elsewhere can be neither held nor claimed', async () => {
      for (const name of ['taken-elsewhere', 'ACME']) {
        expect(await directory.isAvailable(name, 'alice')).toBe(false);
        expect(await directory.hold(name, 'alice', TTL)).toBe(false);
        expect(await directory.claim(name, 'alice')).toBe(false);
      }
    });

    test('a hold needs a positive ttl', async () => {
      await expect(directory.hold('contoso', 'alice', 0)).rejects.toThrow(RangeError);
      await expect(directory.hold('contoso', 'alice', Number.NaN)).rejects.toThrow(RangeError);
    });

    test('of 20 racing claims of one subdomain, on two instances, exactly one wins', async () => {
      const holders = Array.from({ length: 20 }, (_, index) => `conversation-${index}`);
      const results = await Promise.all(
        holders.map((holder, index) =>
          (index % 2 === 0 ? directory : subject.sibling).claim('race', holder),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = holders[results.indexOf(true)];
      for (const holder of holders) {
        expect(await directory.isAvailable('race', holder)).toBe(holder === winner);
      }
    });

    test('of 20 racing holds of one subdomain, on two instances, exactly one wins', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? directory : subject.sibling).hold('race', `c-${index}`, 60_000),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
