import type { Storage, StoreItems } from 'botbuilder';
import { StoreUnavailableError } from './storeErrors';

/** A Storage that reports each call failing with StoreUnavailableError (for the store error metric). */
export class CountingStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly onUnavailable: (operation: 'read' | 'write' | 'delete') => void,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.counted('read', this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.counted('write', this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.counted('delete', this.inner.delete(keys));
  }

  private async counted<T>(operation: 'read' | 'write' | 'delete', call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof StoreUnavailableError) this.onUnavailable(operation);
      throw error;
    }
  }
}
