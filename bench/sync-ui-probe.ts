// Code run inside the two app pages by bench/sync-ui.ts. Kept as source strings: Playwright sends
// a function's text to the page, and a transpiler's helpers (tsx's __name) would not exist there.
// Every time is performance.timeOrigin + performance.now() (or + event.timeStamp): milliseconds
// on the wall clock, comparable between the two pages once their offsets are measured (clockOf).
import type { Page } from '@playwright/test';

export interface SyncProbe {
  /** The Enter that picks the code (A only), absolute. */
  readonly keyAt: number;
  /** A highlight (mark) carrying a coding id absent when armed, with the code's name. */
  readonly markAt: number;
  /** A stripe of such a coding. */
  readonly stripeAt: number;
  /** The animation frame after the first of the two (the paint follows it). */
  readonly frameAt: number;
  /** The new coding ids seen (to check A and B saw the same coding). */
  readonly ids: readonly string[];
}

const ARM = `(function (args) {
  var w = window;
  if (w.__syncProbeStop) w.__syncProbeStop();
  var origin = performance.timeOrigin;
  var probe = { keyAt: 0, markAt: 0, stripeAt: 0, frameAt: 0, ids: [] };
  w.__syncProbe = probe;
  var before = new Set();
  document.querySelectorAll('mark[data-codings]').forEach(function (m) {
    (m.getAttribute('data-codings') || '').split(' ').forEach(function (id) { before.add(id); });
  });
  document.querySelectorAll('[data-stripe]').forEach(function (s) {
    before.add(s.getAttribute('data-stripe'));
  });
  function onKey(e) { if (e.key === 'Enter' && !probe.keyAt) probe.keyAt = origin + e.timeStamp; }
  function seen() {
    if (!probe.frameAt && (probe.markAt || probe.stripeAt) && !w.__syncProbeFrame) {
      w.__syncProbeFrame = true;
      requestAnimationFrame(function () { probe.frameAt = origin + performance.now(); });
    }
  }
  function check() {
    var now = origin + performance.now();
    if (!probe.markAt) {
      var marks = document.querySelectorAll('mark[data-codings]');
      for (var i = 0; i < marks.length; i++) {
        var m = marks[i];
        var ids = (m.getAttribute('data-codings') || '').split(' ');
        var fresh = ids.filter(function (id) { return id && !before.has(id); });
        if (fresh.length && (m.getAttribute('title') || '').split('\\n').indexOf(args.codeName) >= 0) {
          probe.markAt = now;
          probe.ids = fresh;
          break;
        }
      }
    }
    if (!probe.stripeAt) {
      var stripes = document.querySelectorAll('[data-stripe]');
      for (var j = 0; j < stripes.length; j++) {
        if (!before.has(stripes[j].getAttribute('data-stripe'))) { probe.stripeAt = now; break; }
      }
    }
    seen();
  }
  w.__syncProbeFrame = false;
  var observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener('keydown', onKey, true);
  w.__syncProbeStop = function () { observer.disconnect(); window.removeEventListener('keydown', onKey, true); };
})`;

/** Arms the probe: watches for a highlight of a new coding with `codeName` (and A's Enter). */
export async function armSyncProbe(page: Page, codeName: string): Promise<void> {
  await page.evaluate(`${ARM}(${JSON.stringify({ codeName })})`);
}

export async function readSyncProbe(page: Page): Promise<SyncProbe> {
  return (await page.evaluate('window.__syncProbe')) as SyncProbe;
}

/** Waits (polling in the page, not timing) until the probe saw the highlight and its frame. */
export async function waitSyncProbe(page: Page, timeout: number): Promise<boolean> {
  return page
    .waitForFunction(
      () => {
        const p = (window as unknown as { __syncProbe?: SyncProbe }).__syncProbe;
        return !!p && p.frameAt > 0 && p.markAt > 0;
      },
      null,
      { timeout },
    )
    .then(() => true)
    .catch(() => false);
}

