import { daysBetween } from './lights.ts';
import type { LedgerLight, LedgerNode } from './nodes.ts';
import type { LedgerSettings } from './settings.ts';

/**
 * Issue #12 item 3: which reminders a task is due at a day. Before the deadline (within `dueWithinDays`) the lead
 * unit's liaison is reminded; once it has passed, the liaison gets an overdue notice; still open
 * `escalateAfterOverdueDays` after it, the unit's head is told. Each kind once per deadline (the store's key).
 */
export type ReminderKind = 'due' | 'overdue' | 'escalation';
export type ContactKind = 'liaison' | 'head';

export interface ReminderTask {
  deadline: string | null;
  ongoing: boolean;
  node: LedgerNode;
}

/** Who a reminder of each kind goes to. */
export const reminderAudience: Record<ReminderKind, ContactKind> = {
  due: 'liaison',
  overdue: 'liaison',
  escalation: 'head',
};

export function dueReminders(task: ReminderTask, today: string, settings: LedgerSettings['reminders']): ReminderKind[] {
  // A closed task (办结销号) and an ongoing one (长期坚持, no deadline) are never reminded.
  if (task.node === '办结销号' || task.ongoing || task.deadline === null) return [];
  const left = daysBetween(today, task.deadline);
  if (left >= 0) return left <= settings.dueWithinDays ? ['due'] : [];
  return -left >= settings.escalateAfterOverdueDays ? ['overdue', 'escalation'] : ['overdue'];
}

/** The latest deadline a task may have to be due any reminder today (the store's filter). */
export function reminderHorizon(today: string, settings: LedgerSettings['reminders']): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + settings.dueWithinDays * 86_400_000).toISOString().slice(0, 10);
}

export interface ContactAddresses {
  phone: string | null;
  email: string | null;
}

/** The configured channel when the contact has an address for it, the other one otherwise. */
export function reminderAddress(
  contact: ContactAddresses,
  preferred: 'sms' | 'email',
): { channel: 'sms' | 'email'; address: string } {
  const sms = contact.phone ? { channel: 'sms' as const, address: contact.phone } : null;
  const email = contact.email ? { channel: 'email' as const, address: contact.email } : null;
  const chosen = preferred === 'sms' ? (sms ?? email) : (email ?? sms);
  // A stored contact always has one of the two (checked when it is set).
  if (!chosen) throw new Error('a contact without phone or e-mail');
  return chosen;
}

export interface ReminderFacts {
  planTitle: string;
  number: string;
  measureClause: string;
  text: string;
  deadline: string;
  unit: string;
  light: LedgerLight;
}

const lightZh: Record<LedgerLight, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
const textLimit = 40;

/** The reminder's subject and text (zh-CN): what the task is, its deadline and light, and what to do. */
export function reminderMessage(kind: ReminderKind, facts: ReminderFacts, today: string) {
  const text = facts.text.length > textLimit ? `${facts.text.slice(0, textLimit)}…` : facts.text;
  const task = `${facts.planTitle}台账序号${facts.number}(措施${facts.measureClause})「${text}」`;
  const days = daysBetween(today, facts.deadline);
  const light = lightZh[facts.light];
  switch (kind) {
    case 'due':
      return {
        subjectZh: `台账任务临期提醒:序号${facts.number}`,
        textZh: `【暖城督查督办】${facts.unit}:${task}完成时限${facts.deadline},还剩${days}天(${light})。请抓紧办理并按时反馈。`,
      };
    case 'overdue':
      return {
        subjectZh: `台账任务逾期通知:序号${facts.number}`,
        textZh: `【暖城督查督办】${facts.unit}:${task}完成时限${facts.deadline},已逾期${-days}天(${light})。请尽快办理并反馈说明。`,
      };
    case 'escalation':
      return {
        subjectZh: `台账任务逾期督办:序号${facts.number}`,
        textZh: `【暖城督查督办】${facts.unit}负责同志:贵单位牵头的${task}完成时限${facts.deadline},已逾期${-days}天(${light})仍未办结销号,请督促办理。`,
      };
  }
}

/** 11-digit mainland mobile numbers (1 then 3–9 then nine digits). */
export const MOBILE = /^1[3-9]\d{9}$/;
export const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
