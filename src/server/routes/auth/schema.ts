import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../access/password-policy.ts';
import { operations } from '../../../access/policy.ts';
import { Role } from '../../../access/roles.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from '../../../services/users.service.ts';
import { ApiError } from '../../errors.ts';

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  unitId: z.string().nullable().describe('the member unit a unitLiaison speaks for'),
});

export const UserAccount = User.extend({
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
});

export const OperationView = z.object({
  operation: z.enum(operations as [string, ...string[]]),
  zh: z.string().describe('what the operation is, in Chinese'),
  allowed: z.boolean(),
  reason: z.string().nullable().describe('why not (zh-CN), when not'),
  clause: z.string().nullable(),
});

export const Me = User.extend({
  roleZh: z
    .string()
    .describe('the role in Chinese: 总指挥, 副总指挥, 值班员, 成员单位联络员, 生态环境局工作人员, 系统管理员'),
  operations: z.array(OperationView).describe('every operation, whether this user may attempt it and why not'),
});

export const LoginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});

export const LoginResult = z.object({
  token: z.string().describe('send as "Authorization: Bearer <token>"; also set as the nuancheng_session cookie'),
  expiresAt: z.string().nullable(),
  user: User,
});

export const TokenBody = z.object({
  label: z.string().min(1).max(100),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(TOKEN_MAX_DAYS)
    .default(TOKEN_DEFAULT_DAYS)
    .describe(`有效天数 (1–${TOKEN_MAX_DAYS}, 默认 ${TOKEN_DEFAULT_DAYS})`),
});
export const TokenResult = z.object({
  id: z.string(),
  token: z.string().describe('shown once'),
  label: z.string(),
  expiresAt: z.string().nullable(),
});

export const Credential = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  kind: z.enum(['session', 'api-token']),
  label: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const CredentialList = z.object({ tokens: z.array(Credential), next: NextCursor });
export const CredentialQuery = PageQuery.extend({
  username: z.string().min(1).optional().describe("another user's (administrator)"),
  all: z.enum(['true', 'false']).optional().describe('true: also the expired and revoked ones'),
});

const Password = z.string().min(MIN_PASSWORD_LENGTH, `至少 ${MIN_PASSWORD_LENGTH} 个字符`).max(1000);

export const NewUserBody = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, '小写字母、数字、. _ -(2 至 40 个)'),
  displayName: z.string().min(1).max(100),
  role: Role,
  unitId: z.string().min(1).nullable().default(null),
  password: Password,
});
export const PasswordBody = z.object({ password: Password });
export const Revoked = z.object({ revoked: z.number().int().describe('sessions and tokens ended') });

export const UserList = z.object({ users: z.array(UserAccount), next: NextCursor });
export const UserQuery = PageQuery.extend({ inactive: z.enum(['true', 'false']).optional() });
export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const Failure = ApiError;
