import type { PaneName } from './layout-model';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus into a pane: the text itself in the transcript (where coding by keyboard starts),
 * else the body's first control, else the header's button (a collapsed pane), else the region.
 */
export function focusPane(root: HTMLElement, pane: PaneName): void {
  const region = root.querySelector<HTMLElement>(`[data-pane="${pane}"]`);
  if (!region) return;
  const body = region.querySelector<HTMLElement>('.ws-pane-body:not([hidden])');
  const target =
    body?.querySelector<HTMLElement>('[role="document"][tabindex="0"]') ??
    body?.querySelector<HTMLElement>(FOCUSABLE) ??
    region.querySelector<HTMLElement>(FOCUSABLE) ??
    region;
  target.focus();
}
