// Percentage agreement and Cohen's kappa from the 2×2 table of two coders over characters:
// each character (Unicode code point) is coded or not coded by coder A and by coder B.

/** Characters counted in each cell of the 2×2 table. */
export interface AgreementCounts {
  /** Coded by both coders. */
  readonly both: number;
  /** Coded by coder A only. */
  readonly onlyA: number;
  /** Coded by coder B only. */
  readonly onlyB: number;
  /** Coded by neither. */
  readonly neither: number;
}

export interface AgreementFigures extends AgreementCounts {
  /** Characters compared: the sum of the four cells. */
  readonly characters: number;
  /** (both + neither) / characters, a fraction 0–1; null when there is no character. */
  readonly percentAgreement: number | null;
  /**
   * Cohen's kappa, (po − pe) / (1 − pe); null when there is no character. When the expected
   * agreement pe is 1 (each coder coded every character, or none) the formula is 0/0; the
   * agreement is then necessarily complete, and kappa is 1 — what NVivo reports for 100 %
   * agreement. So kappa is null exactly when percentAgreement is null.
   */
  readonly kappa: number | null;
}

export const NO_COUNTS: AgreementCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };

export function addCounts(x: AgreementCounts, y: AgreementCounts): AgreementCounts {
  // Object literals, not spreads: these run once per code × document (100k times at scale).
  return {
    both: x.both + y.both,
    onlyA: x.onlyA + y.onlyA,
    onlyB: x.onlyB + y.onlyB,
    neither: x.neither + y.neither,
  };
}

export function figuresOf(c: AgreementCounts): AgreementFigures {
  const n = c.both + c.onlyA + c.onlyB + c.neither;
  const { both, onlyA, onlyB, neither } = c;
  if (n === 0)
    return { both, onlyA, onlyB, neither, characters: 0, percentAgreement: null, kappa: null };
  const po = (c.both + c.neither) / n;
  const aYes = (c.both + c.onlyA) / n;
  const bYes = (c.both + c.onlyB) / n;
  const pe = aYes * bYes + (1 - aYes) * (1 - bYes);
  // pe is 1 only when both coders coded all characters or both coded none: then po is 1 too.
  const kappa = pe >= 1 ? 1 : (po - pe) / (1 - pe);
  return { both, onlyA, onlyB, neither, characters: n, percentAgreement: po, kappa };
}
