import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { oneAtATime, type ChannelSender } from './sender.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send in clear text when the server does not offer STARTTLS. */
  requireTLS: boolean;
  user: string | undefined;
  pass: string | undefined;
  from: string;
  timeoutMs: number;
}

export interface EmailEndpoint {
  id: string;
  rate: { perSecond: number; burst: number };
}

/**
 * Email over SMTP. The Message-ID is derived from the idempotency key, so a mail resent after a crash carries
 * the same Message-ID and a mail system that drops duplicates by Message-ID delivers it once; the key itself
 * goes in an X-Idempotency-Key header.
 */
export function emailSender(endpoint: EmailEndpoint, transport: Transporter, smtp: SmtpSettings): ChannelSender {
  const domain = smtp.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'nuancheng';
  return oneAtATime('email', endpoint, async (content, message) => {
    try {
      const info = (await transport.sendMail({
        from: smtp.from,
        to: message.recipient,
        subject: content.subject,
        text: content.text,
        attachments: content.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: 'application/cap+xml',
        })),
        messageId: `<${createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`,
        headers: { 'X-Idempotency-Key': message.idempotencyKey },
      })) as { messageId: string; response: string; rejected: unknown[] };
      if (info.rejected.length > 0) return { ok: false, permanent: true, error: `refused: ${info.response}` };
      return { ok: true, receipt: { messageId: info.messageId, response: info.response } };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // SMTP 5xx is a refusal (unknown mailbox, policy); 4xx and a lost connection are worth another try.
      return { ok: false, permanent: code !== undefined && code >= 500, error: (error as Error).message };
    }
  });
}

/** One pooled connection per SMTP server, shared by the email endpoints. */
export function smtpTransport(smtp: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    pool: true,
    maxConnections: 2,
    connectionTimeout: smtp.timeoutMs,
    greetingTimeout: smtp.timeoutMs,
    socketTimeout: smtp.timeoutMs,
  });
}
