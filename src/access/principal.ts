import { roleNamesZh, type Actor } from './roles.ts';

/**
 * Who is asking. A signed-in `user` acts through the HTTP API or a CLI command given their token; the local
 * `operator` is whoever holds the store and runs a store command without a token (`air import`, `outbox …`,
 * `users reset-password`); `system` is the platform itself (a scheduled job, a proposal made by the grading, a
 * drill); `anonymous` is the public.
 */
export type Principal =
  | { kind: 'anonymous'; address?: string }
  | { kind: 'user'; user: Actor }
  | { kind: 'operator'; name: string }
  | { kind: 'system'; name: string };

export const anonymous: Principal = { kind: 'anonymous' };

export function userPrincipal(user: Actor): Principal {
  return { kind: 'user', user };
}

export function operatorPrincipal(name: string): Principal {
  return { kind: 'operator', name };
}

export function systemPrincipal(name = 'system'): Principal {
  return { kind: 'system', name };
}

/**
 * How a principal is named in the audit log and in records: `role:username` for a person, `operator:name` for
 * the local operator, `system` for the platform (its job name follows after a colon when it is not plain).
 */
export function principalName(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return `${principal.user.role}:${principal.user.username}`;
    case 'operator':
      return `operator:${principal.name}`;
    case 'system':
      return principal.name === 'system' ? 'system' : `system:${principal.name}`;
    case 'anonymous':
      return principal.address ? `anonymous@${principal.address}` : 'anonymous';
  }
}

/** How a principal is named to a Chinese reader: `值班员(张三)`, `本地运维(root)`, `系统`, `未登录的访问者`. */
export function principalNameZh(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return `${roleNamesZh[principal.user.role]}(${principal.user.displayName})`;
    case 'operator':
      return `本地运维(${principal.name})`;
    case 'system':
      return '系统';
    case 'anonymous':
      return '未登录的访问者';
  }
}
