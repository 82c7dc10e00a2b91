import { describe, expect, it } from 'vitest';
import {
  balancedBidi,
  escapeBidiInJson,
  FSI,
  mirrorBrackets,
  hasBidiControls,
  isolateBidi,
  PDI,
  stripBidiControls,
  stripBidiScopes,
  windowTitle,
} from './bidi';

const RLO = '\u202e';
const PDF = '\u202c';
const LRI = '\u2066';
const RLM = '\u200f';
const ZWNJ = '\u200c';

describe('bidi controls in names', () => {
  it('finds any control, and never the Persian half-space', () => {
    expect(hasBidiControls(`report${RLO}fdp.exe`)).toBe(true);
    expect(hasBidiControls(`a${RLM}b`)).toBe(true);
    expect(hasBidiControls(`می${ZWNJ}خواهم`)).toBe(false);
  });

  it('strips every control from a file name, keeping ZWNJ', () => {
    expect(stripBidiControls(`report${RLO}fdp.exe`)).toBe('reportfdp.exe');
    expect(stripBidiControls(`${LRI}گفت${ZWNJ}وگو${PDI}${RLM}`)).toBe(`گفت${ZWNJ}وگو`);
  });

  it('isolates a name, with nothing inside that could end the isolate or leak out', () => {
    expect(isolateBidi('همکاری')).toBe(`${FSI}همکاری${PDI}`);
    // A PDI in the name would close our FSI and let the RLO after it reorder the rest.
    expect(isolateBidi(`x${PDI}${RLO}y${PDF}`)).toBe(`${FSI}xy${PDI}`);
    expect(isolateBidi(`a${RLM}b`)).toBe(`${FSI}a${RLM}b${PDI}`);
  });

  it('takes scopes out of a whole line, keeping marks', () => {
    expect(stripBidiScopes(`skipped ${RLO}abc: ${RLM}x`)).toBe(`skipped abc: ${RLM}x`);
  });

  it('escapes controls in JSON text without changing the parsed value', () => {
    const name = `evil${RLO}gnp.exe`;
    const json = escapeBidiInJson(JSON.stringify({ name }));
    expect(json).toBe('{"name":"evil\\u202egnp.exe"}');
    expect(JSON.parse(json)).toEqual({ name });
  });

  it('titles the window with the project name isolated from the app name', () => {
    expect(windowTitle(`مطالعه${RLO}`, 'Mazmun')).toBe(`${FSI}مطالعه${PDI} — Mazmun`);
    expect(windowTitle(null, 'مضمون')).toBe('مضمون');
  });

  it('balances a composed title: no override, no stray PDI, every isolate closed', () => {
    expect(balancedBidi(`${FSI}a${PDI} — M`)).toBe(`${FSI}a${PDI} — M`);
    expect(balancedBidi(`a${PDI}${RLO}b — M`)).toBe('ab — M');
    expect(balancedBidi(`${LRI}a — M`)).toBe(`${LRI}a — M${PDI}`);
  });
});

describe('mirrorBrackets', () => {
  it('swaps each bracket and guillemet, and leaves everything else', () => {
    expect(mirrorBrackets(')متن( ]a[ }b{ »نقل« >x<')).toBe('(متن) [a] {b} «نقل» <x>');
    expect(mirrorBrackets('بدون پرانتز')).toBe('بدون پرانتز');
  });
});
