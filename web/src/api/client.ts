import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The JSON body of a successful GET of `path`. */
export type GetResult<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** The JSON body a POST of `path` takes. */
export type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON body of a successful POST of `path`. */
export type PostResult<P extends keyof paths> = paths[P] extends {
  post: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** The JSON body of a POST of `path` that creates something (201). */
export type PostCreated<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** The API's one error shape, thrown by `call` so TanStack Query and the screens show its message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path: string | null = null,
  ) {
    super(message);
  }
}

const csrfCookie = 'nuancheng_csrf';

function cookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The readable CSRF cookie's value, sent back as `X-CSRF-Token` on every state-changing request. */
export function csrfToken(): string | null {
  return cookie(csrfCookie);
}

// The session is an HttpOnly cookie; a state-changing request also carries the readable CSRF cookie's value
// as a header (double submit), which a page of another site cannot read.
const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = csrfToken();
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an API call, or an `ApiFailure` with the server's message. */
export async function call<T>(pending: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  const body = (error ?? {}) as { error?: { code?: string; message?: string; path?: string | null } };
  throw new ApiFailure(
    response.status,
    body.error?.code ?? 'http_error',
    body.error?.message ?? `${response.status} ${response.statusText}`,
    body.error?.path ?? null,
  );
}

/** A message for a person: the server's own message (it names the field and the clause). */
export function failureText(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