const SELECT = `(function (i) {
  var scroller = document.querySelector('[role="document"]');
  if (!scroller) return false;
  var box = scroller.getBoundingClientRect();
  var inside = function (r) {
    return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
  };
  var spots = [];
  var coded = [];
  scroller.querySelectorAll('[data-para-text]').forEach(function (p) {
    var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var inMark = !!(n.parentElement && n.parentElement.closest('mark'));
      for (var at = 0; at + 4 <= n.data.length; at += 6) {
        var range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, Math.min(n.data.length, at + 12));
        var rects = range.getClientRects();
        if (rects.length === 1 && inside(rects[0])) (inMark ? coded : spots).push(range);
      }
    }
  });
  // Uncoded text first; once the visible text is all coded, a passage inside a highlight.
  if (spots.length === 0) spots = coded;
  if (spots.length === 0) return false;
  scroller.focus({ preventScroll: true });
  var sel = document.getSelection();
  sel.removeAllRanges();
  sel.addRange(spots[(i * 7) % spots.length]);
  return true;
})`;

/**
 * Selects 4–12 characters (uncoded if any are left) on one visible line of the transcript (the i-th of the places
 * found, spread): the transcript pane is shorter than a generated paragraph, so a whole
 * paragraph is rarely on screen.
 */
export async function selectVisible(page: Page, i: number): Promise<boolean> {
  return (await page.evaluate(`${SELECT}(${i})`)) as boolean;
}

export interface NetEvent {
  /** Last path segment of the request (`_bulk_docs`, `_changes`, `_bulk_get`, …). */
  readonly what: string;
  readonly method: string;
  /** 'start' when fetch is called, 'json' when the body has been read and parsed. */
  readonly phase: 'start' | 'json';
  readonly at: number;
  /** Document ids in the body read (changes results, bulk answers), for matching a coding. */
  readonly ids: readonly string[];
}

const NET = `(function (host) {
  var w = window;
  var origin = performance.timeOrigin;
  w.__syncNet = [];
  var push = function (e) { w.__syncNet.push(e); if (w.__syncNet.length > 2000) w.__syncNet.shift(); };
  var what = function (u) { return String(u).split('?')[0].split('/').pop(); };
  var fetch0 = w.fetch;
  w.fetch = function (input, init) {
    var u = typeof input === 'string' ? input : input.url;
    if (String(u).indexOf(host) >= 0)
      push({ what: what(u), method: (init && init.method) || 'GET', phase: 'start', at: origin + performance.now(), ids: [] });
    return fetch0.apply(this, arguments);
  };
  var json0 = Response.prototype.json;
  Response.prototype.json = function () {
    var u = this.url;
    var p = json0.call(this);
    if (String(u).indexOf(host) < 0) return p;
    p.then(function (body) {
      var at = origin + performance.now();
      var rows = Array.isArray(body) ? body : body && Array.isArray(body.results) ? body.results : [];
      var ids = rows.map(function (r) { return (r && r.id) || ''; }).filter(Boolean);
      push({ what: what(u), method: '', phase: 'json', at: at, ids: ids });
    }, function () {});
    return p;
  };
})`;

/**
 * Script for addInitScript: notes when the app's PouchDB calls the sync server and when each
 * answer's body is read (with the document ids in it), to split the delay into its legs.
 */
export function netProbe(host: string): string {
  return `${NET}(${JSON.stringify(host)})`;
}

/** The network events noted since the last call (and clears them). */
export async function takeNet(page: Page): Promise<NetEvent[]> {
  return (await page.evaluate(
    '(function () { var e = window.__syncNet || []; window.__syncNet = []; return e; })()',
  )) as NetEvent[];
}

export interface ClockOffset {
  /** page clock − Node clock, ms (from the round trip with the smallest width). */
  readonly offsetMs: number;
  /** Half that round trip: how far the offset may be off. */
  readonly uncertaintyMs: number;
}

/** The page's wall clock against Node's (performance.timeOrigin + now() on both sides). */
export async function clockOf(page: Page, samples = 25): Promise<ClockOffset> {
  let best = { offsetMs: 0, uncertaintyMs: Infinity };
  for (let i = 0; i < samples; i++) {
    const n0 = performance.timeOrigin + performance.now();
    const v = (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
    const n1 = performance.timeOrigin + performance.now();
    if ((n1 - n0) / 2 < best.uncertaintyMs)
      best = { offsetMs: v - (n0 + n1) / 2, uncertaintyMs: (n1 - n0) / 2 };
  }
  return best;
}
