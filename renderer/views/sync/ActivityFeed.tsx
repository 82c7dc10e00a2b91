// Who changed what in the shared project, newest first: each entry's account (and coder), what
// it did in words, and when — with a filter by person. Entries come from the replica's feed
// (renderer/sync/activity-log.ts); the words from the catalog, names bidi-isolated.
import { useId, useState } from 'react';
import {
  activityPeople,
  type ActivityEntry,
  type ActivityWhat,
  type MemoOn,
} from '../../../shared/sync/activity';
import { useI18n } from '../../hooks/use-i18n';
import { useNow } from '../../hooks/use-sync-activity';
import type { I18n } from '../../i18n/I18nProvider';
import { isolate } from '../../i18n/reason-tools';
import { fullTime, relativeTime } from './time-format';

/** Entries rendered at first: a joined project's feed can hold thousands. */
export const FEED_PAGE = 50;

export function ActivityFeed({ entries }: { entries: readonly ActivityEntry[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const now = useNow();
  const [person, setPerson] = useState('');
  const [limit, setLimit] = useState(FEED_PAGE);
  const id = useId();
  const people = activityPeople(entries);
  const matching = person ? entries.filter((e) => e.by === person) : entries;
  const shown = matching.slice(0, limit);
  return (
    <section aria-labelledby={`${id}-title`} className="panel sync-activity">
      <h2 id={`${id}-title`}>{t('sync.activity.title')}</h2>
      {people.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('sync.activity.filter')}</label>
          <select
            id={`${id}-person`}
            value={person}
            onChange={(e) => {
              setPerson(e.target.value);
              setLimit(FEED_PAGE);
            }}
          >
            <option value="">{t('sync.activity.everyone')}</option>
            {people.map((p) => (
              <option key={p} value={p} dir="auto">
                {p}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown.length ? (
        <ol aria-labelledby={`${id}-title`} tabIndex={0}>
          {shown.map((e) => (
            <li key={e.id}>
              <strong>
                <bdi>{e.by}</bdi>
              </strong>
              {e.coder && e.coder !== e.by
                ? ` (${t('sync.activity.asCoder', { coder: isolate(e.coder) })})`
                : ''}{' '}
              {describe(e.what, i18n)}{' '}
              <time dateTime={new Date(e.at).toISOString()} title={fullTime(e.at, locale)}>
                {relativeTime(e.at, now, locale)}
              </time>
              {e.local ? ` · ${t('sync.activity.here')}` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('sync.activity.none')}</p>
      )}
      {matching.length > shown.length && (
        <button type="button" onClick={() => setLimit((l) => l + FEED_PAGE)}>
          {t('sync.activity.showMore', { count: i18n.n(matching.length - shown.length) })}
        </button>
      )}
    </section>
  );
}

function on(o: MemoOn, t: I18n['t']): string {
  return o.kind === 'project'
    ? t('sync.activity.on.project')
    : t(`sync.activity.on.${o.kind}`, { name: isolate(o.name) });
}

/** One entry's sentence in the interface's language (numbers in its digits). */
export function describe(w: ActivityWhat, { t, n }: Pick<I18n, 't' | 'n'>): string {
  switch (w.kind) {
    case 'coded':
    case 'uncoded':
      return t(`sync.activity.${w.kind}`, {
        passage: isolate(w.passage),
        code: isolate(w.code),
        document: isolate(w.document),
      });
    case 'codedMany':
    case 'uncodedMany':
      return t(`sync.activity.${w.kind}`, {
        count: n(w.count),
        code: isolate(w.code),
        document: isolate(w.document),
      });
    case 'codeCreated':
    case 'codeEdited':
      return t(`sync.activity.${w.kind}`, { code: isolate(w.code) });
    case 'codeDeleted':
      return w.codings
        ? t('sync.activity.codeDeletedWith', { code: isolate(w.code), count: n(w.codings) })
        : t('sync.activity.codeDeleted', { code: isolate(w.code) });
    case 'codeRenamed':
      return t('sync.activity.codeRenamed', { from: isolate(w.from), to: isolate(w.to) });
    case 'codeRestored':
      return t('sync.activity.codeRestored', {
        code: isolate(w.code),
        deletedBy: isolate(w.deletedBy),
      });
    case 'memoCreated':
    case 'memoEdited':
    case 'memoDeleted':
      return t(`sync.activity.${w.kind}`, { title: isolate(w.title), on: on(w.on, t) });
    case 'documentAdded':
    case 'documentRemoved':
    case 'documentEdited':
      return t(`sync.activity.${w.kind}`, { document: isolate(w.document) });
    case 'otherChanges':
      return t('sync.activity.otherChanges', { count: n(w.count) });
  }
}
