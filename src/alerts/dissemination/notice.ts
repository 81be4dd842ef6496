import type { MessageContent } from './channel-texts.ts';
import type { NoticeKind } from './endpoints.ts';

/**
 * A notice to the bodies that follow something other than warnings (the ecology bureau follows the air targets).
 * `key` names what it is about and in which state, so the same notice is queued once however often it is found;
 * it holds no spaces, commas, "<" or "&" (it is part of every idempotency key).
 */
export interface Notice {
  kind: NoticeKind;
  key: string;
  subjectZh: string;
  textZh: string;
  /** The facts behind it, for a receiving system (webhook body). */
  data: Record<string, unknown>;
}

/** A notice as one channel carries it (SMS is the public's, under the full-network rule: never a notice). */
export function noticeContent(kind: 'email' | 'wecom' | 'webhook', notice: Notice): MessageContent {
  switch (kind) {
    case 'email':
      return { kind, subject: notice.subjectZh, text: notice.textZh, attachments: [] };
    case 'wecom':
      return { kind, markdown: `### ${notice.subjectZh}\n${notice.textZh}` };
    case 'webhook':
      return {
        kind,
        body: { notice: notice.kind, key: notice.key, subject: notice.subjectZh, text: notice.textZh, ...notice.data },
      };
  }
}
