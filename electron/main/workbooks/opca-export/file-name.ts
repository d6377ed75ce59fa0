import { opcas, type Opca } from '../../../../shared/domain/structure';

// eslint-disable-next-line no-control-regex
const forbidden = /[<>:"/\\|?*\u0000-\u001f]/g;

/** « Unifaf (OPCO Santé) - Plan 2025.xlsx », « Uniformation … - Simulateur de vieillissement.xlsx » */
export function fundFileName(opca: Opca, scopeLabel: string): string {
  return `${opcas[opca]} - ${scopeLabel}`.replace(forbidden, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) + '.xlsx';
}
