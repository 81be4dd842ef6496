import { Link } from 'react-router';
import { useTerms } from '../app/terms';

/** A clause of a plan (the meteorological plan unless named), linking to its section in 政策文件. */
export function ClauseLink({ clause, plan }: { clause: string; plan?: string }) {
  const terms = useTerms();
  const planId = plan ?? terms.data?.plan.id;
  const query = `${planId ? `plan=${encodeURIComponent(planId)}&` : ''}clause=${encodeURIComponent(clause)}`;
  return (
    <Link to={`/policy?${query}`} className="clause-link">
      预案 {clause}
    </Link>
  );
}
