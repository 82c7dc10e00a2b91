import { type FormEvent, useState } from 'react';
import type { Memo, MemoTarget } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { translateFailure } from '../../i18n/errors';
import { SelectField, TextField } from '../shared-forms/Field';
import { FormMessage } from '../shared-forms/FormMessage';

type NewKind = 'project' | 'code' | 'case' | 'document';
const KINDS: readonly NewKind[] = ['project', 'code', 'case', 'document'];

interface Props {
  readonly onCreate: (target: MemoTarget, title: string, text: string) => Promise<Result<Memo>>;
  /** The new memo's key, to open it in the editor. */
  readonly onCreated: (key: string) => void;
}

/** A new memo on the project, a code, a case or a document (coding memos start in the text). */
export function NewMemoForm({ onCreate, onCreated }: Props) {
  const { t, locale } = useI18n();
  const { codes, cases, documents } = useProjectState();
  const [kind, setKind] = useState<NewKind>('project');
  const [targetId, setTargetId] = useState('');
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const options =
    kind === 'code'
      ? codes.map((c) => [c.id, c.name] as const)
      : kind === 'case'
        ? cases.map((c) => [c.id, c.name] as const)
        : kind === 'document'
          ? documents.map((d) => [d.id, d.title] as const)
          : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (kind !== 'project' && !targetId) {
      setMessage({ ok: false, text: t('memos.needTarget') });
      return;
    }
    const target = (kind === 'project' ? { kind } : { kind, id: targetId }) as MemoTarget;
    const r = await onCreate(target, title.trim(), '');
    if (!r.ok) return setMessage({ ok: false, text: translateFailure(r, locale) });
    setMessage({ ok: true, text: t('memos.created') });
    setTitle('');
    onCreated(r.data.id);
  }

  return (
    <form
      className="panel mm-new"
      aria-labelledby="memo-new-title"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="memo-new-title">{t('memos.new')}</h2>
      <div className="row">
        <SelectField
          id="memo-new-kind"
          label={t('memos.newOn')}
          value={kind}
          onChange={(v) => {
            setKind(v as NewKind);
            setTargetId('');
          }}
          options={KINDS.map((k) => [k, t(`memos.kind.${k}`)] as const)}
        />
        {kind !== 'project' && (
          <SelectField
            id="memo-new-target"
            label={t('memos.newTarget')}
            dir="auto"
            value={targetId}
            onChange={setTargetId}
            none={t('memos.newChoose')}
            options={options}
          />
        )}
        <TextField
          id="memo-new-name"
          label={t('memos.fieldTitle')}
          value={title}
          onChange={setTitle}
        />
        <button type="submit" className="btn primary">
          {t('memos.create')}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
