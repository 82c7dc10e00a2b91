import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { CodingId } from '../../shared/model';
import { useActivatedSegments, useActivation } from '../hooks/use-activation';
import { useRememberTranscript } from '../hooks/use-document-navigation';
import { useI18n } from '../hooks/use-i18n';
import { useProjectState } from '../hooks/use-project-store';
import { useWorkspaceBrowse } from '../hooks/use-workspace-browse';
import { useWorkspaceLayout } from '../hooks/use-workspace-layout';
import { CodeSystemPane } from './codes/CodeSystemPane';
import { DocumentBrowserPane } from './documents/DocumentBrowserPane';
import { focusPane } from './layout/focus-pane';
import { nextPane, resize, toggleCollapsed, type PaneName } from './layout/layout-model';
import { Pane } from './layout/Pane';
import { Separator } from './layout/Separator';
import { SegmentsPane } from './segments/SegmentsPane';
import { TranscriptPane } from './transcript/TranscriptPane';
import './layout/layout.css';
import './workspace.css';

/**
 * The coding workspace: document browser and code system in the side column, the transcript and
 * the retrieved segments in the main column. Sizes and collapsed panes are kept per project;
 * F6 / Shift+F6 move between the panes; the grid follows the writing direction, so RTL mirrors it.
 */
export function WorkspaceView() {
  const { t, dir } = useI18n();
  const state = useProjectState();
  const { layout, update } = useWorkspaceLayout(state.project.id);
  const activation = useActivation();
  const segments = useActivatedSegments(activation.activation);
  const [picked, setPicked] = useState<CodingId | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const mainCol = useRef<HTMLDivElement>(null);
  const ids = useMemo(() => new Set<string>(state.documents.map((d) => d.id)), [state.documents]);
  useRememberTranscript(ids);
  const expandDocuments = useCallback(
    () => update((l) => (l.collapsed.documents ? toggleCollapsed(l, 'documents') : l)),
    [update],
  );
  useWorkspaceBrowse(root, layout.collapsed.documents, expandDocuments);
  // A coding put down without moving: the focus goes back to its chip in the segments pane (the
  // "Cancel" button that was pressed goes away), else to the code system.
  const cancelPick = useCallback(() => {
    if (!picked || !root.current) return;
    setPicked(null);
    const chip = root.current.querySelector<HTMLElement>(
      `[data-pane="segments"] [data-coding="${CSS.escape(picked)}"]`,
    );
    if (chip) chip.focus();
    else focusPane(root.current, 'codes');
  }, [picked]);

  // Escape puts down a coding picked up to move (unless a dialog or the picker takes it first).
  // A modal <dialog> (the code memo) cancels only after keydown, so its Escape is left to it here.
  useEffect(() => {
    if (!picked) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('dialog[open]')) return;
      e.preventDefault();
      cancelPick();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picked, cancelPick]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey || !root.current) return;
      e.preventDefault();
      const from = (document.activeElement?.closest('[data-pane]') as HTMLElement | null)?.dataset
        .pane as PaneName | undefined;
      focusPane(root.current, nextPane(from ?? null, e.shiftKey));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const c = layout.collapsed;
  // A pixel drag in a column becomes a share of that column's height.
  const share = (el: HTMLElement | null, start: number, dy: number, sign: 1 | -1) =>
    start + (sign * dy * 100) / Math.max(1, el?.clientHeight ?? 1);
  const style = { '--ws-side': `${layout.sideWidth}px` } as CSSProperties;

  return (
    <div className="ws" ref={root} style={style}>
      <h1 className="visually-hidden">{t('workspace.title')}</h1>
      <div className="ws-col ws-side" ref={side}>
        <Pane
          name="documents"
          title={t('workspace.pane.documents')}
          collapsed={c.documents}
          onToggle={() => update((l) => toggleCollapsed(l, 'documents'))}
          style={c.documents || c.codes ? undefined : { flexBasis: `${layout.documentsShare}%` }}
          className={c.codes && !c.documents ? 'grow' : undefined}
        >
          <DocumentBrowserPane
            activation={activation.activation}
            onToggle={activation.toggleDocument}
            onSetAll={activation.setDocuments}
          />
        </Pane>
        {!c.documents && !c.codes && (
          <Separator
            dimension="documentsShare"
            orientation="horizontal"
            label={t('workspace.resize.documents')}
            layout={layout}
            fromPointer={(start, _dx, dy) => share(side.current, start, dy, 1)}
            onChange={(v) => update((l) => resize(l, 'documentsShare', v))}
          />
        )}
        <Pane
          name="codes"
          title={t('workspace.pane.codes')}
          collapsed={c.codes}
          onToggle={() => update((l) => toggleCollapsed(l, 'codes'))}
          className={c.codes ? undefined : 'grow'}
        >
          <CodeSystemPane
            activation={activation.activation}
            onToggle={activation.toggleCode}
            onClear={() => activation.setCodes([])}
            picked={picked}
            onPickDone={() => setPicked(null)}
            onPickCancel={cancelPick}
          />
        </Pane>
      </div>
      <Separator
        dimension="sideWidth"
        orientation="vertical"
        label={t('workspace.resize.side')}
        layout={layout}
        fromPointer={(start, dx) => start + (dir === 'rtl' ? -dx : dx)}
        onChange={(v) => update((l) => resize(l, 'sideWidth', v))}
      />
      <div className="ws-col ws-main" ref={mainCol}>
        <Pane name="transcript" title={t('workspace.pane.transcript')} className="grow">
          <TranscriptPane />
        </Pane>
        {!c.segments && (
          <Separator
            dimension="segmentsShare"
            orientation="horizontal"
            label={t('workspace.resize.segments')}
            layout={layout}
            fromPointer={(start, _dx, dy) => share(mainCol.current, start, dy, -1)}
            onChange={(v) => update((l) => resize(l, 'segmentsShare', v))}
          />
        )}
        <Pane
          name="segments"
          title={t('workspace.pane.segments')}
          collapsed={c.segments}
          onToggle={() => update((l) => toggleCollapsed(l, 'segments'))}
          style={c.segments ? undefined : { flexBasis: `${layout.segmentsShare}%` }}
        >
          <SegmentsPane
            activation={activation.activation}
            rows={segments.rows}
            loading={segments.loadingTexts}
            picked={picked}
            onPick={setPicked}
          />
        </Pane>
      </div>
    </div>
  );
}
