// Code run inside the app page by the UI figure. Kept as source strings: Playwright sends a
// function's text to the page, and a transpiler's helpers (tsx's __name) would not exist there.
import type { Page } from '@playwright/test';

export interface Probe {
  /** event.timeStamp of the watched keydown (same clock as performance.now()). */
  readonly keyAt: number;
  /** When the picker dialog entered the DOM (for the picker key). */
  readonly dialogMs: number;
  /** When a highlight with a new coding of the code was in the DOM. */
  readonly seenAt: number;
  /** The animation frame after that (the paint follows it). */
  readonly frameAt: number;
}
export interface ProbeWindow {
  probe: Probe;
}

const ARM = `(function (args) {
  var w = window;
  if (w.__probeStop) w.__probeStop();
  var probe = { keyAt: 0, dialogMs: 0, seenAt: 0, frameAt: 0 };
  w.probe = probe;
  var before = new Set();
  document.querySelectorAll('mark[data-codings]').forEach(function (m) {
    (m.getAttribute('data-codings') || '').split(' ').forEach(function (id) { before.add(id); });
  });
  function onKey(e) { if (e.key === args.key && !probe.keyAt) probe.keyAt = e.timeStamp; }
  function check() {
    if (!probe.keyAt) return;
    if (args.codeName === null) {
      if (!probe.dialogMs && document.querySelector('[role="dialog"] [role="combobox"]'))
        probe.dialogMs = performance.now() - probe.keyAt;
      return;
    }
    if (probe.seenAt) return;
    var marks = document.querySelectorAll('mark[data-codings]');
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      var ids = (m.getAttribute('data-codings') || '').split(' ');
      var fresh = ids.some(function (id) { return id && !before.has(id); });
      if (fresh && (m.getAttribute('title') || '').split('\\n').indexOf(args.codeName) >= 0) {
        probe.seenAt = performance.now();
        requestAnimationFrame(function () { probe.frameAt = performance.now(); });
        return;
      }
    }
  }
  var observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener('keydown', onKey, true);
  w.__probeStop = function () { observer.disconnect(); window.removeEventListener('keydown', onKey, true); };
})`;

/** Arms the probe for the next press of `key`; codeName null watches for the picker instead. */
export async function armProbe(page: Page, key: string, codeName: string | null): Promise<void> {
  await page.evaluate(`${ARM}(${JSON.stringify({ key, codeName })})`);
}

const SELECT = `(function (i) {
  var scroller = document.querySelector('[role="document"]');
  if (!scroller) return false;
  var box = scroller.getBoundingClientRect();
  var paras = Array.prototype.filter.call(scroller.querySelectorAll('[data-para-text]'), function (p) {
    var r = p.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom && (p.textContent || '').length > 60;
  });
  if (paras.length === 0) return false;
  var p = paras[i % paras.length];
  var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  var best = null;
  for (var n = walker.nextNode(); n; n = walker.nextNode())
    if (!best || n.data.length > best.data.length) best = n;
  if (!best || best.data.length < 12) return false;
  scroller.focus({ preventScroll: true });
  var range = document.createRange();
  range.setStart(best, 2);
  range.setEnd(best, Math.min(best.data.length - 1, 40));
  var sel = document.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
})`;

/** Selects a passage in the i-th fully visible paragraph (in its longest text node). */
export async function selectPassage(page: Page, i: number): Promise<boolean> {
  return (await page.evaluate(`${SELECT}(${i})`)) as boolean;
}

const LISTED = `(function (title) {
  var w = window;
  w.__listedAt = 0;
  function check() {
    if (w.__listedAt) return;
    var cells = document.querySelectorAll('table button');
    for (var i = 0; i < cells.length; i++) {
      if ((cells[i].textContent || '').trim() === title) {
        w.__listedAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  }
  var observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})`;

/**
 * Script for page.addInitScript: records (performance.now(), from navigation start) when a
 * table first shows a button titled `title` — the document list is on screen — so the launch
 * figure is not inflated by Playwright's polling and round trips. Read it with listedAt().
 */
export function listedProbe(title: string): string {
  return `${LISTED}(${JSON.stringify(title)})`;
}

/** When the probe saw the title listed (ms since navigation start), or 0 if it did not. */
export async function listedAt(page: Page): Promise<number> {
  return (await page.evaluate('window.__listedAt || 0')) as number;
}
