import { MemoryStorage } from 'botbuilder';
import { EtagConflictError, isEtagConflict, StoreUnavailableError } from '../../state/storeErrors';

test("isEtagConflict recognises ours and MemoryStorage's, and nothing else", async () => {
  const memory = new MemoryStorage();
  await memory.write({ key: { v: 1 } });
  const stale = (await memory.read(['key'])).key;
  await memory.write({ key: { ...stale } });
  const memoryConflict = await memory.write({ key: { ...stale } }).catch((error) => error);

  expect(isEtagConflict(memoryConflict)).toBe(true);
  expect(isEtagConflict(new EtagConflictError('key'))).toBe(true);
  expect(isEtagConflict(new StoreUnavailableError('down'))).toBe(false);
  expect(isEtagConflict(new Error('something else'))).toBe(false);
});

test('StoreUnavailableError keeps its cause and is no eTag conflict', () => {
  const cause = new Error('connect ECONNREFUSED 127.0.0.1:6379');
  const error = new StoreUnavailableError('Redis is unavailable', { cause });
  expect(error.cause).toBe(cause);
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(EtagConflictError);
  expect(error.name).toBe('StoreUnavailableError');
});
