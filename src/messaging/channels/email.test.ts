import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import type { MessageContent } from '../../alerts/dissemination/channel-texts.ts';
import { emailSender, smtpTransport, type SmtpSettings } from './email.ts';
import type { OutgoingPayload } from './sender.ts';

const content: MessageContent = {
  kind: 'email',
  subject: '【首报】暴雨橙色预警(报市委、市人民政府)',
  text: '暴雨橙色预警\n\n首报:报市委、市人民政府\n',
  attachments: [{ filename: 'CN-1.cap.xml', content: '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>' }],
};
const payload: OutgoingPayload = {
  id: 'p1',
  warningId: 'msg-1',
  identifier: 'CN-1',
  endpointId: 'gov-mail',
  purpose: 'firstReport',
  content,
};

function settings(port: number): SmtpSettings {
  return {
    host: '127.0.0.1',
    port,
    secure: false,
    requireTLS: false,
    user: undefined,
    pass: undefined,
    from: 'warnings@ordos.example',
    timeoutMs: 5000,
  };
}

function decodedSubject(data: string): string {
  const header = /^Subject: ((?:.*(?:\r\n[ \t].*)*))/m.exec(data)![1]!;
  return header
    .replace(/\r\n[ \t]/g, ' ')
    .split(' ')
    .map((word) => {
      const encoded = /^=\?UTF-8\?([BQ])\?(.*)\?=$/i.exec(word);
      if (!encoded) return word;
      return encoded[1]!.toUpperCase() === 'B'
        ? Buffer.from(encoded[2]!, 'base64').toString('utf8')
        : Buffer.from(
            encoded[2]!
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8');
    })
    .join('');
}

describe('email over SMTP', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('hands the mail to a real SMTP server, with a Message-ID that follows from the idempotency key', async () => {
    const smtp = await startSmtpReceiver();
    close = smtp.close;
    const transport = smtpTransport(settings(smtp.port));
    const sender = emailSender({ id: 'gov-mail', rate: { perSecond: 5, burst: 5 } }, transport, settings(smtp.port));
    const message = { recipient: 'office@ordos.example', idempotencyKey: 'CN-1/gov-mail/office@ordos.example' };
    const first = await sender.send(payload, [message]);
    const again = await sender.send(payload, [message]);
    transport.close();
    expect(first).toMatchObject({ ok: true, receipt: { response: '250 OK queued as 1' } });
    expect(again.ok).toBe(true);
    expect(smtp.mails).toHaveLength(2);
    const [mail, resent] = smtp.mails;
    expect(mail!.to).toEqual(['office@ordos.example']);
    expect(decodedSubject(mail!.data)).toBe(content.subject);
    expect(mail!.data).toContain('X-Idempotency-Key: CN-1/gov-mail/office@ordos.example');
    expect(mail!.data).toContain('filename=CN-1.cap.xml');
    const messageId = (data: string) => /^Message-ID: (.*)$/im.exec(data)![1];
    expect(messageId(mail!.data)).toMatch(/^<[0-9a-f]{32}@ordos\.example>$/);
    expect(messageId(resent!.data)).toBe(messageId(mail!.data));
  });

  it('a 5xx refusal is final; a 4xx is worth another try', async () => {
    const smtp = await startSmtpReceiver((address) =>
      address.startsWith('gone') ? '550 no such mailbox' : '451 try again later',
    );
    close = smtp.close;
    const transport = smtpTransport(settings(smtp.port));
    const sender = emailSender({ id: 'gov-mail', rate: { perSecond: 5, burst: 5 } }, transport, settings(smtp.port));
    const gone = await sender.send(payload, [{ recipient: 'gone@ordos.example', idempotencyKey: 'k1' }]);
    const busy = await sender.send(payload, [{ recipient: 'busy@ordos.example', idempotencyKey: 'k2' }]);
    transport.close();
    expect(gone).toMatchObject({ ok: false, permanent: true });
    expect(busy).toMatchObject({ ok: false, permanent: false });
    expect(smtp.mails).toEqual([]);
  });
});
