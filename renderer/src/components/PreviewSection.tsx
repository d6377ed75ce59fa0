import type { ReactNode } from 'react';
import { formatInteger } from '../../../shared/format/numbers';

type Props = { title: string; count: number; headers: string[]; children: ReactNode };

/** One part of an import preview (rows to add, to update, refused…): a titled, open, scrollable table. */
export function PreviewSection({ title, count, headers, children }: Props) {
  return (
    <details open>
      <summary>
        {title} ({formatInteger(count)})
      </summary>
      <div className="scroll-table">
        <table className="table compact">
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}
