import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/app-events';

type Listener = (command: MenuCommand) => void;
const listeners = new Set<Listener>();

/** Menu commands reach the page from the native menu, or from the page's own buttons. */
export function runCommand(command: MenuCommand): void {
  for (const listener of listeners) listener(command);
}

export function useCommand(command: MenuCommand, handler: () => void): void {
  useEffect(() => {
    const listener: Listener = (received) => {
      if (received === command) handler();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [command, handler]);
}

window.appEvents?.onMenuCommand(runCommand);
