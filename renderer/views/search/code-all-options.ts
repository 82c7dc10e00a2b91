// The options of "Code all hits": the same list as the code picker (shared ranking, the
// Persian-letters offer of issue 13.8), with "Create …" first — the dialog is mostly opened to
// make a new code from a search, so Enter on a fresh name creates it.
import type { Code } from '../../../shared/model';
import { pickerOptions, type PickerOption } from '../../components/code-picker/picker-options';

export type CodeAllOption = PickerOption<Code>;

export function codeAllOptions(codes: readonly Code[], query: string): CodeAllOption[] {
  const { options } = pickerOptions(codes, query, []);
  return [
    ...options.filter((o) => o.kind === 'create'),
    ...options.filter((o) => o.kind === 'code'),
  ];
}
