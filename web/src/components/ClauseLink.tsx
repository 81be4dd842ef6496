import { Link } from 'react-router';

/** A clause of a plan, linking to its section in 政策文件 (the anchor is the section that holds it). */
export function ClauseLink({ clause, plan = 'meteo-2024' }: { clause: string; plan?: string }) {
  return (
    <Link to={`/policy?plan=${encodeURIComponent(plan)}&clause=${encodeURIComponent(clause)}`} className="clause-link">
      预案 {clause}
    </Link>
  );
}
