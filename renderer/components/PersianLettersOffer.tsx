import { useI18n } from '../hooks/use-i18n';
import { persianLetterSuggestion } from './persian-letters';

interface PersianLettersOfferProps {
  /** The name as typed. */
  readonly value: string;
  /** Takes the suggested name (the researcher clicked it: never applied silently). */
  readonly onUse: (name: string) => void;
}

/**
 * Under a code name box: when the name holds Arabic ي/ك or presentation forms, says so and
 * offers the same name in Persian letters, one click away. Renders nothing otherwise.
 */
export function PersianLettersOffer({ value, onUse }: PersianLettersOfferProps) {
  const { t } = useI18n();
  const suggestion = persianLetterSuggestion(value);
  if (!suggestion) return null;
  return (
    <p className="letters-offer" data-letters-offer="">
      <span>{t('letters.hint')}</span>{' '}
      <button
        type="button"
        className="btn small"
        lang="fa"
        // The name box keeps the focus (a rename box would take a blur for "done").
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onUse(suggestion)}
      >
        {t('letters.use', { name: suggestion })}
      </button>
    </p>
  );
}
