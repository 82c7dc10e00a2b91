import { describe, expect, it } from 'vitest';
import { bombReason, DAMAGED_ZIP, zipFailureReason } from './zip-guard';

describe('zipFailureReason', () => {
  const damaged = (name: string) => `${name} is damaged`;

  it('words a damaged zip in the importer’s own terms', () => {
    expect(zipFailureReason('a.docx', DAMAGED_ZIP, damaged)).toBe('a.docx is damaged');
  });

  it('prefixes any other reason with the file name', () => {
    const bomb = bombReason(1024);
    expect(zipFailureReason('a.odt', bomb, damaged)).toBe(`a.odt: ${bomb}`);
  });
});
