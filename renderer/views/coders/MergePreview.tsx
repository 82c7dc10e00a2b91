import type { MergeConflict, MergePlan, Matched } from '../../../shared/exchange/merge-types';
import { isolateBidi } from '../../../shared/text/bidi';
import { useI18n } from '../../hooks/use-i18n';
import type { MessageKey } from '../../i18n/catalog';

type Kind = 'documents' | 'codes' | 'coders' | 'cases' | 'attributes';
const KINDS: readonly Kind[] = ['documents', 'codes', 'coders', 'cases', 'attributes'];

const labelOf = (plan: MergePlan, kind: Kind): string[] =>
  kind === 'documents'
    ? plan.documents.added.map((d) => d.title)
    : (plan[kind].added as readonly { name: string }[]).map((x) => x.name);

interface MergePreviewProps {
  readonly fileName: string;
  readonly plan: MergePlan;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

/** What a merge will do, before anything is written: matched, new, conflicting. */
export function MergePreview({ fileName, plan, busy, onApply, onCancel }: MergePreviewProps) {
  const { t, n } = useI18n();
  // Names in the sentence are isolated, so a Persian name cannot reorder English around it.
  const title = t('merge.preview', { name: isolateBidi(plan.sourceName || fileName) });
  const conflict = (c: MergeConflict): string => {
    switch (c.kind) {
      case 'codeRenamed':
        return t('merge.conflict.codeRenamed', {
          ours: isolateBidi(c.ours),
          theirs: isolateBidi(c.theirs),
        });
      case 'documentTextDiffers':
        return t('merge.conflict.documentTextDiffers', { title: isolateBidi(c.title) });
      case 'attributeTypeDiffers':
        return t('merge.conflict.attributeTypeDiffers', { name: isolateBidi(c.name) });
      case 'codingUnmatched':
        return t(`merge.conflict.codingUnmatched.${c.reason}`);
      case 'codingChanged':
        return t('merge.conflict.codingChanged');
      case 'memoUnmatched':
        return t('merge.conflict.memoUnmatched', { title: isolateBidi(c.title) });
    }
  };
  const matched = (m: Matched<string>) =>
    t('merge.matchedItem', {
      ours: isolateBidi(m.label),
      by: t(`merge.by.${m.by}` as MessageKey),
    });
  const nothingNew =
    KINDS.every((k) => plan[k].added.length === 0) &&
    plan.codings.added.length === 0 &&
    plan.memos.added.length === 0;
  return (
    <section className="merge-preview" aria-labelledby="merge-preview-title">
      <h3 id="merge-preview-title">{title}</h3>
      <table aria-label={title}>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('merge.matched')}</th>
            <th scope="col">{t('merge.new')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row">{t(`merge.kind.${k}`)}</th>
              <td data-col="matched">{n(plan[k].matched.length)}</td>
              <td data-col="new">{n(plan[k].added.length)}</td>
            </tr>
          ))}
          <tr data-kind="codings">
            <th scope="row">{t('merge.kind.codings')}</th>
            <td data-col="matched">{n(plan.codings.alreadyHere)}</td>
            <td data-col="new">{n(plan.codings.added.length)}</td>
          </tr>
          <tr data-kind="memos">
            <th scope="row">{t('merge.kind.memos')}</th>
            <td data-col="matched">{n(plan.memos.alreadyHere)}</td>
            <td data-col="new">{n(plan.memos.added.length)}</td>
          </tr>
        </tbody>
      </table>
      {KINDS.filter((k) => plan[k].matched.length + plan[k].added.length > 0).map((k) => (
        <details key={k}>
          <summary>{t(`merge.kind.${k}`)}</summary>
          <ul aria-label={`${t(`merge.kind.${k}`)}: ${t('merge.matched')}`}>
            {plan[k].matched.map((m) => (
              <li key={m.theirs} dir="auto">
                {matched(m)}
              </li>
            ))}
          </ul>
          <ul aria-label={`${t(`merge.kind.${k}`)}: ${t('merge.new')}`}>
            {labelOf(plan, k).map((label, i) => (
              <li key={i} dir="auto">
                {label}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <h4>{t('merge.conflicts')}</h4>
      {plan.conflicts.length === 0 ? (
        <p className="muted">{t('merge.noConflicts')}</p>
      ) : (
        <ul aria-label={t('merge.conflicts')}>
          {plan.conflicts.map((c, i) => (
            <li key={i} dir="auto">
              {conflict(c)}
            </li>
          ))}
        </ul>
      )}
      {nothingNew && (
        <p className="banner info" role="note">
          {t('merge.nothingNew')}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="btn primary"
          disabled={busy || nothingNew}
          onClick={onApply}
        >
          {busy ? t('merge.applying') : t('merge.apply')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          {t('merge.cancel')}
        </button>
      </div>
    </section>
  );
}
