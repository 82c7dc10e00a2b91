import { describe, expect, it } from 'vitest';
import type { CodeId, DocumentId } from '../../../shared/model';
import { NO_ACTIVATION, parseActivation, serializeActivation, type Activation } from './activation';

const c1 = 'c1' as CodeId;
const c2 = 'c2' as CodeId;
const d1 = 'd1' as DocumentId;
const d2 = 'd2' as DocumentId;
const liveCodes = new Set<string>([c1, c2]);
const liveDocs = new Set<string>([d1, d2]);

const plain = (a: Activation) => ({
  codes: [...a.codes].sort(),
  documents: [...a.documents].sort(),
});

describe('stored activation', () => {
  it('comes back as it was kept', () => {
    const kept: Activation = { codes: new Set([c2, c1]), documents: new Set([d2]) };
    const raw = serializeActivation(kept);
    expect(raw).toBe('{"codes":["c1","c2"],"documents":["d2"]}');
    expect(plain(parseActivation(raw, liveCodes, liveDocs))).toEqual({
      codes: ['c1', 'c2'],
      documents: ['d2'],
    });
  });

  it('drops codes and documents that no longer exist', () => {
    const raw = '{"codes":["c1","gone"],"documents":["d1","deleted","d2"]}';
    expect(plain(parseActivation(raw, liveCodes, liveDocs))).toEqual({
      codes: ['c1'],
      documents: ['d1', 'd2'],
    });
  });

  it('reads nothing activated from a missing or broken value', () => {
    expect(parseActivation(undefined, liveCodes, liveDocs)).toBe(NO_ACTIVATION);
    expect(parseActivation('{not json', liveCodes, liveDocs)).toBe(NO_ACTIVATION);
    expect(
      plain(parseActivation('{"codes":"c1","documents":[1,null,"d1"]}', liveCodes, liveDocs)),
    ).toEqual({
      codes: [],
      documents: ['d1'],
    });
  });
});
