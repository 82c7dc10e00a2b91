import { Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import { ANALYSIS_TABS, type AnalysisTabName } from './analysis-tabs';
import './analysis.css';

const LAST_TAB = 'mazmun.analysis.tab';

function rememberedTab(): AnalysisTabName {
  const saved = globalThis.localStorage?.getItem(LAST_TAB);
  return ANALYSIS_TABS.find((tab) => tab.name === saved)?.name ?? 'crosstab';
}

/**
 * Crosstabs, co-occurrence, coder agreement, word frequency and the thematic network, as tabs
 * (WAI-ARIA tabs: arrow keys move between them, Home/End jump; RTL mirrors the arrows).
 */
export function AnalysisView() {
  const { t, locale } = useI18n();
  const [current, setCurrent] = useState<AnalysisTabName>(rememberedTab);
  const tabRefs = useRef(new Map<AnalysisTabName, HTMLButtonElement>());

  const select = (name: AnalysisTabName, focus: boolean): void => {
    setCurrent(name);
    globalThis.localStorage?.setItem(LAST_TAB, name);
    if (focus) tabRefs.current.get(name)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = ANALYSIS_TABS.findIndex((tab) => tab.name === current);
    const forward = locale === 'fa' ? 'ArrowLeft' : 'ArrowRight';
    const back = locale === 'fa' ? 'ArrowRight' : 'ArrowLeft';
    const last = ANALYSIS_TABS.length - 1;
    const next =
      event.key === forward
        ? (index + 1) % ANALYSIS_TABS.length
        : event.key === back
          ? (index + last) % ANALYSIS_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = ANALYSIS_TABS[next];
    if (tab) select(tab.name, true);
  };

  const active = ANALYSIS_TABS.find((tab) => tab.name === current) ?? ANALYSIS_TABS[0];
  return (
    <section className="analysis-view" aria-labelledby="analysis-title">
      <h1 id="analysis-title">{t('analysis.title')}</h1>
      <div
        role="tablist"
        aria-label={t('analysis.tabs')}
        className="analysis-tabs"
        onKeyDown={onKeyDown}
      >
        {ANALYSIS_TABS.map((tab) => (
          <button
            key={tab.name}
            ref={(el) => {
              if (el) tabRefs.current.set(tab.name, el);
            }}
            type="button"
            role="tab"
            id={`analysis-tab-${tab.name}`}
            aria-selected={tab.name === current}
            aria-controls={`analysis-panel-${tab.name}`}
            tabIndex={tab.name === current ? 0 : -1}
            className="analysis-tab"
            onClick={() => select(tab.name, false)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={`analysis-panel-${active.name}`}
          aria-labelledby={`analysis-tab-${active.name}`}
          className="analysis-panel"
          tabIndex={0}
        >
          <Suspense fallback={<p className="muted">…</p>}>
            <active.Component />
          </Suspense>
        </div>
      )}
    </section>
  );
}
