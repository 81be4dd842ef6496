import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/** The loaded plans (id → title), so the ledger names a plan as its document does, never by a code. */
export function usePlans() {
  return useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/api/plans')), staleTime: Infinity });
}

export function usePlanTitle(): (id: string) => string {
  const plans = usePlans();
  return (id) => plans.data?.plans.find((plan) => plan.id === id)?.title ?? id;
}
