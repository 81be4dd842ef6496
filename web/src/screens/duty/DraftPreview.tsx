import type { GetResult } from '../../api/client';

type Preview = NonNullable<GetResult<'/api/warning-drafts/{id}'>['preview']>;
type Channel = Preview['channels'][number];

const channelZh: Record<Channel['kind'], string> = {
  sms: '短信',
  email: '电子邮件',
  wecom: '企业微信',
  webhook: '网站与接口(Webhook)',
};

/** Why the plan sends this warning to every phone in the area (3.3.4). */
const fullNetworkReasonZh: Record<string, string> = {
  hazard: '此灾种须全网发布',
  majorImpact: '会商研判影响重大',
};

function ChannelText({ channel }: { channel: Channel }) {
  switch (channel.kind) {
    case 'sms':
      return (
        <ol className="sms-segments" aria-label={`短信正文,共 ${channel.segments.length} 条`}>
          {channel.segments.map((segment, index) => (
            <li key={index} data-testid="sms-segment">
              <span className="sms-count">
                第 {index + 1}/{channel.segments.length} 条 · {[...segment].length} 字
              </span>
              <span>{segment}</span>
            </li>
          ))}
        </ol>
      );
    case 'email':
      return (
        <>
          <p>
            <strong>主题:</strong>
            {channel.subject}
          </p>
          <pre className="payload">{channel.text}</pre>
        </>
      );
    case 'wecom':
      return <pre className="payload">{channel.markdown}</pre>;
    case 'webhook':
      return <pre className="payload">{JSON.stringify(channel.body, null, 2)}</pre>;
  }
}

/**
 * What confirming a draft would publish, exactly as the server composes it: the headline and text, who gets the
 * first report (3.3.2), whether full-network SMS goes out (3.3.4), each channel's own text (SMS in segments of at
 * most 70 characters) and the CAP 1.2 message itself.
 */
export function DraftPreview({ preview }: { preview: Preview }) {
  const sms = preview.channels.find((channel) => channel.kind === 'sms');
  const others = preview.channels.filter((channel) => channel.kind !== 'sms');
  return (
    <div className="draft-preview" data-testid="draft-preview">
      <p>
        <strong>{preview.headlineZh}</strong>
      </p>
      <p>{preview.descriptionZh}</p>
      <ul className="compact-list">
        <li>
          首报:报{preview.firstReport.to.join('、')}(预案 {preview.firstReport.clause})
        </li>
        <li data-testid="full-network-sms">
          全网短信:
          {preview.fullNetworkSms.send
            ? `发布(${fullNetworkReasonZh[preview.fullNetworkSms.reason ?? ''] ?? ''},预案 ${preview.fullNetworkSms.clause})`
            : `不发布(该灾种不在全网发布之列,且未研判为影响重大;预案 ${preview.fullNetworkSms.clause})`}
        </li>
      </ul>
      {sms && (
        <>
          <h4>
            {channelZh.sms}(共 {sms.kind === 'sms' ? sms.segments.length : 0} 条,每条不超过 70 字)
          </h4>
          <ChannelText channel={sms} />
        </>
      )}
      {others.map((channel) => (
        <details key={channel.kind}>
          <summary>{channelZh[channel.kind]}的正文</summary>
          <ChannelText channel={channel} />
        </details>
      ))}
      <details>
        <summary>CAP 1.2 消息</summary>
        <pre className="payload" data-testid="cap-preview">
          {preview.capXml}
        </pre>
      </details>
    </div>
  );
}
