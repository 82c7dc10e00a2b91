// Where the focus goes after an undo or redo asked for from the keyboard anywhere in the app:
// where the user was, or — when that element went with what was undone — somewhere near it,
// never <body> (issue 13.10).

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** True when `el` can take the focus now (connected, enabled, focusable by nature or tabindex). */
function canFocus(el: HTMLElement): boolean {
  return (
    el.isConnected &&
    !el.matches(':disabled') &&
    (el.matches(FOCUSABLE) || el.hasAttribute('tabindex'))
  );
}

/** What names an element for finding its re-rendered twin: tag, role and label. */
function identity(el: HTMLElement): string {
  const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
  return `${el.tagName}|${el.getAttribute('role') ?? ''}|${name}`;
}

export interface FocusMemory {
  /** Puts the focus back where it was, or near it; leaves a focus that is still good alone. */
  restore(): void;
}

/** Remembers the focused element and its ancestors, before an undo changes the page. */
export function rememberFocus(doc: Document): FocusMemory {
  const active = doc.activeElement;
  const before = active instanceof HTMLElement && active !== doc.body ? active : null;
  const id = before ? identity(before) : '';
  const ancestors: HTMLElement[] = [];
  for (let el = before?.parentElement ?? null; el; el = el.parentElement) ancestors.push(el);

  return {
    restore() {
      const now = doc.activeElement;
      if (now instanceof HTMLElement && now !== doc.body && canFocus(now)) return;
      const target = (before && canFocus(before) ? before : null) ?? near() ?? main();
      target?.focus({ preventScroll: true });
    },
  };

  /** The element's twin (React drew it anew), else the nearest focusable place around it. */
  function near(): HTMLElement | null {
    const around = ancestors.find((a) => a.isConnected);
    if (!around) return null;
    const twin = [...around.querySelectorAll<HTMLElement>(before?.tagName ?? '*')].find(
      (el) => identity(el) === id && canFocus(el),
    );
    if (twin) return twin;
    for (const a of ancestors) {
      if (!a.isConnected) continue;
      if (canFocus(a)) return a;
      const inside = a.querySelector<HTMLElement>(FOCUSABLE);
      if (inside && a !== doc.body && a !== doc.documentElement) return inside;
    }
    return null;
  }

  /** Last resort: the main region (made focusable by script only). */
  function main(): HTMLElement | null {
    const m = doc.querySelector<HTMLElement>('main');
    if (m && !m.hasAttribute('tabindex')) m.tabIndex = -1;
    return m;
  }
}
