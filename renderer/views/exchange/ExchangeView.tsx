import { useOpenProjectState } from '../../hooks/use-exchange';
import { useExchangeImport } from '../../hooks/use-exchange-import';
import { useI18n } from '../../hooks/use-i18n';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { BackupsPanel } from './BackupsPanel';
import { MergePanel } from '../coders/MergePanel';
import './exchange.css';

/** Projects in and out: REFI-QDA, codebooks, backups, tables and the coding report. */
export function ExchangeView() {
  const { t } = useI18n();
  const importer = useExchangeImport();
  const state = useOpenProjectState();
  return (
    <section className="exchange" aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <div className="exchange-columns">
        {state ? (
          <ExportPanel key={state.project.id} state={state} />
        ) : (
          <section className="panel" aria-label={t('exchange.export')}>
            <h2>{t('exchange.export')}</h2>
            <p className="muted">{t('exchange.exportNeedsProject')}</p>
          </section>
        )}
        <div className="exchange-side">
          <ImportPanel importer={importer} />
          {state && <MergePanel key={state.project.id} />}
          <BackupsPanel projectId={state?.project.id ?? null} importer={importer} />
        </div>
      </div>
    </section>
  );
}
