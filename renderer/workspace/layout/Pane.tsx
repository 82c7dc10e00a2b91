import type { ReactNode } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import type { PaneName } from './layout-model';

interface PaneProps {
  readonly name: PaneName;
  readonly title: string;
  /** Absent for a pane that cannot collapse (the transcript). */
  readonly collapsed?: boolean;
  readonly onToggle?: () => void;
  /** Extra controls at the end of the header (e.g. a count). */
  readonly tools?: ReactNode;
  readonly className?: string;
  readonly style?: React.CSSProperties;
  readonly children: ReactNode;
}

/**
 * One pane of the workspace: a labelled region (a landmark F6 moves between) with a header that
 * names it and, when it can, collapses it to the header alone.
 */
export function Pane({
  name,
  title,
  collapsed,
  onToggle,
  tools,
  className,
  style,
  children,
}: PaneProps) {
  const { t } = useI18n();
  const headingId = `ws-pane-${name}`;
  const bodyId = `ws-pane-body-${name}`;
  return (
    <section
      className={`ws-pane ws-pane-${name}${collapsed ? ' collapsed' : ''}${className ? ` ${className}` : ''}`}
      style={style}
      aria-labelledby={headingId}
      data-pane={name}
      tabIndex={-1}
    >
      <header className="ws-pane-head">
        <h2 id={headingId}>
          {onToggle ? (
            // The disclosure pattern: the heading holds the button that shows or hides the pane.
            <button
              type="button"
              className="ws-pane-toggle"
              aria-expanded={!collapsed}
              aria-controls={bodyId}
              title={t(collapsed ? 'workspace.expand' : 'workspace.collapse', { pane: title })}
              onClick={onToggle}
            >
              <span className="ws-chevron" aria-hidden>
                ▾
              </span>
              {title}
            </button>
          ) : (
            title
          )}
        </h2>
        {tools && <div className="ws-pane-tools">{tools}</div>}
      </header>
      <div className="ws-pane-body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
