import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';

const zh = z.locales.zhCN().localeError;
// The mark fastify-type-provider-zod gives its validation errors, so `hasZodFastifySchemaValidationErrors` knows them.
const validationErrorMark = Symbol.for('ZodFastifySchemaValidationError');

/**
 * Validates requests with the route's Zod schema, as fastify-type-provider-zod's compiler does, but with Zod's
 * zh-CN messages where a schema gives none of its own (a schema's own message, shared with the command line, stays).
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: zh });
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map((issue) => ({
        [validationErrorMark]: true,
        keyword: issue.code,
        instancePath: `/${issue.path.join('/')}`,
        schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
        message: issue.message,
        params: {},
      })) as unknown as Error,
    };
  };
