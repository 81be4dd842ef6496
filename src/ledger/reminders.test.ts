import { describe, expect, it } from 'vitest';
import { dueReminders, reminderAddress, reminderHorizon, reminderMessage, MOBILE, EMAIL } from './reminders.ts';

const settings = { dueWithinDays: 14, escalateAfterOverdueDays: 7, channel: 'email' as const };
const open = (deadline: string | null) => ({ deadline, ongoing: false, node: '办理' as const });

describe('issue #12 item 3: which reminder a task is due', () => {
  it('before the warning period: none', () => {
    expect(dueReminders(open('2025-06-30'), '2025-06-15', settings)).toEqual([]);
  });
  it('within the warning period (inclusive) and on the day: the liaison is reminded', () => {
    expect(dueReminders(open('2025-06-30'), '2025-06-16', settings)).toEqual(['due']);
    expect(dueReminders(open('2025-06-30'), '2025-06-30', settings)).toEqual(['due']);
  });
  it('past the deadline: the overdue notice', () => {
    expect(dueReminders(open('2025-06-30'), '2025-07-01', settings)).toEqual(['overdue']);
    expect(dueReminders(open('2025-06-30'), '2025-07-06', settings)).toEqual(['overdue']);
  });
  it('overdue for the escalation delay: the head too', () => {
    expect(dueReminders(open('2025-06-30'), '2025-07-07', settings)).toEqual(['overdue', 'escalation']);
  });
  it('办结销号, 长期坚持 and no deadline: never', () => {
    expect(dueReminders({ ...open('2025-06-30'), node: '办结销号' }, '2025-07-30', settings)).toEqual([]);
    expect(dueReminders({ ...open(null), ongoing: true }, '2025-07-30', settings)).toEqual([]);
  });
  it('the horizon is the last deadline due today', () => {
    expect(reminderHorizon('2025-06-16', settings)).toBe('2025-06-30');
  });
  it('the configured channel when the contact has it, the other otherwise', () => {
    expect(reminderAddress({ phone: '13800138000', email: 'a@b.cn' }, 'email')).toEqual({
      channel: 'email',
      address: 'a@b.cn',
    });
    expect(reminderAddress({ phone: '13800138000', email: 'a@b.cn' }, 'sms')).toEqual({
      channel: 'sms',
      address: '13800138000',
    });
    expect(reminderAddress({ phone: '13800138000', email: null }, 'email')).toEqual({
      channel: 'sms',
      address: '13800138000',
    });
  });
  it('the message names 序号, measure, deadline, days and light', () => {
    const facts = {
      planTitle: '空气',
      number: '3',
      measureClause: '二(一)1',
      text: '整治',
      deadline: '2025-06-30',
      unit: '市生态环境局',
      light: 'red' as const,
    };
    expect(reminderMessage('overdue', facts, '2025-07-02').textZh).toBe(
      '【暖城督查督办】市生态环境局:空气台账序号3(措施二(一)1)「整治」完成时限2025-06-30,已逾期2天(红灯)。请尽快办理并反馈说明。',
    );
  });
  it('addresses: 11-digit mainland mobiles and e-mail', () => {
    expect(MOBILE.test('13800138000')).toBe(true);
    expect(MOBILE.test('12800138000')).toBe(false);
    expect(MOBILE.test('1380013800')).toBe(false);
    expect(EMAIL.test('a@b.cn')).toBe(true);
    expect(EMAIL.test('a@b')).toBe(false);
  });
});
