import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CodebookNode } from '../../hooks/use-codebook';
import { useI18n } from '../../hooks/use-i18n';
import { langAttr } from '../../components/lang-of';
import { PersianLettersOffer } from '../../components/PersianLettersOffer';
import type { DropPosition, VisibleRow } from './tree-model';
import type { CodeEntry } from './CodeTree';

interface CodeTreeRowProps {
  readonly row: VisibleRow<CodeEntry>;
  readonly node: CodebookNode;
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly renaming: boolean;
  readonly dropHint: DropPosition | null;
  readonly dragging: boolean;
  readonly onSelect: () => void;
  readonly onToggle: () => void;
  readonly onStartRename: () => void;
  /** The new name, or null when renaming was cancelled. */
  readonly onRename: (name: string | null) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  readonly onDragStart: (e: DragEvent<HTMLLIElement>) => void;
  readonly onDragOver: (e: DragEvent<HTMLLIElement>) => void;
  readonly onDragLeave: () => void;
  readonly onDrop: (e: DragEvent<HTMLLIElement>) => void;
  readonly onDragEnd: () => void;
}

/** One code in the flat tree: level given by aria-level, indentation by depth. */
export function CodeTreeRow(props: CodeTreeRowProps) {
  const { t, n, locale } = useI18n();
  const { row, node, selected } = props;
  const hasKids = node.childIds.length > 0;
  const level = node.row.level;
  const classes = ['cb-code-row'];
  if (selected) classes.push('cb-selected');
  if (props.dragging) classes.push('cb-dragging');
  if (props.dropHint) classes.push(`cb-drop-${props.dropHint}`);
  if (!row.match) classes.push('cb-context-only');

  return (
    <li
      role="treeitem"
      id={`code-${node.code.id}`}
      aria-level={row.entry.depth + 1}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={hasKids ? row.expanded : undefined}
      aria-selected={selected}
      // The name comes from the content: the code's name (twisty, swatch, level and counts are
      // aria-hidden), so what is shown is what is said (WCAG 2.5.3). Level and counts are the
      // item's description. While the rename box is open the content is the box, whose value is
      // what the user typed, not the code's name: the item keeps the current name as its label
      // (another window may rename it meanwhile).
      aria-label={props.renaming ? node.code.name : undefined}
      aria-description={[
        t(`cb.level.${level}`),
        t('cb.sourcesN', { n: n(node.row.sources) }),
        t('cb.referencesN', { n: n(node.row.references) }),
      ].join(', ')}
      tabIndex={props.focusable ? 0 : -1}
      className={classes.join(' ')}
      style={{ paddingInlineStart: `${0.5 + row.entry.depth * 1.4}rem` }}
      draggable={!props.renaming}
      onClick={props.onSelect}
      onDoubleClick={props.onStartRename}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
    >
      <span
        className="cb-twisty"
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (hasKids) props.onToggle();
        }}
      >
        {hasKids ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className="cb-swatch" style={{ background: node.code.color }} aria-hidden="true" />
      {props.renaming ? (
        <RenameInput
          initial={node.code.name}
          label={t('cb.renameLabel', { name: node.code.name })}
          onDone={props.onRename}
        />
      ) : (
        <span className="cb-code-name" dir="auto" lang={langAttr(node.code.name, locale)}>
          {node.code.name}
        </span>
      )}
      <span className={`cb-level-tag cb-level-${level}`} aria-hidden="true">
        {t(`cb.level.${level}`)}
      </span>
      <span className="cb-code-counts" title={t('cb.countsTitle')} aria-hidden="true">
        {/* Labelled for tests and tools that read them; hidden from the accessibility tree,
            which gets them once, in the item's description. */}
        <span className="srcs" aria-label={t('cb.sourcesN', { n: n(node.row.sources) })}>
          {n(node.row.sources)}
        </span>
        <span className="cb-refs" aria-label={t('cb.referencesN', { n: n(node.row.references) })}>
          {n(node.row.references)}
        </span>
      </span>
    </li>
  );
}

function RenameInput(props: {
  initial: string;
  label: string;
  onDone: (name: string | null) => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <span className="cb-rename">
      <input
        ref={inputRef}
        type="text"
        className="cb-rename-input"
        dir="auto"
        aria-label={props.label}
        value={draft}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') props.onDone(draft);
          if (e.key === 'Escape') props.onDone(null);
        }}
        onBlur={(e) => {
          // Tabbing to the Persian-letters offer is not "done".
          if ((e.relatedTarget as Element | null)?.closest('[data-letters-offer]')) return;
          props.onDone(draft);
        }}
      />
      <PersianLettersOffer
        value={draft}
        onUse={(name) => {
          setDraft(name);
          inputRef.current?.focus();
        }}
      />
    </span>
  );
}
