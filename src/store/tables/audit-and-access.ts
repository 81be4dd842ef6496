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
  /** HMAC-SHA256 of `hash` with the audit key (docs/ARCHITECTURE.md); null when written without a key. */
  mac: string | null;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  mac: string | null;
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
  deactivated_at: string | null;
  password_changed_at: string | null;
}

/** Login sessions and API tokens: only a hash of the secret is kept. */
export interface UserCredentialsTable {
  /** Public id, shown in token lists and used to revoke. */
  id: string;
  token_hash: string;
  user_id: string;
  kind: 'session' | 'api-token';
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** Failed sign-ins of one username (`user:<name>`) or address (`address:<ip>`), for the temporary lockout. */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  first_at: string;
  locked_until: string | null;
}

export interface AuditAndAccessTables {
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  users: UsersTable;
  user_credentials: UserCredentialsTable;
}
