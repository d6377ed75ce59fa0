import type { WrittenFile } from '../../../../shared/api/desktop';

/** The one banner of the register page: a result, a refusal, or a warning, with its action if any. */
export type RegisterMessage = {
  tone: 'error' | 'success' | 'warning' | 'info';
  text: string;
  written?: WrittenFile;
  action?: { label: string; onClick: () => void };
};

export type ShowMessage = (message: RegisterMessage | null | ((shown: RegisterMessage | null) => RegisterMessage | null)) => void;
