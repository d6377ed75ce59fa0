/** Commands the native menu sends to the page; the page runs the same code as its own buttons. */
export const menuCommands = [
  'association.new',
  'association.open',
  'association.close',
  'association.rename',
  'backups.restore',
  'members.importFiness',
  'members.importWorkbook',
  'members.export',
  // « Aide › Aide de l’écran (F1) »: the help panel of the current screen listens to it.
  'help.show',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);

/** `window.appEvents`: what the main process tells the page without being asked. */
export type AppEvents = {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Another file was opened from outside the page (drop on the window, recent menu);
   * `refusal` is the French message when that file could not be opened.
   */
  onAssociationChanged(listener: (refusal?: string) => void): () => void;
};

export const appEventChannels = {
  menuCommand: 'event:menu-command',
  associationChanged: 'event:association-changed',
  /** Preload → main only (not in window.api): the path of a .passerelles file dropped on the window, from webUtils. */
  droppedAssociation: 'drop:association',
} as const;
