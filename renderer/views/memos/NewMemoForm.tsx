import { type FormEvent, useState } from 'react';
import type { Memo, MemoTarget } from '../../../shared/model';
import type { Result } from '../../../shared/model/snapshot';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import { translateFailure } from '../../i18n/errors';

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
        <div className="field">
          <label htmlFor="memo-new-kind">{t('memos.newOn')}</label>
          <select
            id="memo-new-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as NewKind);
              setTargetId('');
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`memos.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'project' && (
          <div className="field">
            <label htmlFor="memo-new-target">{t('memos.newTarget')}</label>
            <select
              id="memo-new-target"
              dir="auto"
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
            >
              <option value="">{t('memos.newChoose')}</option>
              {options.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="memo-new-name">{t('memos.fieldTitle')}</label>
          <input
            id="memo-new-name"
            type="text"
            dir="auto"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <button type="submit" className="btn primary">
          {t('memos.create')}
        </button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'banner error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
