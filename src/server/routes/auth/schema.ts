import { z } from 'zod';
import { operationKeys, type Operation } from '../../../access/operations.ts';
import { Role } from '../../../access/roles.ts';
import { ApiError } from '../../errors.ts';

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  unitId: z.string().nullable().describe('the member unit a unitLiaison speaks for'),
});

export const Me = User.extend({
  roleZh: z.string().describe('the role as the plan names it, e.g. 副总指挥'),
  operations: z
    .array(
      z.object({
        operation: z.enum(operationKeys as [Operation, ...Operation[]]),
        zh: z.string(),
        allowed: z.boolean(),
        reason: z.string().nullable().describe('why not, in Chinese; null when allowed'),
      }),
    )
    .describe("every operation the console may offer, with this user's decision"),
});

export const LoginBody = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
});

export const LoginResult = z.object({
  token: z.string().describe('send as "Authorization: Bearer <token>"; also set as the nuancheng_session cookie'),
  expiresAt: z.string().nullable(),
  user: User,
});

export const TokenBody = z.object({ label: z.string().min(1).max(100) });
export const TokenResult = z.object({ token: z.string(), label: z.string() });

export const NewUserBody = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, 'lower-case letters, digits, . _ - (2 to 40)'),
  displayName: z.string().min(1).max(100),
  role: Role,
  unitId: z.string().min(1).nullable().default(null),
  password: z.string().min(10, 'at least 10 characters'),
});

export const UserList = z.object({ users: z.array(User) });
export const Failure = ApiError;
