import type { StorageUnderTest } from './storageContract';

/**
 * What our own stores promise beyond MemoryStorage: a multi-item write is all or nothing,
 * and written objects carry their new eTag (as Cosmos DB and Blob storage do).
 */
export function describeDurableStorageContract(
  name: string,
  open: () => Promise<StorageUnderTest>,
): void {
  describe(`durable Storage contract: ${name}`, () => {
    let subject: StorageUnderTest;

    beforeEach(async () => {
      subject = await open();
    });
    afterEach(() => subject.close());

    test('written objects carry the eTag they were stored with', async () => {
      const item: { v: number; eTag?: string } = { v: 1 };
      await subject.storage.write({ key: item });
      const stored = await subject.storage.read(['key']);
      expect(item.eTag).toBe(stored.key.eTag);

      // So the same object can be written again without reading it first.
      item.v = 2;
      await subject.storage.write({ key: item });
      expect((await subject.storage.read(['key'])).key).toMatchObject({ v: 2 });
    });

    test('when one item of a write is stale, none of the items is written', async () => {
      const { storage } = subject;
      await storage.write({ a: { v: 1 }, b: { v: 1 } });
      const before = await storage.read(['a', 'b']);
      await storage.write({ b: { ...before.b, v: 2 } });

      const write = storage.write({ a: { ...before.a, v: 3 }, b: { ...before.b, v: 3 } });
      await expect(write).rejects.toThrow(/"b" due to eTag conflict/);
      expect((await storage.read(['a'])).a).toEqual(before.a);
    });
  });
}
