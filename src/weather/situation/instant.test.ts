import { describe, expect, it } from 'vitest';
import { monthDay, parseInstant } from './instant.ts';

describe('dates of a situation in Asia/Shanghai', () => {
  it.each([
    ['2025-07-20T08:00:00+08:00', '07-20'],
    ['2025-07-19T16:00:00Z', '07-20'],
    ['2025-07-19T15:59:59.999Z', '07-19'],
    ['2025-07-20T00:30:00+09:00', '07-19'],
    ['2025-07-19T11:00:00-05:00', '07-20'],
    ['2025-07-20 06:00+0530', '07-20'],
    ['2025-12-31T16:00:00Z', '01-01'],
    ['2025-07-20T23:59', '07-20'],
    ['2025-07-20', '07-20'],
  ])('%s is %s in Shanghai', (text, md) => {
    expect(monthDay(parseInstant(text)!.shanghaiDate)).toBe(md);
  });

  it.each(['2025-02-29', '2025-04-31T00:00', '2025-07-20T24:00', '2025-07-20T08:00+25:00', '20250720', 'July 20', ''])(
    '%s does not parse',
    (text) => {
      expect(parseInstant(text)).toBeUndefined();
    },
  );
});
