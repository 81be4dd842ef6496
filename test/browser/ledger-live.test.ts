/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unlabelledControls } from './support/a11y.ts';
import { screenshot } from './support/browser.ts';
import { csrfOf } from './support/sign-in.ts';
import { browserSuite } from './support/suite.ts';

const password = 'browser-test-password';

/** The latest complete hour as the observations contract writes it (Beijing time, with its offset). */
function latestHourBeijing(now = Date.now()): string {
  const hour = new Date(Math.floor(now / 3600_000) * 3600_000 + 8 * 3600_000);
  return `${hour.toISOString().slice(0, 13)}:00:00+08:00`;
}

/**
 * The supervision ledger's screens (issue #12) and live monitoring (issue #13) in chromium against `npm start` on
 * a fresh store: the coordinator and the units on the ledger, indicators and scorecards; the duty officer on the
 * observations that were set aside, the observed situation and the latest grading. Each step waits on what the
 * screen shows, never on a clock.
 */
describe('the ledger and live monitoring screens, in chromium', () => {
  const suite = browserSuite(
    [
      { username: 'duty', displayName: '王值班', role: 'dutyOfficer' },
      { username: 'scj', displayName: '市场监管局联络员', role: 'unitLiaison', unitId: 'market-regulation-bureau' },
      { username: 'swj', displayName: '商务局联络员', role: 'unitLiaison', unitId: 'commerce-bureau' },
    ],
    password,
  );
  const { open, signIn, opened } = suite;
  const post = async (page: Page, path: string, data: unknown) =>
    page.request.post(`${suite.server.origin}${path}`, { data, headers: { 'X-CSRF-Token': await csrfOf(page) } });

  it('实时监测: a bad observation posted through the API is set aside and shown with its reason and payload', async () => {
    const { page } = await open('duty');
    await signIn(page, 'duty', '/duty');
    const at = latestHourBeijing();
    const answer = await post(page, '/api/observations', {
      observations: [
        { station: '53543', at, precipMm1h: 0, tempC: -3.5, windMeanMs: 6.1, windGustMs: 11, visibilityM: 9000 },
        { station: 'no-such-station', at, tempC: 1 },
      ],
    });
    expect(answer.status()).toBe(202);
    const { accepted, rejected } = (await answer.json()) as { accepted: number; rejected: Array<{ reason: string }> };
    expect(accepted).toBe(1);
    expect(rejected).toHaveLength(1);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '实时监测' }).click();
    await page.getByTestId('observed-situation').waitFor();
    expect(await page.getByTestId('observed-situation').textContent()).toContain('6.1');
    await page.getByText('尚无分级结果。').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    await page.getByRole('tab', { name: '被搁置的数据' }).click();
    const row = page.getByTestId('dead-letters').locator('tr', { hasText: 'no-such-station' });
    await row.waitFor();
    expect(await row.textContent()).toContain(rejected[0]!.reason);
    expect(await row.textContent()).toContain('HTTP 接口');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '21-live-dead-letters');

    // The duty officer grades the situation the observations give (as the duty screen would post it): the live
    // screen shows that grading, each hazard with its level, as the newest.
    const situation = await page.request.get(`${suite.server.origin}/api/situation/current`);
    expect((await post(page, '/api/assessments', await situation.json())).status()).toBe(201);
    await page.getByRole('tab', { name: '观测形势与分级' }).click();
    await page.getByRole('button', { name: '刷新分级结果' }).click();
    await page.getByTestId('grading-result').waitFor();
    expect(await page.getByTestId('latest-grading-source').textContent()).toContain('人工提交');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '20-live');
  }, 90_000);

  it('指标: the quality plan’s coordinator names the unit, which reports a value; the chart draws it against the target', async () => {
    const { page } = await open('market');
    await signIn(page, 'scj', '/unit');
    await page.goto(`${suite.server.origin}/ledger`);
    await page.getByRole('tab', { name: '指标' }).click();
    await page.getByLabel('年度').click();
    await page.getByTitle('2025年').click();
    const row = page.getByTestId('indicators').locator('tr', { hasText: '有效注册商标总量' });
    await row.getByRole('button', { name: /展开/ }).click();
    const detail = page.getByTestId('indicator-detail');
    await detail.getByLabel('责任单位名称').fill('市市场监管局');
    await detail.getByRole('button', { name: '确定责任单位' }).click();
    await detail.getByText('责任单位:市市场监督管理局').waitFor();
    await detail.getByLabel('报送期', { exact: true }).fill('2025年一季度');
    await detail.getByLabel('报送期末').fill('2025-03-31');
    await detail.getByLabel('报送期末').press('Enter');
    await detail.getByLabel('数值', { exact: true }).fill('57000');
    await detail.getByLabel('数据来源').fill('市市场监督管理局统计');
    await detail.getByLabel('佐证材料').fill('商标统计2025Q1.pdf');
    await detail.getByRole('button', { name: '报送数值' }).click();
    await detail.getByText(/已报送/).waitFor();
    await detail.locator('[data-testid=indicator-chart][data-drawn=true] svg').waitFor();
    expect(await detail.locator('table').textContent()).toContain('57000');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '16-ledger-indicators');
  }, 90_000);

  it('考核: the year’s ranking, each unit’s score explained line by line', async () => {
    const { page } = opened[0]!;
    await page.goto(`${suite.server.origin}/ledger`);
    await page.getByRole('tab', { name: '考核' }).click();
    await page.getByLabel('考核年度').fill('2025');
    await page.getByLabel('考核年度').press('Enter');
    await page.getByText(/计分规则/).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '17-ledger-scorecards');
  }, 60_000);

  it('no console errors and no request to any host but 127.0.0.1, in any of the sessions', () => {
    suite.expectClean();
  });
});
