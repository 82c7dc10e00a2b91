import { useI18n } from '../../hooks/use-i18n';

interface DocumentFilterProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** The document browser's filter box (matching: document-filter.ts). */
export function DocumentFilter({ value, onChange }: DocumentFilterProps) {
  const { t } = useI18n();
  return (
    <input
      type="search"
      className="ws-filter"
      value={value}
      placeholder={t('workspace.docs.filterPlaceholder')}
      aria-label={t('workspace.docs.filter')}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
