import { describe, expect, it } from 'vitest';
import { buildCode, buildProject } from '../../../shared/db/test-builders';
import { codeAllOptions } from './code-all-options';

const project = buildProject();
const codes = [
  buildCode({ projectId: project.id, name: 'کارآفرینی' }),
  buildCode({ projectId: project.id, name: 'اعتماد' }),
];

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
