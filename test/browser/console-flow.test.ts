/// <reference lib="dom" />
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tabStops, unlabelledControls } from './support/a11y.ts';
import { screenshot, type Watched } from './support/browser.ts';
import { csrfOf } from './support/sign-in.ts';
import { browserSuite } from './support/suite.ts';

const password = 'browser-test-password';
const feedFile = fileURLToPath(new URL('../../assets/air/china_sites_20190101.csv', import.meta.url));

/**
 * Every role's main flow in a real browser (Debian's chromium) against `npm start` on a fresh store: the public
 * page, sign-in, a situation graded and proposed by the duty officer, the order refused to the deputy and signed
 * by the commander (4.3), the liaison on post (2.2.3), the warning the grading drafted changed and confirmed by the
 * duty officer (3.3.2) and seen live on the public page (3.3). State changes carry the CSRF header the server
 * demands of a cookie session. Each step waits on what the screen shows, never on a clock.
 */
describe('the web console, as the plan’s people use it, in chromium', () => {
  const suite = browserSuite(
    [
      { username: 'duty', displayName: '王值班', role: 'dutyOfficer' },
      { username: 'commander', displayName: '李总指挥', role: 'commander' },
      { username: 'deputy', displayName: '赵副总指挥', role: 'deputyCommander' },
      { username: 'slj', displayName: '水利局联络员', role: 'unitLiaison', unitId: 'water-resources-bureau' },
      { username: 'sthj', displayName: '生态环境局', role: 'ecologyOfficer' },
    ],
    password,
  );
  const { open, signIn, opened } = suite;
  let publicView: Watched;

  it('公众预警: the map of the nine divisions is drawn from our GeoJSON, the live stream connects, no warning yet', async () => {
    publicView = await open('public');
    const { page } = publicView;
    await page.goto(suite.server.origin);
    await page.locator('[data-testid=division-map][data-drawn=true]').waitFor();
    await page.locator('[data-testid=stream-state][data-state=open]').waitFor();
    expect(await page.locator('[data-testid=division-map] svg path').count()).toBeGreaterThanOrEqual(9);
    await page.getByText('当前没有生效的预警。').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    const stops = await tabStops(page, 6);
    expect(stops[0]).toBe('跳到正文');
    expect(stops).toContain('公众预警');
    await page.getByRole('group', { name: '按旗区查询预警' }).getByRole('button', { name: '东胜区' }).click();
    await page.getByTestId('point-answer').getByText('东胜区:当前没有生效的预警').waitFor();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await screenshot(page, '01-public');
  }, 60_000);

  let proposalLevel = '';

  it('值班: the duty officer enters the nine divisions, sees each hazard graded with its evidence, and the proposal', async () => {
    const { page } = await open('duty');
    await signIn(page, 'duty', '/duty');
    for (const name of [
      '东胜区',
      '康巴什区',
      '达拉特旗',
      '准格尔旗',
      '鄂托克前旗',
      '鄂托克旗',
      '杭锦旗',
      '乌审旗',
      '伊金霍洛旗',
    ])
      await page.getByLabel(`${name}预报24小时降水量(毫米)`).fill('120');
    await page.getByLabel('降雨仍将持续').check();
    await page.getByLabel('降雨范围仍在扩大').check();
    await page.getByRole('button', { name: '提交并分级' }).click();
    const result = page.getByTestId('grading-result');
    await result.waitFor();
    const proposal = page.getByTestId('auto-proposal');
    await proposal.waitFor();
    expect(await proposal.textContent()).toMatch(/已依据分级结果提出(Ⅰ|Ⅱ)级应急响应建议.*待总指挥签发/);
    proposalLevel = /(Ⅰ|Ⅱ)级/.exec((await proposal.textContent()) ?? '')![0];
    expect(await result.getByText('暴雨').first().isVisible()).toBe(true);
    await result.locator('[data-testid=division-map][data-drawn=true]').waitFor();
    await page.getByTestId('auto-drafts').waitFor();
    // The grading drafted the rainstorm warning: its CAP message and each channel's text, SMS in ≤ 70 characters.
    const draft = page.locator('[data-testid=warning-draft][data-hazard=rainstorm]');
    await draft.getByTestId('draft-preview').waitFor();
    expect(await draft.textContent()).toContain(proposalLevel);
    expect(await draft.getByTestId('cap-preview').textContent()).toContain('<msgType>Alert</msgType>');
    const segments = await draft.getByTestId('sms-segment').locator('span:last-child').allTextContents();
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.every((segment) => [...segment].length <= 70)).toBe(true);
    expect(segments.join('')).toMatch(/暴雨/);
    expect(await page.locator('[data-testid=warning-list] [data-hazard=rainstorm]').count()).toBe(0);
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '02-duty');
  }, 90_000);

  it('签发: the deputy commander sees why the order is not hers (4.3) and the API refuses her too', async () => {
    const { page } = await open('deputy');
    await signIn(page, 'deputy', '/sign');
    const why = page.getByTestId('why-not-mine').first();
    await why.waitFor();
    expect(await why.textContent()).toMatch(/应由总指挥签发.*4\.3.*您是副总指挥/);
    expect(
      await page
        .getByRole('button', { name: /签\s?发/ })
        .first()
        .isDisabled(),
    ).toBe(true);
    const pending = await page.request.get(`${suite.server.origin}/api/proposals?status=pending`);
    const [first] = ((await pending.json()) as { proposals: Array<{ id: string }> }).proposals;
    const signUrl = `${suite.server.origin}/api/proposals/${first!.id}/sign`;
    // The session cookie alone does not change anything: without the CSRF cookie's value in the header, refused.
    const forged = await page.request.post(signUrl);
    expect(forged.status()).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('csrf');
    // As the console sends it (with the CSRF cookie's value), so the refusal is the access rule's own (4.3).
    const refused = await page.request.post(signUrl, { headers: { 'X-CSRF-Token': await csrfOf(page) } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'wrong_signer',
      message: expect.stringMatching(/总指挥/),
    });
    await screenshot(page, '03-sign-refused');
  }, 60_000);

  it('签发: the commander signs; the order is in force with the reports it makes due', async () => {
    const { page } = await open('commander');
    await signIn(page, 'commander', '/sign');
    await page
      .getByRole('button', { name: /签\s?发/ })
      .first()
      .click();
    await page.getByTestId('sign-done').waitFor();
    await page.getByTestId('orders').getByText(proposalLevel).first().waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '04-sign');
  }, 60_000);

  it('成员单位: the water bureau liaison sees the duties and confirms on post (上岗到位)', async () => {
    const { page } = await open('liaison');
    await signIn(page, 'slj', '/unit');
    const task = page.locator('[data-testid=task][data-status=open]').first();
    await task.waitFor();
    await task.getByRole('button', { name: '确认上岗到位' }).click();
    await page.locator('[data-testid=task][data-status=acknowledged]').first().waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '05-unit');
  }, 60_000);

  it('预警: the duty officer changes the draft’s validity and confirms it; the public page shows it live, no reload', async () => {
    const duty = opened[1]!.page;
    const draft = duty.locator('[data-testid=warning-draft][data-hazard=rainstorm]');
    // 3.3.3: the validity as the duty officer judges it: 36 hours from now, as a Beijing datetime-local value.
    const until = new Date(Date.now() + (36 + 8) * 3600_000).toISOString().slice(0, 16);
    await draft.getByRole('button', { name: /修\s?改/ }).click();
    await draft.getByLabel('有效期至(北京时间)').fill(until);
    await draft.getByRole('button', { name: '保存修改' }).click();
    const [, month, day, time] = /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(until)!;
    await draft.getByText(`有效期至 ${Number(month)}月${Number(day)}日 ${time}`).waitFor();

    const confirmRequest = duty.waitForRequest((request) => request.url().endsWith('/confirm'));
    await draft.getByRole('button', { name: '确认发布' }).click();
    await duty.getByRole('button', { name: '立即发布' }).click();
    expect((await confirmRequest).headers()['x-csrf-token']).toBe(await csrfOf(duty));
    const confirmed = duty.locator('[data-testid=confirmed-draft][data-hazard=rainstorm]');
    await confirmed.getByTestId('outbox-progress').waitFor();
    await duty.getByTestId('no-drafts').waitFor();
    await duty.getByTestId('duty-warnings').getByText('暴雨').first().waitFor();
    await screenshot(duty, '06-duty-warning');

    const { page } = publicView;
    await page.locator('[data-testid=warning-list] [data-hazard=rainstorm]').waitFor();
    await page
      .getByTestId('live-announcement')
      .getByText(/收到预警发布/)
      .waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    const fills = await page
      .locator('[data-testid=division-map] svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
    expect(
      fills.filter((fill) => fill && !['#e6eef5', 'none', '#ffffff', '#fff'].includes(fill)).length,
    ).toBeGreaterThanOrEqual(9);
    expect(await page.locator('[data-testid=warning-list] .level-tag').first().textContent()).toContain(proposalLevel);
    await screenshot(page, '07-public-warning');
  }, 90_000);

  it('空气质量: the ecology bureau imports a day of the national feed with a progress bar; the calendar draws', async () => {
    const { page } = await open('ecology');
    await signIn(page, 'sthj', '/ledger');
    await page.goto(`${suite.server.origin}/air`);
    await page.getByLabel(/选择数据文件/).setInputFiles(feedFile);
    await page
      .getByTestId('import-results')
      .getByText(/已导入 \d+ 个站点小时/)
      .waitFor({ timeout: 60_000 });
    await page.getByTestId('air-calendar').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '08-air');
  }, 120_000);

  it('政策文件: a clause link opens its section, with what implements it', async () => {
    const { page } = publicView;
    await page.goto(`${suite.server.origin}/policy?plan=meteo-2024&clause=8.2.2(3)`);
    const target = page.locator('.policy-target');
    await target.waitFor();
    expect(await target.getAttribute('id')).toBe('clause-8.2.2');
    await target.getByText(/本条由 \d+ 项规则实施/).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '09-policy');
  }, 60_000);

  it('审计与管理: the administrator verifies the audit chain and sees users and roles', async () => {
    const { page } = await open('admin');
    await page.goto(`${suite.server.origin}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(suite.server.adminPassword);
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await page.waitForURL(`${suite.server.origin}/admin`);
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page
      .getByTestId('audit-verdict')
      .getByText(/审计链完整/)
      .waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole('tab', { name: '用户与角色' }).click();
    await page.getByText('水利局联络员').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '10-admin-users');
    await page.getByRole('tab', { name: '发布渠道与短信订阅' }).click();
    await page.getByTestId('subscriber-count').getByText('0').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, '11-admin-channels');
    await page.getByRole('tab', { name: '审计日志' }).click();
    await screenshot(page, '10-admin');
  }, 60_000);

  it('a browser whose session ended reads the public page again at once, and is offered to sign in', async () => {
    // Not among the watched sessions: the one 401 that tells the browser its session ended is logged by chromium.
    const { page, context, outside } = await suite.browser.open('ended');
    await context.addCookies([{ name: 'nuancheng_session', value: 'ended-long-ago', url: suite.server.origin }]);
    await page.goto(suite.server.origin);
    await page.locator('[data-testid=warning-list] [data-hazard=rainstorm]').waitFor();
    await page.getByRole('link', { name: '工作人员登录' }).waitFor();
    expect((await context.cookies()).some((cookie) => cookie.name === 'nuancheng_session')).toBe(false);
    expect(outside).toEqual([]);
    await context.close();
  }, 60_000);

  it('no console errors and no request to any host but 127.0.0.1, in any of the sessions', () => {
    suite.expectClean();
  });
});
