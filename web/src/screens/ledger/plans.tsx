import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api, call } from '../../api/client';

/** The loaded plans (id → title), so the ledger names a plan as its document does, never by a code. */
export function usePlans() {
  return useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/api/plans')), staleTime: Infinity });
}

/** A filter by plan, each named by its title; `ids` narrows the choice (default: every loaded plan). */
export function PlanSelect({
  value,
  onChange,
  ids,
}: {
  value: string | undefined;
  onChange: (plan: string | undefined) => void;
  ids?: readonly string[];
}) {
  const plans = usePlans();
  const shown = (plans.data?.plans ?? []).filter((plan) => !ids || ids.includes(plan.id));
  return (
    <Select
      aria-label="预案"
      allowClear
      placeholder="全部预案"
      value={value}
      onChange={onChange}
      style={{ width: 320 }}
      options={shown.map((plan) => ({ value: plan.id, label: plan.title }))}
    />
  );
}
