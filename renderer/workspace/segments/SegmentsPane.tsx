import type { PassageContext } from '../../../shared/analysis/retrieval';
import type { Code, Coding, CodingId } from '../../../shared/model';
import { useOpenTranscript } from '../../hooks/use-document-navigation';
import { useI18n } from '../../hooks/use-i18n';
import { useProjectState } from '../../hooks/use-project-store';
import type { RetrievalRow } from '../../hooks/use-retrieval';
import { SetScopePicker } from '../../views/sets/SetScopePicker';
import type { Activation } from './activation';
import { headWords, tailWords } from './clip-context';
import { CODING_DRAG_TYPE } from './drag-types';
import './segments.css';

interface SegmentsPaneProps {
  readonly activation: Activation;
  readonly rows: readonly RetrievalRow[];
  readonly loading: boolean;
  /** The coding picked up to move by keyboard (the code system offers "Move here"), or null. */
  readonly picked: CodingId | null;
  readonly onPick: (id: CodingId | null) => void;
}

/** The retrieved segments of the activated codes in the activated documents. */
export function SegmentsPane({ activation, rows, loading, picked, onPick }: SegmentsPaneProps) {
  const { t, n } = useI18n();
  const { codes, codings } = useProjectState();
  const open = useOpenTranscript();
  const codeById = new Map(codes.map((c) => [c.id as string, c]));
  const hint =
    activation.codes.size === 0 && activation.documents.size === 0
      ? t('workspace.segments.hint')
      : activation.codes.size === 0
        ? t('workspace.segments.noCodes')
        : activation.documents.size === 0
          ? t('workspace.segments.noDocuments')
          : rows.length === 0 && !loading
            ? t('workspace.segments.none')
            : null;
  return (
    <div className="ws-segments">
      {/* The set scope shared with the report and charts: segments of its documents only. */}
      <div className="ws-seg-scope">
        <SetScopePicker />
      </div>
      <p className="muted small-print" role="status">
        {hint ??
          (rows.length === 1
            ? t('workspace.segments.countOne')
            : t('workspace.segments.count', { count: n(rows.length) }))}
        {loading && ` · ${t('workspace.segments.loading')}`}
      </p>
      {rows.length > 0 && (
        <ol className="ws-seg-list" aria-label={t('workspace.segments.list')}>
          {rows.map((row) => {
            const list = row.passage.codingIds
              .map((id) => codings.get(id))
              .filter((c): c is Coding => !!c);
            return (
              <li key={row.key} className="ws-seg">
                <div className="ws-seg-head">
                  <button
                    type="button"
                    className="ws-seg-doc"
                    dir="auto"
                    title={t('workspace.segments.show', { title: row.document.title })}
                    onClick={() =>
                      open(row.document.id, { start: row.passage.start, end: row.passage.end })
                    }
                  >
                    {row.document.title}
                  </button>
                  {list.map((c) => (
                    <CodingChip
                      key={c.id}
                      coding={c}
                      code={codeById.get(c.codeId)}
                      picked={picked === c.id}
                      onPick={() => onPick(picked === c.id ? null : c.id)}
                    />
                  ))}
                </div>
                <p className="ws-seg-text" dir={dirOf(row.document.direction)}>
                  {row.context ? <InContext context={row.context} /> : '…'}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** Words of context either side, in the pane (the retrieval view shows the whole context). */
const CONTEXT_UNITS = 70;

function InContext({ context }: { readonly context: PassageContext }) {
  const before = tailWords(context.before, CONTEXT_UNITS);
  const after = headWords(context.after, CONTEXT_UNITS);
  return (
    <>
      {(before.cut || context.clippedBefore) && '…'}
      <span className="ctx">{before.text}</span>
      <mark>{context.match}</mark>
      <span className="ctx">{after.text}</span>
      {(after.cut || context.clippedAfter) && '…'}
    </>
  );
}

const dirOf = (d: 'rtl' | 'ltr' | 'auto') => (d === 'auto' ? 'auto' : d);

/**
 * A coding's code, coloured. Dragging it onto another code in the code system moves the coding;
 * pressing it picks it up for the keyboard route ("Move here" on a code).
 */
function CodingChip({
  coding,
  code,
  picked,
  onPick,
}: {
  readonly coding: Coding;
  readonly code: Code | undefined;
  readonly picked: boolean;
  readonly onPick: () => void;
}) {
  const { t } = useI18n();
  const name = code?.name ?? '?';
  return (
    <button
      type="button"
      className="ws-chip"
      data-coding={coding.id}
      draggable
      aria-pressed={picked}
      onClick={onPick}
      dir="auto"
      title={t('workspace.segments.drag', { code: name })}
      style={{ borderInlineStartColor: code?.color ?? '#888888' }}
      onDragStart={(e) => {
        e.dataTransfer.setData(CODING_DRAG_TYPE, coding.id);
        e.dataTransfer.setData('text/plain', name);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      {name}
    </button>
  );
}
