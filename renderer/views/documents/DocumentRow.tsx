import { memo, useState, type FormEvent, type Ref } from 'react';
import type { DocumentMeta } from '../../../shared/model';
import { langAttr } from '../../components/lang-of';
import { useI18n } from '../../hooks/use-i18n';
import { SourceLabelCell } from '../cases/SourceLabelCell';
import { NormalizeAction } from '../text-check/NormalizeAction';

export type RowMenu = 'case' | 'direction';

interface DocumentRowProps {
  readonly doc: DocumentMeta;
  /** 0-based position among the listed rows (the header is row 1 for assistive tech). */
  readonly index: number;
  readonly caseName: string | null;
  /** Already formatted in the interface's digits. */
  readonly words: string;
  readonly wordsExact: boolean;
  readonly codings: string;
  readonly renaming: boolean;
  /** Which of this row's menus is open, if any. */
  readonly open: RowMenu | null;
  readonly measureRef: Ref<HTMLTableRowElement>;
  readonly onOpen: (doc: DocumentMeta) => void;
  readonly onMenu: (doc: DocumentMeta, menu: RowMenu, anchor: HTMLElement) => void;
  readonly onStartRename: (doc: DocumentMeta) => void;
  readonly onRename: (doc: DocumentMeta, title: string | null) => void;
  readonly onDelete: (doc: DocumentMeta) => void;
}

/**
 * One row of the virtualized list. No <select>s: the case and the direction are buttons that
 * open the one shared picker or menu, so a row costs a few elements whatever the project size.
 */
export const DocumentRow = memo(function DocumentRow({ measureRef, ...props }: DocumentRowProps) {
  const { t, locale } = useI18n();
  const { doc } = props;
  return (
    <tr ref={measureRef} data-index={props.index} aria-rowindex={props.index + 2}>
      <td className="title-cell">
        {props.renaming ? (
          <RenameForm doc={doc} onDone={(title) => props.onRename(doc, title)} />
        ) : (
          <button
            type="button"
            className="link-button"
            dir="auto"
            aria-label={t('documents.open', { title: doc.title })}
            onClick={() => props.onOpen(doc)}
          >
            {/* The title in its own language when its script is not the interface's (WCAG 3.1.2). */}
            <span lang={langAttr(doc.title, locale)}>{doc.title}</span>
          </button>
        )}
      </td>
      <td>
        <button
          type="button"
          className={`chip-button${props.caseName === null ? ' empty' : ''}`}
          aria-label={t('documents.caseOf', { title: doc.title })}
          aria-haspopup="dialog"
          aria-expanded={props.open === 'case'}
          onClick={(e) => props.onMenu(doc, 'case', e.currentTarget)}
        >
          <span dir="auto">{props.caseName ?? t('documents.caseNone')}</span>
        </button>
      </td>
      <td className="num">
        {props.wordsExact ? (
          props.words
        ) : (
          <span className="estimate" title={t('documents.wordsEstimated')}>
            {t('documents.wordsApprox', { count: props.words })}
          </span>
        )}
      </td>
      <td className="num">{props.codings}</td>
      <td>
        <button
          type="button"
          className="chip-button"
          aria-label={`${t('documents.dirOf', { title: doc.title })}: ${t(`documents.dir.${doc.direction}`)}`}
          aria-haspopup="menu"
          aria-expanded={props.open === 'direction'}
          data-direction={doc.direction}
          onClick={(e) => props.onMenu(doc, 'direction', e.currentTarget)}
        >
          {t(`documents.dir.${doc.direction}`)}
        </button>
      </td>
      <td>
        <SourceLabelCell doc={doc} />
      </td>
      <td className="actions">
        <NormalizeAction doc={doc} />
        <button
          type="button"
          className="btn small"
          aria-label={t('documents.renameLabel', { title: doc.title })}
          onClick={() => props.onStartRename(doc)}
        >
          {t('documents.rename')}
        </button>
        <button
          type="button"
          className="btn small danger"
          aria-label={t('documents.deleteLabel', { title: doc.title })}
          onClick={() => props.onDelete(doc)}
        >
          {t('documents.delete')}
        </button>
      </td>
    </tr>
  );
});

function RenameForm({
  doc,
  onDone,
}: {
  doc: DocumentMeta;
  onDone: (title: string | null) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(doc.title);
  function submit(e: FormEvent) {
    e.preventDefault();
    onDone(draft);
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        type="text"
        dir="auto"
        aria-label={t('documents.renameTo', { title: doc.title })}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
        autoFocus
      />
      <button type="submit" className="btn small primary">
        {t('documents.save')}
      </button>
      <button type="button" className="btn small" onClick={() => onDone(null)}>
        {t('documents.cancel')}
      </button>
    </form>
  );
}
