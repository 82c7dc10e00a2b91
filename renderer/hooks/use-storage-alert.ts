import { useSyncExternalStore } from 'react';
import { getStorageAlert, subscribeStorageAlert, type StorageAlert } from '../data/storage-alerts';

export { dismissStorageAlert } from '../data/storage-alerts';

export function useStorageAlert(): StorageAlert | null {
  return useSyncExternalStore(subscribeStorageAlert, getStorageAlert, getStorageAlert);
}
