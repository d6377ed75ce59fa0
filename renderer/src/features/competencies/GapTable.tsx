import type { GapLine } from '../../../../shared/api/competencies';
import { countOf } from '../../../../shared/format/plural';

type Props = { gaps: readonly GapLine[]; caption: string; levelName: (level: number) => string; limit?: number };

/** The competencies held below the level required, core ones first. */
export function GapTable({ gaps, caption, levelName, limit = 12 }: Props) {
  if (gaps.length === 0) return <p className="muted">Aucun écart : tout ce qui est demandé est détenu.</p>;
  const shown = gaps.slice(0, limit);
  return (
    <table className="table gap-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Compétence</th>
          <th scope="col">Niveau requis</th>
          <th scope="col">Niveau détenu</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((gap) => (
          <tr key={gap.competencyId}>
            <td>
              {gap.isCore ? <span className="badge">cœur de métier</span> : null} {gap.label}
            </td>
            <td>{levelName(gap.required)}</td>
            <td>{gap.held > 0 ? levelName(gap.held) : 'non acquis'}</td>
          </tr>
        ))}
      </tbody>
      {gaps.length > shown.length ? (
        <tfoot>
          <tr>
            <td colSpan={3} className="muted">
              … et {countOf(gaps.length - shown.length, 'autre écart', 'autres écarts')}.
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

export function useLevelName(levels: readonly { level: number; label: string }[] | undefined) {
  const names = new Map((levels ?? []).map((l) => [l.level, `${l.level} ${l.label}`]));
  return (level: number) => names.get(level) ?? String(level);
}
