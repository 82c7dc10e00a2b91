// The renderer's one door to the main process (bundled to dist-electron/preload.cjs; the
// sandbox allows no other require). It exposes `window.mazmun` with two functions and checks
// channels and payloads here too, so a compromised page gets nothing wider than the map.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  isInvokeChannel,
  isMenuCommand,
  type InvokeArgs,
  type InvokeChannel,
  type IpcReply,
  type MazmunBridge,
  type MenuCommand,
} from '../shared/ipc';
import { refuse } from '../shared/errors/refuse';

export const bridge = {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcReply<C>> {
    if (!isInvokeChannel(channel)) {
      return Promise.resolve(refuse('ipc.unknownChannel', { channel: String(channel) }));
    }
    // Only the first argument: every channel takes one argument object (or none).
    return ipcRenderer.invoke(channel, args[0]) as Promise<IpcReply<C>>;
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    // The IPC event (and its `sender`) never reaches the page: only the checked command does.
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
} satisfies MazmunBridge;

contextBridge.exposeInMainWorld('mazmun', bridge);
