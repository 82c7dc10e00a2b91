import { describe, expect, it } from 'vitest';
import { asId, type Code } from '../../../shared/model';
import { codeAllOptions } from './code-all-options';

// Views may not import the db's test builders (lint): two codes written out.
const code = (id: string, name: string, order: number): Code => ({
  id: asId<'CodeId'>(id),
  projectId: asId<'ProjectId'>('p'),
  parentId: null,
  name,
  description: '',
  whenToUse: '',
  whenNotToUse: '',
  example: '',
  color: '#4363d8',
  order,
});
const codes = [code('c1', 'کارآفرینی', 0), code('c2', 'اعتماد', 1)];

describe('codeAllOptions', () => {
  it('offers the Persian letters beside a new name typed with Arabic ي and ك', () => {
    // "بانك مركزي" on an Arabic layout: Kaf U+0643 and Yeh U+064A; Persian: U+06A9, U+06CC.
    const typed = 'بان\u0643 مر\u0643ز\u064a';
    const options = codeAllOptions(codes, typed);
    expect(options.slice(0, 2)).toEqual([
      { kind: 'create', name: typed },
      { kind: 'create', name: 'بان\u06a9 مر\u06a9ز\u06cc', persian: true },
    ]);
  });

  it('offers one "create" for a name already in Persian letters, first', () => {
    const options = codeAllOptions(codes, 'بانک');
    expect(options).toEqual([{ kind: 'create', name: 'بانک' }]);
  });

  it('finds an existing code typed with Arabic letters and offers no new one', () => {
    const options = codeAllOptions(codes, 'كارآفريني');
    expect(options.map((o) => (o.kind === 'code' ? o.code.name : `+${o.name}`))).toEqual([
      'کارآفرینی',
    ]);
  });
});
