import { useState } from 'react';
import type { Printable } from '../../../../shared/api/print';
import { PrintPreview } from './PrintPreview';

type Props = { printable: Printable; label: string; disabled?: boolean; className?: string };

/** A button that opens the print preview of a document, from which it is saved as PDF. */
export function PrintButton({ printable, label, disabled, className }: Props) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      {isOpen ? <PrintPreview printable={printable} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
