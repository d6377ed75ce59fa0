import { formatMonth } from '../../../../shared/format/dates';
import { formatInteger } from '../../../../shared/format/numbers';

const monthLabel = (month: string) => formatMonth(month, 'abbr');

type Props = { title: string; months: { month: string; hours: number }[]; capacity?: number | null };

/**
 * A monthly profile as SVG bars (no canvas, sharp in the PDF): hours of CDD per month, with the
 * monthly hours of one full-time position as a line to read how many a pooled job could fill.
 */
export function MonthlyChart({ title, months, capacity }: Props) {
  const width = 640;
  const height = 170;
  const left = 44;
  const bottom = 22;
  const top = 10;
  const max = Math.max(1, capacity ?? 0, ...months.map((m) => m.hours)) * 1.08;
  const slot = (width - left - 6) / Math.max(1, months.length);
  const y = (hours: number) => top + (height - top - bottom) * (1 - hours / max);
  const ticks = [0, max / 2, max].map((value) => Math.round(value / 10) * 10);
  const everyOther = months.length > 18;
  return (
    <figure className="chart">
    <svg className="monthly-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - 4} y1={y(tick)} y2={y(tick)} stroke="#dfe5e8" strokeWidth={0.8} />
          <text x={left - 5} y={y(tick) + 3} textAnchor="end" fontSize="8" fill="#5b6770">
            {formatInteger(tick)}
          </text>
        </g>
      ))}
      {months.map((m, index) => (
        <g key={m.month}>
          <rect x={left + index * slot + slot * 0.15} y={y(m.hours)} width={slot * 0.7} height={Math.max(0, y(0) - y(m.hours))} fill="#1f6f78" />
          {everyOther && index % 2 === 1 ? null : (
            <text x={left + index * slot + slot / 2} y={height - 8} textAnchor="middle" fontSize="7.5" fill="#5b6770">
              {monthLabel(m.month)}
            </text>
          )}
        </g>
      ))}
      {capacity ? (
        <g>
          <line x1={left} x2={width - 4} y1={y(capacity)} y2={y(capacity)} stroke="#b5542c" strokeWidth={1.2} strokeDasharray="4 3" />
        </g>
      ) : null}
    </svg>
      {capacity ? <figcaption className="small muted">Heures de CDD par mois ; en pointillé orange, un temps plein : {formatInteger(capacity)} h par mois.</figcaption> : null}
    </figure>
  );
}
