import { ResilientStorage, StorageUnavailableError } from '../../src/storage/resilient-storage';
import type { Storage, StoreItems } from '../../src/storage/storage';

/** A store that fails while `down` is set, and counts how often the factory built one. */
function flakyStores() {
  const state = { down: false, built: 0 };
  const make = (): Storage => {
    state.built++;
    const fail = () => Promise.reject(Object.assign(new Error('unreachable'), { name: 'RestError' }));
    return {
      read: (): Promise<StoreItems> => (state.down ? fail() : Promise.resolve({})),
      write: () => (state.down ? fail() : Promise.resolve()),
      delete: () => (state.down ? fail() : Promise.resolve()),
    };
  };
  return { state, make };
}

describe('ResilientStorage', () => {
  it('after a failure, fails fast during the cooldown, then builds a fresh store on next use', async () => {
    const { state, make } = flakyStores();
    const store = new ResilientStorage(make, { timeoutMs: 500, cooldownMs: 30 });
    state.down = true;
    await expect(store.read(['k'])).rejects.toMatchObject({ name: 'RestError' });
    await expect(store.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(state.built).toBe(1);
    state.down = false;
    await new Promise((r) => setTimeout(r, 40));
    await expect(store.read(['k'])).resolves.toEqual({});
    expect(state.built).toBe(2);
  });

  it('once closed (shutdown), every operation fails fast, the probe says no, and no store is built again', async () => {
    const { state, make } = flakyStores();
    const store = new ResilientStorage(make, { timeoutMs: 500, cooldownMs: 0 });
    state.down = true;
    await expect(store.write({})).rejects.toMatchObject({ name: 'RestError' });
    store.close();
    state.down = false;
    await expect(store.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.delete(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.probe('k')).resolves.toBe(false);
    expect(state.built).toBe(1);
  });
});
