import { DocumentSetsSection } from '../sets/DocumentSetsSection';
import { DocumentList } from './DocumentList';
import './documents.css';

/**
 * The Documents section: the list with import, rename, cases, and the document sets below it.
 * A document opens in the workspace (renderer/workspace), so this section always reaches the
 * list, even while a transcript is open.
 */
export function DocumentsView() {
  return (
    <div className="documents-and-sets">
      <DocumentList />
      <DocumentSetsSection />
    </div>
  );
}
