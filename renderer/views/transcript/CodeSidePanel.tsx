import { useMemo } from 'react';
import type { TreeNode } from '../../../shared/analysis/code-tree';
import type { CodeId } from '../../../shared/model';
import { langAttr } from '../../components/lang-of';
import { useI18n } from '../../hooks/use-i18n';
import { useCountMode, useNextPassage } from '../../hooks/use-workspace-counts';
import { codeCounts } from '../../workspace/codes/code-system-model';
import { CODE_DRAG_TYPE } from './TranscriptText';

interface CodeSidePanelProps {
  /** Codebook order, as a flattened tree with depths. */
  readonly codes: readonly TreeNode[];
  /** Each code's own references in this document (from the coding index). */
  readonly counts: ReadonlyMap<CodeId, number>;
  readonly hidden: ReadonlySet<CodeId>;
  readonly onToggle: (id: CodeId) => void;
  /** Scrolls to the code's next passage in this document. */
  readonly onNext: (id: CodeId) => void;
}

/**
 * The code list beside the text: colour, name, references here (own, or with subcodes as the
 * code system's shared "Counts include subcodes" says); drag onto text; filter.
 */
export function CodeSidePanel({ codes, counts, hidden, onToggle, onNext }: CodeSidePanelProps) {
  const { t, n, locale } = useI18n();
  const { mode } = useCountMode();
  const shown = useMemo(
    () => codeCounts(codes, (id) => counts.get(id) ?? 0, mode),
    [codes, counts, mode],
  );
  // The presses go through what the number counts (a parent's subcodes too); own only: onNext.
  const nextPassage = useNextPassage(codes, mode);
  const goNext = (id: CodeId) => {
    if (!nextPassage?.(id)) onNext(id);
  };
  return (
    <section className="side-section" aria-labelledby="side-codes-title">
      <h2 id="side-codes-title">{t('transcript.codesAll')}</h2>
      {codes.length === 0 ? (
        <p className="muted small-print">{t('transcript.noCodes')}</p>
      ) : (
        <>
          <p className="muted small-print">{t('transcript.codesHint')}</p>
          <ul className="side-codes" aria-label={t('transcript.codes')}>
            {codes.map(({ code, depth }) => {
              const count = shown.get(code.id) ?? 0;
              return (
                <li
                  key={code.id}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
                    e.dataTransfer.setData('text/plain', code.name);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  style={{ paddingInlineStart: `${4 + depth * 14}px` }}
                  className={count === 0 ? 'unused' : undefined}
                >
                  <input
                    type="checkbox"
                    checked={!hidden.has(code.id)}
                    aria-label={t('transcript.showCode', { code: code.name })}
                    onChange={() => onToggle(code.id)}
                  />
                  <span className="swatch" style={{ background: code.color }} aria-hidden />
                  <span className="name" dir="auto" lang={langAttr(code.name, locale)}>
                    {code.name}
                  </span>
                  {count > 0 ? (
                    <button
                      type="button"
                      className="count"
                      // The name starts with the visible count (WCAG 2.5.3, label in name).
                      aria-label={`${n(count)}: ${t('transcript.nextPassage', { code: code.name, count: n(count) })}`}
                      title={t('transcript.nextPassage', { code: code.name, count: n(count) })}
                      onClick={() => goNext(code.id)}
                    >
                      {n(count)}
                    </button>
                  ) : (
                    <span className="count">{n(count)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
