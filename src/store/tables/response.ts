export interface ResponsesTable {
  id: string;
  plan_id: string;
  plan_version: string;
  plan_hash: string;
  level: string | null;
  highest_level: string;
  hazards: string;
  status: 'active' | 'ended';
  active_key: string | null;
  started_at: string;
  ended_at: string | null;
}

export interface ProposalsTable {
  id: string;
  response_id: string | null;
  order_kind: string;
  from_level: string | null;
  to_level: string | null;
  hazards: string;
  source: string;
  assessment_id: string | null;
  justification: string | null;
  source_reference: string | null;
  condition_clause: string;
  signer_role: string;
  proposed_by: string;
  proposed_at: string;
  status: string;
  pending_key: string | null;
  decided_by: string | null;
  decided_at: string | null;
  rejection_reason: string | null;
  plan_version: string;
  plan_hash: string;
}

export interface OrdersTable {
  id: string;
  response_id: string;
  proposal_id: string;
  kind: string;
  from_level: string | null;
  to_level: string | null;
  title: string;
  signer_role: string;
  signed_by: string;
  signed_at: string;
  clause: string;
  plan_version: string;
  plan_hash: string;
}

export interface UnitTasksTable {
  id: string;
  response_id: string;
  order_id: string;
  unit_id: string;
  unit_name: string;
  level: string;
  duties: string;
  due_at: string;
  status: 'open' | 'acknowledged' | 'superseded' | 'closed';
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  escalated_at: string | null;
}

export interface ReportObligationsTable {
  id: string;
  response_id: string;
  order_id: string;
  kind: string;
  to_bodies: string;
  due_at: string | null;
  clause: string;
  text: string;
  filed_at: string | null;
  filed_by: string | null;
  content: string | null;
}

export interface UnitReportsTable {
  id: string;
  response_id: string;
  unit_id: string;
  kind: string;
  content: string;
  filed_by: string;
  filed_at: string;
}

export interface AftermathRecordsTable {
  response_id: string;
  record: string;
  clause: string;
  recorded_by: string;
  recorded_at: string;
}

export interface MemberUnitsTable {
  id: string;
  name: string;
  plan_id: string;
  plan_hash: string;
}

export interface ResponseTables {
  member_units: MemberUnitsTable;
  responses: ResponsesTable;
  proposals: ProposalsTable;
  orders: OrdersTable;
  unit_tasks: UnitTasksTable;
  report_obligations: ReportObligationsTable;
  unit_reports: UnitReportsTable;
  aftermath_records: AftermathRecordsTable;
}
