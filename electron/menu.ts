// The native menu. Items that are app actions send a `menu:command` to the focused window and
// let the renderer act (it knows the project state); editing and window items use Electron roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface MenuLabels {
  readonly file: string;
  readonly newProject: string;
  readonly importDocuments: string;
  readonly openProjectFile: string;
  readonly export: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly view: string;
  readonly toggleLanguage: string;
  readonly help: string;
  readonly openSample: string;
  readonly about: string;
}

export const MENU_LABELS: { readonly en: MenuLabels; readonly fa: MenuLabels } = {
  en: {
    file: '&File',
    newProject: 'New Project',
    importDocuments: 'Import Documents…',
    openProjectFile: 'Open Project File…',
    export: 'Export…',
    quit: 'Quit Mazmun',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: '&View',
    toggleLanguage: 'فارسی / English',
    help: '&Help',
    openSample: 'Open Sample Study',
    about: 'About Mazmun',
  },
  fa: {
    file: 'پرونده',
    newProject: 'پروژهٔ تازه',
    importDocuments: 'وارد کردن اسناد…',
    openProjectFile: 'باز کردن پروندهٔ پروژه…',
    export: 'خروجی گرفتن…',
    quit: 'خروج از مضمون',
    edit: 'ویرایش',
    undo: 'واگرد',
    redo: 'ازنو',
    view: 'نما',
    toggleLanguage: 'فارسی / English',
    help: 'راهنما',
    openSample: 'باز کردن پژوهش نمونه',
    about: 'دربارهٔ مضمون',
  },
};

/** Persian menus for Persian systems; English otherwise. */
export function labelsForLocale(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('fa') ? MENU_LABELS.fa : MENU_LABELS.en;
}

export interface MenuOptions {
  readonly labels: MenuLabels;
  readonly isMac: boolean;
  readonly isDev: boolean;
  readonly send: (command: MenuCommand) => void;
}

export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: l, send } = o;
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      command(l.newProject, 'new-project', 'CmdOrCtrl+N'),
      command(l.importDocuments, 'import-documents', 'CmdOrCtrl+I'),
      command(l.openProjectFile, 'open-project-file', 'CmdOrCtrl+O'),
      sep,
      command(l.export, 'export', 'CmdOrCtrl+E'),
      // macOS quits from the app menu.
      ...(o.isMac ? [] : [sep, { label: l.quit, role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      // The project's undo (codings, themes), not the text field's: the renderer decides.
      command(l.undo, 'undo', 'CmdOrCtrl+Z'),
      command(l.redo, 'redo', 'Shift+CmdOrCtrl+Z'),
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(o.isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, sep] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
      sep,
      command(l.toggleLanguage, 'toggle-locale', 'CmdOrCtrl+Shift+L'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [command(l.openSample, 'open-sample'), sep, command(l.about, 'about')],
  };
  const appMenu: MenuItemConstructorOptions[] = o.isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            command(l.about, 'about'),
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            sep,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
