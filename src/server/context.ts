import type { ServiceContext } from '../services/context.ts';

/** What every route may use: the services' context, built once at start by `main.ts` (or by a test). */
export type AppContext = ServiceContext;

/** How this server is reached and what it accepts. */
export interface ServerOptions {
  /** The public base URL (NUANCHENG_PUBLIC_URL): feed ids and links, and `Secure` cookies when it is https. */
  publicUrl: string;
  /** The built web console (`web/dist`), served at `/` when given and built; the plain start page otherwise. */
  webDist?: string;
}

export const defaultServerOptions: ServerOptions = { publicUrl: 'http://localhost:8080' };
