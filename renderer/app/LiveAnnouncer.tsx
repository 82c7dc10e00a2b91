import { useEffect, useState } from 'react';

// One polite live region for the whole app, mounted once by the shell (App.tsx). Views say
// what a keyboard or screen-reader user cannot see happen — a passage coded, an undo, a code
// moved — with announce(); the region reads it out without moving the focus.

type Listener = (text: string) => void;
const listeners = new Set<Listener>();

/** Has the live region read `text` out (politely, after what it is reading now). */
export function announce(text: string): void {
  for (const l of listeners) l(text);
}

export function LiveAnnouncer() {
  const [said, setSaid] = useState({ text: '', n: 0 });
  useEffect(() => {
    const listen: Listener = (text) => setSaid((s) => ({ text, n: s.n + 1 }));
    listeners.add(listen);
    return () => {
      listeners.delete(listen);
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-live-announcer="">
      {/* Keyed by the count: the same sentence twice (two codings with one code) is a new node,
          which screen readers read again. */}
      <span key={said.n}>{said.text}</span>
    </div>
  );
}
