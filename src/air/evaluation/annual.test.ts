import { describe, expect, it } from 'vitest';
import { GOOD, HEAVY, LIGHT, setDay, yearOfDays } from '../../../test/support/air-days.ts';
import { monthStarts } from '../calendar.ts';
import { annualFigures } from './annual.ts';
import { percentileRounded } from './percentile.ts';

/** A 2025 year whose month m has `perMonth[m]` good days, from the 1st on. */
function yearWith(perMonth: number[]): Float64Array {
  const days = yearOfDays(365);
  const starts = monthStarts(2025);
  perMonth.forEach((count, month) => {
    for (let d = 0; d < count; d++) setDay(days, starts[month]! + d, GOOD);
  });
  return days;
}

describe('HJ 663-2013 表 2: an annual figure needs 324 daily values, 27 in every month, 25 in February', () => {
  it('324 days (27 in every month) are enough; 323 are not', () => {
    expect(annualFigures(yearWith(Array(12).fill(27)), 2025).incomplete).toEqual([]);
    // Every month complete (February 25, January 28), 323 in all: the year falls short.
    const perMonth = [28, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27];
    expect(perMonth.reduce((a, b) => a + b)).toBe(323);
    const figures = annualFigures(yearWith(perMonth), 2025);
    expect(figures.validDays).toBe(323);
    expect(figures.incomplete).toEqual(['pm25', 'pm10', 'so2', 'no2', 'coP95', 'o3P90']);
    perMonth[2] = 28;
    expect(annualFigures(yearWith(perMonth), 2025).incomplete).toEqual([]);
  });

  it('every month needs 27: 324 days with June at 26 are incomplete', () => {
    const short = Array(12).fill(27);
    short[5] = 26;
    short[6] = 28;
    expect(annualFigures(yearWith(short), 2025).incomplete).toEqual(['pm25', 'pm10', 'so2', 'no2', 'coP95', 'o3P90']);
  });

  it('February needs 25 (24 is not enough, even with 324 days in the year)', () => {
    const perMonth = [28, 24, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
    expect(perMonth.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(324);
    expect(annualFigures(yearWith(perMonth), 2025).incomplete).toContain('pm25');
    perMonth[1] = 25;
    expect(annualFigures(yearWith(perMonth), 2025).incomplete).toEqual([]);
  });

  it('an incomplete figure is still reported', () => {
    const figures = annualFigures(yearWith([10]), 2025);
    expect(figures.pm25).toBe(20);
    expect(figures.incomplete).toContain('pm25');
  });
});

describe('HJ 663-2013 5: annual means and percentiles, rounded half-to-even', () => {
  it('the annual mean of 21 and 22 is 21.5 → 22; of 22 and 23, 22.5 → 22', () => {
    const days = yearOfDays(365);
    setDay(days, 0, { ...GOOD, pm25: 21 });
    setDay(days, 1, { ...GOOD, pm25: 22 });
    expect(annualFigures(days, 2025).pm25).toBe(22);
    setDay(days, 0, { ...GOOD, pm25: 23 });
    expect(annualFigures(days, 2025).pm25).toBe(22);
  });

  it('annual means use every valid daily value of the pollutant, also on days that are not valid days', () => {
    const days = yearOfDays(365);
    setDay(days, 0, GOOD);
    setDay(days, 1, { pm25: 40 });
    const figures = annualFigures(days, 2025);
    expect(figures.validDays).toBe(1);
    expect(figures.pm25).toBe(30);
    expect(figures.pm10).toBe(50);
  });

  it('percentile k = 1 + (n − 1)·p: O3 90th of 6 values is X(5) + 0.5·(X(6) − X(5)), ties to even', () => {
    expect(percentileRounded([1, 2, 3, 4, 150, 151], 90)).toBe(150);
    expect(percentileRounded([1, 2, 3, 4, 151, 152], 90)).toBe(152);
  });

  it('percentile: O3 90th of 15 values is X(13) + 0.6·(X(14) − X(13)); of 11 values exactly X(10)', () => {
    const fifteen = [...Array(12).fill(10), 150, 155, 200];
    expect(percentileRounded(fifteen, 90)).toBe(153);
    expect(percentileRounded([1, 2, 3, 4, 5, 6, 7, 8, 9, 99, 100], 90)).toBe(99);
  });

  it('CO 95th of 20 days is X(19) + 0.05·(X(20) − X(19)): 1.8 and 2.8 give 1.85 → 1.8 (to even), 1.9 and 2.9 give 1.95 → 2.0', () => {
    const days = yearOfDays(365);
    for (let d = 0; d < 18; d++) setDay(days, d, { ...GOOD, co: 0.5 });
    setDay(days, 18, { ...GOOD, co: 1.8 });
    setDay(days, 19, { ...GOOD, co: 2.8 });
    expect(annualFigures(days, 2025).coP95).toBe(1.8);
    setDay(days, 18, { ...GOOD, co: 1.9 });
    setDay(days, 19, { ...GOOD, co: 2.9 });
    expect(annualFigures(days, 2025).coP95).toBe(2);
  });

  it('a percentile of one value is that value', () => {
    expect(percentileRounded([42], 90)).toBe(42);
  });
});

describe('good-day and heavy-pollution ratios over valid days, in %, one decimal', () => {
  it('321 good days of 362 valid are 88.7 %; 1 heavy day is 0.3 %', () => {
    const days = yearOfDays(365);
    for (let d = 0; d < 321; d++) setDay(days, d, GOOD);
    for (let d = 321; d < 361; d++) setDay(days, d, LIGHT);
    setDay(days, 361, HEAVY);
    setDay(days, 362, { pm25: 20 });
    const figures = annualFigures(days, 2025);
    expect(figures.validDays).toBe(362);
    expect(figures.goodDayRatio).toBe(88.7);
    expect(figures.heavyDayRatio).toBe(0.3);
  });

  it('AQI 100 is still a good day, 101 is not; AQI 200 is not heavy, 201 is', () => {
    const days = yearOfDays(365);
    setDay(days, 0, { ...GOOD, pm25: 75 });
    setDay(days, 1, { ...GOOD, pm25: 76 });
    setDay(days, 2, { ...GOOD, pm25: 150 });
    setDay(days, 3, { ...GOOD, pm25: 151 });
    const figures = annualFigures(days, 2025);
    expect(figures.goodDayRatio).toBe(25);
    expect(figures.heavyDayRatio).toBe(25);
  });

  it('with no valid day the ratios are null', () => {
    const figures = annualFigures(yearOfDays(365), 2025);
    expect([figures.validDays, figures.goodDayRatio, figures.heavyDayRatio, figures.pm25]).toEqual([
      0,
      null,
      null,
      null,
    ]);
  });
});
