import type { ImportCounts } from '../../../shared/exchange';
import type { ImportPreview as Preview } from '../../hooks/use-exchange-import';
import { useI18n } from '../../hooks/use-i18n';
import { translateFailure } from '../../i18n/errors';

const COUNTS: readonly (keyof ImportCounts)[] = [
  'documents',
  'codes',
  'codings',
  'cases',
  'variables',
  'memos',
  'users',
];

interface ImportPreviewProps {
  readonly preview: Preview;
  readonly canAddCodes: boolean;
  readonly busy: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

/** The ImportReport before anything is written: what maps, what is left out and why. */
export function ImportPreview({
  preview,
  canAddCodes,
  busy,
  onImport,
  onCancel,
}: ImportPreviewProps) {
  const { t, n, locale } = useI18n();
  const { report } = preview;
  const counts = preview.kind === 'codebook' ? (['codes'] as const) : COUNTS;
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">{t('exchange.preview', { name: preview.fileName })}</h3>
      {preview.kind === 'project' && (
        <p>
          {t('exchange.previewProject')}:{' '}
          <strong dir="auto">
            <bdi>{preview.projectName}</bdi>
          </strong>
        </p>
      )}
      <table className="import-counts" aria-label={t('exchange.mapped')}>
        <caption>{t('exchange.mapped')}</caption>
        <tbody>
          {counts.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`exchange.count.${k}`)}</th>
              <td>{n(report.mapped[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('exchange.skipped')}</h4>
      {report.skipped.length === 0 ? (
        <p className="muted">{t('exchange.nothingSkipped')}</p>
      ) : (
        <ul aria-label={t('exchange.skipped')}>
          {report.skipped.map((s) => (
            <li key={`${s.what}:${s.reason}`}>
              {t('exchange.skippedItem', {
                count: n(s.count),
                what: s.what,
                reason: translateFailure(s.reason, locale),
              })}
            </li>
          ))}
        </ul>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>{t('exchange.warnings')}</h4>
          <ul aria-label={t('exchange.warnings')}>
            {report.warnings.map((w) => (
              <li key={w} dir="auto">
                {translateFailure(w, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.kind === 'project' && preview.clash && (
        <p className="banner info" role="note">
          {t('exchange.idClash')}
        </p>
      )}
      {preview.kind === 'project' && canAddCodes && <p className="muted">{t('merge.orMerge')}</p>}
      {preview.kind === 'codebook' && !canAddCodes && (
        <p className="banner info" role="note">
          {t('exchange.codesNeedProject')}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="btn primary"
          disabled={busy || (preview.kind === 'codebook' && !canAddCodes)}
          onClick={onImport}
        >
          {preview.kind === 'project'
            ? t('exchange.importAsNew')
            : t('exchange.addCodes', { count: n(preview.codes.length) })}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          {t('exchange.cancel')}
        </button>
      </div>
    </section>
  );
}
