import { useState } from 'react';
import type { MemoEntry } from '../../../shared/analysis/memo-entries';
import type { Result } from '../../../shared/model/snapshot';
import { useI18n } from '../../hooks/use-i18n';
import { translateFailure } from '../../i18n/errors';
import { TextField } from '../shared-forms/Field';
import { FormMessage } from '../shared-forms/FormMessage';

interface Props {
  readonly entry: MemoEntry;
  readonly onSave: (e: MemoEntry, title: string, text: string) => Promise<Result<unknown>>;
  readonly onDelete: (e: MemoEntry) => Promise<Result<unknown>>;
  readonly onClose: () => void;
}

/** One memo's title and text (a coded passage's memo has text only), saved on demand. */
export function MemoEditor({ entry, onSave, onDelete, onClose }: Props) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState(entry.title);
  const [text, setText] = useState(entry.text);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const target = entry.kind === 'project' ? t('memos.theProject') : entry.targetName;
  const done = (r: Result<unknown>, ok: string) =>
    setMessage(r.ok ? { ok: true, text: ok } : { ok: false, text: translateFailure(r, locale) });

  return (
    <section className="panel mm-editor" aria-labelledby="memo-editor-title">
      <h2 id="memo-editor-title">
        {t('memos.editorOf', { target: '' })}
        <bdi>{target}</bdi>
      </h2>
      {entry.kind !== 'coding' && (
        <TextField
          id="memo-title"
          label={t('memos.fieldTitle')}
          value={title}
          onChange={setTitle}
        />
      )}
      <TextField
        id="memo-text"
        label={t('memos.fieldText')}
        rows={10}
        value={text}
        onChange={setText}
      />
      {entry.kind === 'coding' && <p className="muted small-print">{t('memos.codingHint')}</p>}
      <div className="row">
        <button
          type="button"
          className="btn primary"
          onClick={() => void onSave(entry, title, text).then((r) => done(r, t('memos.saved')))}
        >
          {t('memos.save')}
        </button>
        <button
          type="button"
          className="btn danger"
          onClick={() => void onDelete(entry).then((r) => done(r, t('memos.deleted')))}
        >
          {t('memos.delete')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('memos.close')}
        </button>
      </div>
      <FormMessage message={message} />
    </section>
  );
}
