import { answerExcerpt, httpOutcome, postJson } from './http-post.ts';
import { oneAtATime, type ChannelSender } from './sender.ts';

export interface WecomEndpoint {
  id: string;
  /** The group bot's webhook address (…/cgi-bin/webhook/send?key=…). */
  url: string;
  timeoutMs: number;
  rate: { perSecond: number; burst: number };
}

// The bot answers HTTP 200 with an errcode; these mean "busy" or "too often" and are worth retrying.
const retryableErrcodes = new Set([-1, 45009, 45033]);

/**
 * A WeChat Work (企业微信) group bot. It knows no idempotency key, so a resend after a crash may post twice in
 * the group: the key still goes in a header for a relay in front of the bot that honours it.
 */
export function wecomSender(endpoint: WecomEndpoint): ChannelSender {
  return oneAtATime('wecom', endpoint, async (content, message) => {
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: content.markdown } });
    const answer = await postJson(
      endpoint.url,
      body,
      { 'idempotency-key': message.idempotencyKey },
      endpoint.timeoutMs,
    );
    if ('failure' in answer) return { ok: false, permanent: false, error: answer.failure };
    if (answer.status !== 200) return httpOutcome(answer, answerExcerpt);
    const reply = parseReply(answer.text);
    if (reply.errcode === 0) return { ok: true, receipt: { status: answer.status, errcode: 0, errmsg: reply.errmsg } };
    return {
      ok: false,
      permanent: !retryableErrcodes.has(reply.errcode),
      error: `errcode ${reply.errcode}: ${reply.errmsg}`,
    };
  });
}

function parseReply(text: string): { errcode: number; errmsg: string } {
  try {
    const json = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
    return {
      errcode: typeof json.errcode === 'number' ? json.errcode : -1,
      errmsg: String(json.errmsg ?? text.slice(0, 200)),
    };
  } catch {
    return { errcode: -1, errmsg: `not JSON: ${text.slice(0, 200)}` };
  }
}
