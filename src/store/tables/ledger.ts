import type { LedgerNode } from '../../ledger/nodes.ts';

/** One task of a plan's yearly ledger (督查督办台账): identified by plan, year and 序号. */
export interface LedgerTasksTable {
  id: string;
  plan_id: string;
  year: number;
  /** 序号 as written ("3", "12-1"). */
  number: string;
  /** 序号 read as a number for ordering (null when it is not one: such tasks sort after the numbered ones). */
  number_order: number | null;
  /** year and 序号 in one sortable number (see `listOrder` in src/ledger/numbers.ts): the list's keyset key. */
  list_order: number;
  /** The plan clause of the action (四(一)) and of the measure (四(一)3) the task details. */
  action_clause: string;
  measure_clause: string;
  /** 具体措施. */
  text: string;
  /** ISO date, null for ongoing tasks (长期坚持). */
  deadline: string | null;
  ongoing: 0 | 1;
  /** The deadline as the sheet wrote it ("2025年6月底前"), kept for the export and the timeline. */
  deadline_text: string;
  expected_result: string | null;
  /** The plan indicator the task moves (a target id of the plan), if any. */
  indicator_ref: string | null;
  node: LedgerNode;
  /** When and by whom each step was reached; null until then (a return clears 反馈 and 复核). */
  set_up_at: string | null;
  set_up_by: string | null;
  assigned_at: string | null;
  assigned_by: string | null;
  signed_at: string | null;
  signed_by: string | null;
  handling_at: string | null;
  feedback_at: string | null;
  feedback_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** Where the task came from: an import (the file name) or the plan's own measures (seed). */
  source: 'import' | 'seed' | 'drill';
  source_ref: string;
  plan_version: string;
  plan_hash: string;
  created_at: string;
  updated_at: string;
}

/** The lead (牵头) and partner (配合) units of a task, in the order the sheet names them. */
export interface LedgerTaskUnitsTable {
  task_id: string;
  role: 'lead' | 'partner';
  position: number;
  /** The unit's full name in the city unit registry. */
  unit: string;
}

/** A task's timeline: every step, progress report, return and re-import, with its time and actor. */
export interface LedgerEventsTable {
  id: string;
  task_id: string;
  /** Position in the task's timeline, from 1. */
  seq: number;
  kind:
    | 'import'
    | 'update'
    | 'seed'
    | 'set-up'
    | 'assign'
    | 'sign'
    | 'progress'
    | 'feedback'
    | 'accept'
    | 'return'
    | 'close'
    | 'drill';
  node_before: LedgerNode | null;
  node_after: LedgerNode;
  at: string;
  actor: string;
  /** A short zh-CN line for the timeline (the reason of a return, the gist of a report). */
  note: string | null;
  /** JSON object: what changed (units, deadline, report id). */
  detail: string;
}

/** A progress report (办理) or the final feedback (反馈) of the lead unit. */
export interface LedgerReportsTable {
  id: string;
  task_id: string;
  kind: 'progress' | 'feedback';
  unit: string;
  text: string;
  at: string;
  actor: string;
}

/** An evidence file of a report; the content is kept under the data folder, named by its sha256. */
export interface LedgerEvidenceTable {
  id: string;
  report_id: string;
  task_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  at: string;
}

/** An evidence file's content, by its sha256 (base64 text: portable across both engines). */
export interface LedgerFilesTable {
  sha256: string;
  size: number;
  content_base64: string;
}

/** A return by the coordinator at 复核, with its reason: the task goes back to 办理. */
export interface LedgerReturnsTable {
  id: string;
  task_id: string;
  reason: string;
  at: string;
  actor: string;
}

/** A reminder put in the outbox for a task, once per task, kind and deadline (the unique key). */
export interface LedgerRemindersTable {
  key: string;
  task_id: string;
  kind: 'due' | 'overdue' | 'escalation';
  deadline: string;
  recipient: string;
  /** The outbox payload the reminder was queued as ('' when nothing could be queued). */
  message_id: string;
  at: string;
  /** queued; no_contact (the unit has no contact of that kind); no_channel (no outbox endpoint for it). */
  status: 'queued' | 'no_contact' | 'no_channel';
  channel: 'sms' | 'email' | '';
  unit_id: string;
}

/** A unit's ledger contacts: its liaison(s) and head, reached by SMS or e-mail. */
export interface UnitContactsTable {
  unit_id: string;
  kind: 'liaison' | 'head';
  name: string;
  phone: string | null;
  email: string | null;
  updated_at: string;
  updated_by: string;
}

export interface LedgerTables {
  ledger_tasks: LedgerTasksTable;
  ledger_task_units: LedgerTaskUnitsTable;
  ledger_events: LedgerEventsTable;
  ledger_reports: LedgerReportsTable;
  ledger_evidence: LedgerEvidenceTable;
  ledger_files: LedgerFilesTable;
  ledger_returns: LedgerReturnsTable;
  ledger_reminders: LedgerRemindersTable;
  unit_contacts: UnitContactsTable;
}
