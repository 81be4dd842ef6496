import { z } from 'zod';

export { CursorError, type Page, type PageRequest } from '../store/pagination.ts';

/**
 * The paging every list endpoint shares: `limit` (default 50, at most 500) and an opaque `cursor` from the
 * previous page's `next`. Extend it with the list's own filters: `PageQuery.extend({ status: … })`.
 */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('每页条数 (1–500, 默认 50)'),
  cursor: z.string().min(1).max(200).optional().describe("opaque: the previous page's `next`"),
});

/** The `next` of a page answer: pass it back as `cursor`; null on the last page. */
export const NextCursor = z.string().nullable().describe('下一页的 cursor;最后一页为 null');
