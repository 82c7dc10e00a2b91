import { describe, expect, it } from 'vitest';
import { pickerOptions, vanishedCodes } from './picker-options';

const trade = { id: 't', name: 'Trade' };
const trust = { id: 'u', name: 'Trust' };

describe('pickerOptions', () => {
  it('offers the code named as typed, and "Create" for a new name', () => {
    expect(pickerOptions([trade, trust], 'trade', []).options).toEqual([
      { kind: 'code', code: trade },
    ]);
    expect(pickerOptions([trade], 'Tra', []).options).toEqual([
      { kind: 'code', code: trade },
      { kind: 'create', name: 'Tra' },
    ]);
  });

  it('does not turn a code deleted in another window into "Create" under the cursor', () => {
    // The picker listed "Trade"; another window deleted it; the list is rebuilt without it.
    const vanished = vanishedCodes(
      new Map([
        [trade.id, trade],
        [trust.id, trust],
      ]),
      [trust],
    );
    expect(vanished).toEqual([trade]);
    const r = pickerOptions([trust], 'Trade', [], vanished);
    expect(r.options).toEqual([]);
    expect(r.blocked).toEqual(trade);
    // Typed the Persian-aware way too (spaces folded, case ignored).
    expect(pickerOptions([trust], ' trade ', [], vanished).blocked).toEqual(trade);
    // Another name is still created as asked.
    expect(pickerOptions([trust], 'Tariff', [], vanished).options).toEqual([
      { kind: 'create', name: 'Tariff' },
    ]);
  });

  it('offers the Persian spelling beside a name typed with Arabic letters', () => {
    // كار (Arabic Kaf U+0643) typed; Persian کار (U+06A9) offered after the name as typed.
    expect(pickerOptions([trade], '\u0643\u0627\u0631', []).options).toEqual([
      { kind: 'create', name: '\u0643\u0627\u0631' },
      { kind: 'create', name: '\u06a9\u0627\u0631', persian: true },
    ]);
    // A Persian code of that name exists: it is offered (search sees ك as ک), nothing is created.
    const kar = { id: 'k', name: '\u06a9\u0627\u0631' };
    expect(pickerOptions([kar], '\u0643\u0627\u0631', []).options).toEqual([
      { kind: 'code', code: kar },
    ]);
  });
});
