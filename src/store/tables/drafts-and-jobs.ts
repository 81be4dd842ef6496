export interface WarningDraftsTable {
  id: string;
  assessment_id: string;
  action: 'issue' | 'update' | 'cancel';
  hazard: string;
  level: string | null;
  /** JSON list of GB/T 2260 codes. */
  area_codes: string;
  expires: string | null;
  /** The warning in force an update or cancel is about. */
  warning_id: string | null;
  /** JSON list: what an update changes (level, area). */
  reasons: string;
  clause: string;
  state: 'draft' | 'confirmed' | 'cancelled' | 'superseded';
  open_key: string | null;
  created_at: string;
  created_by: string;
  decided_at: string | null;
  decided_by: string | null;
  message_id: string | null;
  plan_version: string;
  plan_hash: string;
}

export interface JobLeasesTable {
  name: string;
  /** The last slot (a multiple of the job's period) a server started. */
  slot: number;
  holder: string | null;
  lease_until: string | null;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_error: string | null;
}

export interface DraftAndJobTables {
  warning_drafts: WarningDraftsTable;
  job_leases: JobLeasesTable;
}
