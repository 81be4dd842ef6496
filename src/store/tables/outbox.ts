/** A configured endpoint as routing sees it; addresses and secrets of the transports stay in the configuration. */
export interface OutboxEndpointsTable {
  id: string;
  kind: string;
  /** JSON array of 3.3.4 channel keys. */
  channels: string;
  /** JSON array of 3.3.2 bodies. */
  reports_to: string;
  /** JSON array of email addresses. */
  addresses: string;
  /** JSON array of the notice kinds it receives besides warnings (`air-target-risk`). */
  notices: string;
  updated_at: string;
}

/** The public's phones for the full-network SMS (3.3.4), by GB/T 2260 county code. */
export interface SmsSubscribersTable {
  phone: string;
  division_code: string;
}

/** One warning's text for one endpoint, shared by all its messages. */
export interface OutboxPayloadsTable {
  id: string;
  warning_id: string;
  identifier: string;
  endpoint_id: string;
  kind: string;
  purpose: string;
  /** JSON: the channel's content (SMS segments, email subject and body, markdown, webhook body). */
  content: string;
  /** JSON: the clauses and reasons that routed it, for the audit trail. */
  routing: string;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'dead';

/**
 * One message to one recipient, keyed by payload and recipient. Its idempotency key follows from the payload's
 * identifier and endpoint and the recipient and is not stored, so 2.3 million rows stay narrow.
 * A pending message is due at `next_attempt_at`; claiming it moves that time to the end of the claim's lease, so a dispatcher that dies mid-send leaves the
 * message due again once the lease runs out, and no other dispatcher takes it before.
 */
export interface OutboxMessagesTable {
  payload_id: string;
  endpoint_id: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  last_error: string | null;
  receipt: string | null;
  sent_at: string | null;
}

export interface OutboxTables {
  outbox_endpoints: OutboxEndpointsTable;
  sms_subscribers: SmsSubscribersTable;
  outbox_payloads: OutboxPayloadsTable;
  outbox_messages: OutboxMessagesTable;
}
