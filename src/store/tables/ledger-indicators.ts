/** The unit that answers for a plan target (assigned by the plan's coordinator, recorded with who and when). */
export interface LedgerIndicatorUnitsTable {
  plan_id: string;
  target_id: string;
  /** The unit's full name in the city unit registry. */
  unit: string;
  assigned_at: string;
  assigned_by: string;
}

/** One reported value of a target: the figure for a period, its source and evidence. Append-only. */
export interface LedgerIndicatorValuesTable {
  id: string;
  plan_id: string;
  target_id: string;
  /** The unit that reported (the target's unit at the time). */
  unit: string;
  /** The period as the unit names it ("2025年上半年", "2025-06"). */
  period: string;
  /** The last day of the period (ISO date): what the trajectory is read against. */
  period_end: string;
  value: number;
  /** Where the figure comes from (统计年报, 业务系统, 监测报告…). */
  source: string;
  /** The evidence: a document number, a file name with its hash, or an address. */
  evidence: string;
  note: string | null;
  reported_at: string;
  reported_by: string;
  plan_version: string;
  plan_hash: string;
}

export interface LedgerIndicatorTables {
  ledger_indicator_units: LedgerIndicatorUnitsTable;
  ledger_indicator_values: LedgerIndicatorValuesTable;
}
