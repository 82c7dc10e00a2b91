// The heavy-work Worker: imports, restores, .qdpx reading and writing, reports and XLSX, off the
// page's main thread. It opens the same IndexedDB database as the page (same origin).
import { MazmunDb } from '../../shared/db/database';
import { openDatabase } from '../../shared/db/open-database';
import { createHeavyWorkHandler } from './heavy-work-handler';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handler = createHeavyWorkHandler(
  (message, transfer) => scope.postMessage(message, transfer),
  () => openDatabase(new MazmunDb()),
);
scope.onmessage = (event) => handler.onMessage(event.data);
scope.postMessage({ type: 'ready' }, []);
