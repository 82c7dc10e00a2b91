import type { NetworkRows } from '../../../shared/analysis/network';
import type { CodeId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';

interface NetworkTableProps {
  readonly rows: NetworkRows;
  readonly chosen: CodeId | null;
  readonly onChoose: (id: CodeId) => void;
}

/** The map's themes as a table: what a screen reader reads, and the keyboard's way to passages. */
export function NetworkTable({ rows, chosen, onChoose }: NetworkTableProps) {
  const { t, n } = useI18n();
  return (
    <details className="network-table">
      <summary>{t('net.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('net.col.level')}</th>
            <th scope="col">{t('net.col.theme')}</th>
            <th scope="col" className="num">
              {t('net.col.references')}
            </th>
            <th scope="col" className="num">
              {t('net.col.sources')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.nodes.map((node) => (
            <tr key={node.id} className={`network-row ${node.level}`}>
              <td>{t(`net.level.${node.level}`)}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={chosen === node.id}
                  aria-label={t('net.showPassages', { name: node.name })}
                  onClick={() => onChoose(node.id)}
                >
                  <bdi>{node.name}</bdi>
                </button>
              </td>
              <td className="num">{n(node.references)}</td>
              <td className="num">{n(node.sources)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
