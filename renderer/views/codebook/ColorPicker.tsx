import { useId } from 'react';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../hooks/use-i18n';

// Okabe–Ito's colour-blind-safe set plus two darker tones: distinguishable by most readers,
// and each strong enough to show as a swatch and a highlight underline on white.
export const PALETTE: readonly { readonly hex: string; readonly name: MessageKey }[] = [
  { hex: '#e69f00', name: 'cb.color.orange' },
  { hex: '#56b4e9', name: 'cb.color.sky' },
  { hex: '#009e73', name: 'cb.color.green' },
  { hex: '#f0e442', name: 'cb.color.yellow' },
  { hex: '#0072b2', name: 'cb.color.blue' },
  { hex: '#d55e00', name: 'cb.color.vermilion' },
  { hex: '#cc79a7', name: 'cb.color.purple' },
  { hex: '#6a3d9a', name: 'cb.color.violet' },
  { hex: '#8c564b', name: 'cb.color.brown' },
  { hex: '#5b6270', name: 'cb.color.grey' },
];

interface ColorPickerProps {
  readonly value: string;
  readonly onChange: (hex: string) => void;
}

/** A radio group of palette swatches and a custom colour input. */
export function ColorPicker({ value, onChange }: ColorPickerProps) {
  const { t } = useI18n();
  const customId = useId();
  const current = value.toLowerCase();
  const inPalette = PALETTE.some((p) => p.hex === current);
  return (
    <div className="cb-color-picker">
      <div role="radiogroup" aria-label={t('cb.colour')} className="cb-swatches">
        {PALETTE.map((p) => (
          <button
            key={p.hex}
            type="button"
            role="radio"
            aria-checked={p.hex === current}
            aria-label={t(p.name)}
            title={t(p.name)}
            className="cb-swatch-btn"
            style={{ background: p.hex }}
            onClick={() => onChange(p.hex)}
          />
        ))}
      </div>
      <label htmlFor={customId} className="cb-custom-colour">
        <input
          id={customId}
          type="color"
          value={current}
          onChange={(e) => onChange(e.target.value)}
        />
        <span>{inPalette ? t('cb.customColour') : `${t('cb.customColour')} ${current}`}</span>
      </label>
    </div>
  );
}
