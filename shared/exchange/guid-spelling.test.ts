import { describe, expect, it } from 'vitest';
import { guidSpellings, respellGuids, spellsGuid } from './guid-spelling';

const ID = '1ff58b12-0a0b-4c4d-8e8f-101112131415';

describe('spellsGuid', () => {
  it('accepts the same GUID in upper case or in braces', () => {
    expect(spellsGuid(ID.toUpperCase(), ID)).toBe(true);
    expect(spellsGuid(`{${ID.toUpperCase()}}`, ID)).toBe(true);
    expect(spellsGuid(ID, ID)).toBe(true);
  });
  it('refuses another GUID, half braces and markup', () => {
    expect(spellsGuid('2ff58b12-0a0b-4c4d-8e8f-101112131415', ID)).toBe(false);
    expect(spellsGuid(`{${ID}`, ID)).toBe(false);
    expect(spellsGuid(`${ID}" onload="x`, ID)).toBe(false);
    expect(spellsGuid(`${ID}"/><Evil/>`, ID)).toBe(false);
  });
});

describe('guidSpellings', () => {
  it('keeps only spellings of the item’s own GUID, so a tampered backup cannot write markup', () => {
    const bad = `${ID}"/><x a="`;
    const spellings = guidSpellings({
      codes: [
        { id: ID, origin: { guid: bad } },
        {
          id: 'aaaaaaaa-0a0b-4c4d-8e8f-101112131415',
          origin: { guid: '{AAAAAAAA-0A0B-4C4D-8E8F-101112131415}' },
        },
      ] as never,
    });
    expect([...spellings.keys()]).toEqual(['aaaaaaaa-0a0b-4c4d-8e8f-101112131415']);
    expect(respellGuids(`<Code guid="${ID}"/>`, spellings)).toBe(`<Code guid="${ID}"/>`);
  });
});
