// A coder filter as views hold it (a plain string, cheap to compare in memo deps) and as the pure
// computations take it (`coderIds`).
import type { CoderId } from '../../shared/model/ids';

/** '' all coders; NO_CODER codings without a coder; otherwise one coder's id. */
export const NO_CODER = '__none__';
export type CoderChoice = string;

/** The set the pure computations take, or undefined for all coders. */
export function coderIdsOf(choice: CoderChoice): ReadonlySet<CoderId | null> | undefined {
  if (choice === '') return undefined;
  return new Set([choice === NO_CODER ? null : (choice as CoderId)]);
}
