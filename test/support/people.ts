import type { App } from '../../src/server/app.ts';
import { TEST_ADMIN_PASSWORD, TEST_PASSWORD } from './app.ts';

export interface Person {
  username: string;
  role: string;
  unitId?: string;
}

/** Calls the API as people of the plan: the admin creates them, each signs in and calls with their token. */
export function asPeople(app: App) {
  const tokens = new Map<string, string>();
  async function call(as: string | null, method: 'GET' | 'POST', url: string, body?: unknown, contentType?: string) {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${tokens.get(as)}`;
    if (contentType) headers['content-type'] = contentType;
    const response = await app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as string }),
    });
    // The body as light-my-request parses it; tests assert on its shape.
    return { status: response.statusCode, json: response.body ? response.json() : null };
  }
  async function signIn(username: string, password: string): Promise<void> {
    const { status, json } = await call(null, 'POST', '/api/auth/login', { username, password });
    if (status !== 200) throw new Error(`sign-in of ${username}: ${status}`);
    tokens.set(username, json.token);
  }
  async function create(people: Person[]): Promise<void> {
    if (!tokens.has('admin')) await signIn('admin', TEST_ADMIN_PASSWORD);
    for (const person of people) {
      const created = await call('admin', 'POST', '/api/users', {
        displayName: person.username,
        password: TEST_PASSWORD,
        unitId: null,
        ...person,
      });
      if (created.status !== 201) throw new Error(`creating ${person.username}: ${JSON.stringify(created.json)}`);
      await signIn(person.username, TEST_PASSWORD);
    }
  }
  return { call, signIn, create };
}
