import { useId, useMemo, useState, type MouseEvent } from 'react';
import type { Convention } from '../../../shared/analysis';
import { networkSvg } from '../../../shared/report/network-svg';
import type { CodeId } from '../../../shared/model';
import { useI18n } from '../../hooks/use-i18n';
import { useNetwork } from '../../hooks/use-network';
import { downloadNetwork } from './network-download';
import { NetworkPassages } from './NetworkPassages';
import { useProjectState } from '../../hooks/use-project-store';
import { CoderFilter } from '../coders/CoderFilter';
import { SetScopePicker } from '../sets/SetScopePicker';
import { NetworkTable } from './NetworkTable';
import './network.css';

/**
 * Attride-Stirling's thematic network: a global theme in the centre, its organizing themes
 * around it and their basic themes outside, sized by references. The map is an image with a
 * table of its themes behind it; a theme (circle or table row) shows its coded passages.
 */
export function NetworkPanel() {
  const { t, n, locale } = useI18n();
  const [convention, setConvention] = useState<Convention>('paper');
  const [globalId, setGlobalId] = useState<CodeId | null>(null);
  const [chosen, setChosen] = useState<CodeId | null>(null);
  const [fit, setFit] = useState(true);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [coder, setCoder] = useState('');
  const { coders } = useProjectState();
  const { globals, rows, layout } = useNetwork({ convention, globalId, coder });
  const selectId = useId();
  const current = globals.find((g) => g.id === globalId);
  const title = current ? t('net.mapOf', { name: current.name }) : t('net.mapAll');
  const svg = useMemo(
    () => networkSvg(layout, { title, lang: locale, idPrefix: 'network-view' }),
    [layout, title, locale],
  );
  const count = (level: string): string => n(rows.nodes.filter((x) => x.level === level).length);
  const chosenNode = rows.nodes.find((x) => x.id === chosen) ?? null;

  const onMapClick = (event: MouseEvent<HTMLDivElement>): void => {
    const node = (event.target as Element).closest('[data-id]');
    const id = node?.getAttribute('data-id');
    if (id) setChosen(id as CodeId);
  };

  async function save(format: 'svg' | 'png'): Promise<void> {
    const name = `thematic-network${current ? `-${current.name}` : ''}`;
    const r = await downloadNetwork(layout, { title, lang: locale, name }, format);
    if (!r.ok) setMessage({ kind: 'error', text: t('net.saveFailed', { reason: r.reason }) });
    else if (r.data.saved)
      setMessage({ kind: 'info', text: t('net.saved', { name: `${name}.${format}` }) });
  }

  // The set picker stays: a set without codings must not hide the way back to all documents.
  if (globals.length === 0) {
    return (
      <div className="network-panel">
        <SetScopePicker />
        <p className="muted">{t('net.empty')}</p>
      </div>
    );
  }
  return (
    <div className="network-panel">
      <div className="network-controls">
        <label htmlFor={selectId} className="field-label">
          {t('net.global')}
        </label>
        <select
          id={selectId}
          value={globalId ?? ''}
          onChange={(e) => {
            setGlobalId(e.target.value ? (e.target.value as CodeId) : null);
            setChosen(null);
          }}
        >
          <option value="">{t('net.allGlobals')}</option>
          {globals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <fieldset className="network-convention">
          <legend>{t('net.convention')}</legend>
          {(['paper', 'distinct'] as const).map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="network-convention"
                checked={convention === c}
                onChange={() => setConvention(c)}
              />
              {t(c === 'paper' ? 'net.paper' : 'net.distinct')}
            </label>
          ))}
        </fieldset>
        <CoderFilter id="network-coder" coders={coders} value={coder} onChange={setCoder} />
        <SetScopePicker />
        <label className="network-fit">
          <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} />
          {t('net.fit')}
        </label>
        <div className="network-downloads">
          <button type="button" className="btn" onClick={() => void save('svg')}>
            {t('net.downloadSvg')}
          </button>
          <button type="button" className="btn" onClick={() => void save('png')}>
            {t('net.downloadPng')}
          </button>
        </div>
      </div>
      {message && (
        <div
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`banner ${message.kind}`}
        >
          {message.text}
        </div>
      )}
      <p className="muted">
        {t('net.summary', {
          global: count('global'),
          organizing: count('organizing'),
          basic: count('basic'),
        })}{' '}
        {t('net.hint')}
      </p>
      {/* The circles answer the mouse; the table below is the keyboard's way to the same passages. */}
      {/* Focusable, so a map larger than the panel scrolls from the keyboard too. */}
      <div
        role="region"
        aria-label={title}
        tabIndex={0}
        className={`network-canvas${fit ? ' fit' : ''}`}
        data-testid="network-map"
        onClick={onMapClick}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <NetworkTable rows={rows} chosen={chosen} onChoose={setChosen} />
      {chosenNode && (
        <NetworkPassages
          key={chosenNode.id}
          node={chosenNode}
          coder={coder}
          onClose={() => setChosen(null)}
        />
      )}
    </div>
  );
}
