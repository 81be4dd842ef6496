import type { Page } from 'playwright-core';

/** The CSRF cookie's value, which a state-changing request of this session sends back as `X-CSRF-Token`. */
export async function csrfOf(page: Page): Promise<string> {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'nuancheng_csrf')?.value ?? '';
}

/** Signs in through the login screen and waits until the person lands on their first screen (`lands`). */
export async function signIn(
  page: Page,
  origin: string,
  person: { username: string; password: string },
  lands: string,
): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('用户名').fill(person.username);
  await page.getByLabel('密码').fill(person.password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.waitForURL(`${origin}${lands}`);
  await page.getByTestId('signed-in-as').waitFor();
}
