export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_id: string | null;
  password_hash: string;
  active: number;
  created_at: string;
}

/** Login sessions and API tokens: only a hash of the secret is kept. */
export interface UserCredentialsTable {
  token_hash: string;
  user_id: string;
  kind: 'session' | 'api-token';
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AuditAndAccessTables {
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  users: UsersTable;
  user_credentials: UserCredentialsTable;
}
