import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/app-events';
import type { RecentFile } from '../../../shared/api/association';

type MenuActions = {
  send: (command: MenuCommand) => void;
  openRecent: (id: string) => void;
  newWindow: () => void;
  openLogFolder: () => void;
};

/** The French application menu; every item runs the same code as the page's buttons. */
export function buildMenu(recent: RecentFile[], actions: MenuActions): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        item('Nouvelle association…', 'association.new', 'CmdOrCtrl+N'),
        item('Ouvrir…', 'association.open', 'CmdOrCtrl+O'),
        {
          label: 'Ouvrir un fichier récent',
          submenu: recent.length
            ? recent.map((file) => ({ label: `${file.name} — ${file.fileName}`, click: () => actions.openRecent(file.id) }))
            : [{ label: 'Aucun fichier récent', enabled: false }],
        },
        { label: 'Nouvelle fenêtre', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWindow },
        { type: 'separator' },
        item('Importer l’extrait FINESS…', 'members.importFiness'),
        item('Importer un classeur d’adhérents…', 'members.importWorkbook'),
        item('Exporter le registre…', 'members.export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Renommer l’association…', 'association.rename'),
        item('Restaurer une sauvegarde…', 'backups.restore'),
        item('Fermer l’association', 'association.close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    { label: 'Fenêtre', role: 'windowMenu' },
    {
      label: 'Aide',
      role: 'help',
      submenu: [
        // The page's help panel listens to help.show (and to F1 itself, so the key works in the test host too).
        // F1 is shown, not registered: the page handles the key itself, so it is never run twice.
        { ...item('Aide de l’écran', 'help.show', 'F1'), registerAccelerator: false },
        { type: 'separator' },
        { label: 'Ouvrir le dossier des journaux', click: actions.openLogFolder },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

export const focusedOr = (windows: BrowserWindow[]) => windows.find((w) => w.isFocused()) ?? windows[0] ?? null;
