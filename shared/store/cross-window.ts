// Other windows (or tabs in `npm run web`) may have the same project open. After every write we
// announce it; a window that hears it reloads from the database. Where BroadcastChannel does not
// exist, the store simply works alone.
import type { ProjectId } from '../model/ids';

export interface ProjectChannel {
  /** Tells the other windows that this project changed. */
  post(): void;
  close(): void;
}

export function channelName(projectId: ProjectId): string {
  return `mazmun-project-${projectId}`;
}

export function openProjectChannel(
  projectId: ProjectId,
  onRemoteChange: () => void,
): ProjectChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(channelName(projectId));
  channel.onmessage = (ev: MessageEvent) => {
    if ((ev.data as { type?: string } | null)?.type === 'changed') onRemoteChange();
  };
  let closed = false;
  return {
    post() {
      if (!closed) channel.postMessage({ type: 'changed' });
    },
    close() {
      closed = true;
      channel.close();
    },
  };
}
