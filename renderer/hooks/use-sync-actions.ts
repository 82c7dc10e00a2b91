// What the Sharing panel can do, as plain async functions (views never reach the sync layer's
// repositories themselves).
import { useMemo } from 'react';
export type { Account } from '../sync/sharing';
import { addMember, join, leave, publish, unlock } from '../sync/sharing';
import { dismissConflict, keepLosing } from '../sync/conflicts';
import { refuse } from '../../shared/errors';
import type { Failure } from '../../shared/model/snapshot';

/** A rejected action (a thrown error, not a refusal) as a refusal the view can translate. */
export function failureOf(e: unknown): Failure {
  return refuse('sync.serverTrouble', { detail: e instanceof Error ? e.message : String(e) });
}

export function useSyncActions() {
  return useMemo(
    () => ({ publish, join, leave, unlock, addMember, dismissConflict, keepLosing }),
    [],
  );
}
