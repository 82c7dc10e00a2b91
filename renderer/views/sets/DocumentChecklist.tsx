import type { DocumentId, DocumentMeta } from '../../../shared/model';

interface Props {
  readonly legend: string;
  readonly documents: readonly DocumentMeta[];
  readonly checked: ReadonlySet<DocumentId>;
  readonly onToggle: (id: DocumentId, on: boolean) => void;
  /** An accessible name per checkbox when the title alone would be ambiguous. */
  readonly labelOf?: (d: DocumentMeta) => string;
}

/** A scrolling list of documents, each with a checkbox: the members of a set made by hand. */
export function DocumentChecklist({ legend, documents, checked, onToggle, labelOf }: Props) {
  return (
    <fieldset className="sets-checklist">
      <legend>{legend}</legend>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(d.id)}
                aria-label={labelOf?.(d)}
                onChange={(e) => onToggle(d.id, e.target.checked)}
              />
              <span dir="auto">{d.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
