// What the Sharing panel can do, as plain async functions (views never reach the sync layer's
// repositories themselves).
import { useMemo } from 'react';
export type { Account } from '../sync/sharing';
import { addMember, join, leave, publish } from '../sync/sharing';
import { dismissConflict, keepLosing } from '../sync/conflicts';

export function useSyncActions() {
  return useMemo(() => ({ publish, join, leave, addMember, dismissConflict, keepLosing }), []);
}
