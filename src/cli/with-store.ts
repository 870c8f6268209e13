/**
 * Runs a command's work against an existing database and always closes it.
 *
 * @example
 *   await withStore(flags.db, async (store) => print(await store.stats()));
 */
import { openStore, type Store } from '../store/index.js';
import { existingDb } from './commands/existing-db.js';

export async function withStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(existingDb(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
