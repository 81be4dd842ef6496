export interface WarningsTable {
  id: string;
  hazard: string;
  cap_status: 'Actual' | 'Exercise';
  state: 'active' | 'cancelled';
  level: string;
  /** JSON list of GB/T 2260 codes. */
  area_codes: string;
  onset: string;
  expires: string | null;
  latest_message_id: string;
  open_key: string | null;
  created_at: string;
  updated_at: string;
  plan_id: string;
  plan_version: string;
  plan_hash: string;
}

export interface WarningMessagesTable {
  id: string;
  warning_id: string;
  identifier: string;
  sender: string;
  /** CAP form, Beijing time, as in the message. */
  sent: string;
  /** ISO 8601 UTC, for ordering and ranges. */
  sent_at: string;
  msg_type: 'Alert' | 'Update' | 'Cancel';
  cap_status: 'Actual' | 'Exercise';
  hazard: string;
  level: string;
  area_codes: string;
  onset: string | null;
  expires: string | null;
  headline_zh: string;
  description_zh: string;
  references_text: string | null;
  /** JSON list of update reasons (level, area, validity); [] for an Alert or Cancel. */
  reasons: string;
  cap_xml: string;
  audit_seq: number;
  issued_by: string;
  clause: string;
  plan_version: string;
  plan_hash: string;
}

export interface WarningTables {
  warnings: WarningsTable;
  warning_messages: WarningMessagesTable;
}
