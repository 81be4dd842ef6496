import { describe, expect, it } from 'vitest';
import { DeadlineError, deadlineOfDateCell, parseDeadline } from './deadline.ts';
import { shanghaiDate, trafficLight } from './lights.ts';

const on = (text: string, year = 2025) => parseDeadline(text, year).date;

describe('contract 完成时限: Chinese deadlines', () => {
  it('a month is its last day: 2025年6月底, 2025年6月, 2024年2月底 (leap year)', () => {
    expect(on('2025年6月底')).toBe('2025-06-30');
    expect(on('2025年6月')).toBe('2025-06-30');
    expect(on('2024年2月底')).toBe('2024-02-29');
    expect(on('2025年2月')).toBe('2025-02-28');
  });

  it('a day is that day: 2025年12月31日, 2025-12-31, a date cell', () => {
    expect(on('2025年12月31日')).toBe('2025-12-31');
    expect(on('2025-12-31')).toBe('2025-12-31');
    expect(deadlineOfDateCell(new Date(Date.UTC(2025, 8, 30)))).toEqual({ ongoing: false, date: '2025-09-30' });
  });

  it('年底 is 12-31, with the sheet’s year when the cell has none; 上半年 06-30, 下半年 12-31', () => {
    expect(on('2025年底')).toBe('2025-12-31');
    expect(on('年底前', 2026)).toBe('2026-12-31');
    expect(on('2025年上半年')).toBe('2025-06-30');
    expect(on('下半年', 2027)).toBe('2027-12-31');
  });

  it('a quarter is its last day: 2025年第三季度, 三季度末, 第一季度', () => {
    expect(on('2025年第三季度')).toBe('2025-09-30');
    expect(on('三季度末')).toBe('2025-09-30');
    expect(on('第一季度', 2026)).toBe('2026-03-31');
    expect(on('2025年第四季度前')).toBe('2025-12-31');
  });

  it('settled: a trailing 前 on any form; a year in the cell may differ from the sheet’s', () => {
    expect(on('2025年6月底前')).toBe('2025-06-30');
    expect(on('2026年12月31日前', 2025)).toBe('2026-12-31');
    expect(on('2025年上半年前')).toBe('2025-06-30');
  });

  it('长期坚持, 持续推进, 长期 are ongoing, without a deadline', () => {
    for (const text of ['长期坚持', '持续推进', '长期', ' 长期坚持 '])
      expect(parseDeadline(text, 2025)).toEqual({ ongoing: true, date: null });
  });

  it('anything else is refused, naming the text: 尽快, 2025年13月, 2025年2月30日, 2025-02-30, 第五季度', () => {
    for (const text of ['尽快', '2025年13月', '2025年2月30日', '2025-02-30', '第五季度', '', '6月中旬', '长期坚持前'])
      expect(() => parseDeadline(text, 2025), text).toThrow(DeadlineError);
    expect(() => parseDeadline('尽快', 2025)).toThrow('not a date: "尽快"');
  });
});

describe('contract light: red overdue, yellow within the warning period (inclusive), green otherwise', () => {
  const task = (deadline: string | null, node: '办理' | '办结销号' = '办理') => ({
    deadline,
    ongoing: deadline === null,
    node,
  });

  it('settled: the Asia/Shanghai date decides (16:00 UTC is the next day in Shanghai)', () => {
    expect(shanghaiDate(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(shanghaiDate(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
    expect(trafficLight(task('2025-06-30'), shanghaiDate(new Date('2025-06-30T16:00:00Z')), 14)).toBe('red');
  });

  it('settled: yellow on the deadline day and 14 days before it, green on the 15th', () => {
    expect(trafficLight(task('2025-06-30'), '2025-06-30', 14)).toBe('yellow');
    expect(trafficLight(task('2025-06-30'), '2025-06-16', 14)).toBe('yellow');
    expect(trafficLight(task('2025-06-30'), '2025-06-15', 14)).toBe('green');
    expect(trafficLight(task('2025-06-30'), '2025-06-25', 3)).toBe('green');
  });

  it('settled: ongoing and closed tasks are green, even past the deadline', () => {
    expect(trafficLight(task(null), '2030-01-01', 14)).toBe('green');
    expect(trafficLight(task('2025-06-30', '办结销号'), '2025-08-01', 14)).toBe('green');
    expect(trafficLight(task('2025-06-30'), '2025-08-01', 14)).toBe('red');
  });
});
