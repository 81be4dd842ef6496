import type { ChannelSender } from './channels/sender.ts';
import { emailSender, smtpTransport, type SmtpSettings } from './channels/email.ts';
import { smsGatewaySender } from './channels/sms-gateway.ts';
import { webhookSender } from './channels/webhook.ts';
import { wecomSender } from './channels/wecom.ts';
import { resolveSecret, type LoadedChannels, type Secret } from './channels-config.ts';

/** One sender per configured endpoint; the email endpoints share one pooled SMTP connection. */
export function buildSenders({ source, config, env }: LoadedChannels): ChannelSender[] {
  // The refusal names where the configuration came from, as every other refusal of it does.
  const secret = (value: Secret, path: string) => resolveSecret(value, env, `${source}: ${path}`);
  const smtp: SmtpSettings | undefined = config.smtp && {
    ...config.smtp,
    user: config.smtp.user,
    pass: config.smtp.pass === undefined ? undefined : secret(config.smtp.pass, 'smtp.pass'),
  };
  const transport =
    smtp && config.endpoints.some((endpoint) => endpoint.kind === 'email') ? smtpTransport(smtp) : undefined;
  const senders = config.endpoints.map((endpoint, index): ChannelSender => {
    const at = `endpoints[${index}]`;
    const rate = { perSecond: endpoint.ratePerSecond, burst: endpoint.burst };
    switch (endpoint.kind) {
      case 'webhook':
        return webhookSender({
          id: endpoint.id,
          url: endpoint.url,
          secret: secret(endpoint.secret, `${at}.secret`),
          timeoutMs: endpoint.timeoutMs,
          rate,
        });
      case 'wecom':
        return wecomSender({ id: endpoint.id, url: endpoint.url, timeoutMs: endpoint.timeoutMs, rate });
      case 'email':
        return emailSender({ id: endpoint.id, rate }, transport!, smtp!);
      case 'sms':
        return smsGatewaySender({
          id: endpoint.id,
          url: endpoint.url,
          token: endpoint.token && secret(endpoint.token, `${at}.token`),
          secret: endpoint.secret && secret(endpoint.secret, `${at}.secret`),
          batchSize: endpoint.batchSize,
          concurrency: endpoint.concurrency,
          timeoutMs: endpoint.timeoutMs,
          rate,
        });
    }
  });
  if (transport && senders.length > 0) {
    // The pooled connection is closed once, with the first sender's close.
    const first = senders[0]!;
    const closeFirst = first.close;
    senders[0] = {
      ...first,
      close: async () => {
        await closeFirst?.();
        transport.close();
      },
    };
  }
  return senders;
}
