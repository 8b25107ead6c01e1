/** storage.local as the ring's KeyValueStore port. */
import browser from 'webextension-polyfill';
import type { KeyValueStore } from '../../src/services/keyValueStore';

export const localStore: KeyValueStore = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};
