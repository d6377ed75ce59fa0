import type { ExportCheck } from '../../../../shared/api/opca';
import { opcas, opcaCodes } from '../../../../shared/domain/structure';
import type { OpcaProfile } from '../../../../shared/api/opca';
import type { ParticipantLine } from '../../store/trainings/participant-lines';
import { cellOf } from './write';

/**
 * What to say before any export: how many lines each fund gets, the structures with no OPCA in
 * the register (their participants would go to no fund), lines with no employer, and values a
 * fund's profile requires that are missing.
 */
export function checkExport(lines: readonly ParticipantLine[], profiles: readonly OpcaProfile[]): ExportCheck {
  const funds = opcaCodes
    .map((opca) => {
      const own = lines.filter((line) => line.opca === opca);
      return {
        opca,
        label: opcas[opca],
        participants: own.length,
        structures: new Set(own.map((line) => line.structureId)).size,
        email: profiles.find((p) => p.opca === opca)?.email ?? '',
      };
    })
    .filter((fund) => fund.participants > 0 || fund.opca !== 'other');
  const withoutOpca = new Map<number, { structureId: number; structureName: string; participants: number }>();
  for (const line of lines) {
    if (line.structureId === null || line.opca !== null) continue;
    const entry = withoutOpca.get(line.structureId) ?? { structureId: line.structureId, structureName: line.structureName, participants: 0 };
    entry.participants += 1;
    withoutOpca.set(line.structureId, entry);
  }
  const missing: ExportCheck['missing'] = [];
  for (const line of lines) {
    const profile = line.opca ? profiles.find((p) => p.opca === line.opca) : undefined;
    if (!profile) continue;
    for (const column of profile.layout.columns) {
      if (!column.required) continue;
      const value = cellOf(line, column.field);
      if (value === null || value === '') missing.push({ opca: profile.opca, participant: `${line.firstName} ${line.lastName}`.trim(), structureName: line.structureName, header: column.header });
    }
  }
  return { funds, withoutOpca: [...withoutOpca.values()], withoutStructure: lines.filter((l) => l.structureId === null).length, missing };
}
