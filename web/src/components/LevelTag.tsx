import { levelOf, useTerms } from '../app/terms';
import { paint } from './levels';

/** A level as the plan names it: always the numeral (Ⅳ–Ⅰ) and the colour's name, never the colour alone. */
export function LevelTag({ level, suffix }: { level: string | null | undefined; suffix?: string }) {
  const terms = useTerms();
  if (!level) return <span className="level-tag level-none">无</span>;
  const entry = levelOf(terms.data, level);
  const { fill, text } = paint(entry?.color);
  return (
    <span
      className="level-tag"
      style={{ background: fill, color: text }}
      data-level={level}
      title={entry ? `${entry.zh}(${entry.colorZh},${entry.severityZh})` : level}
    >
      {entry ? `${entry.zh} ${entry.colorZh}` : level}
      {suffix ? ` ${suffix}` : ''}
    </span>
  );
}

export function HazardName({ hazard }: { hazard: string }) {
  const terms = useTerms();
  return <>{terms.data?.hazards.find((entry) => entry.key === hazard)?.zh ?? hazard}</>;
}
