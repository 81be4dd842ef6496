import { useInfiniteQuery } from '@tanstack/react-query';
import { api, call, type GetResult } from '../../api/client';
import type { paths } from '../../api/schema';

type Page = GetResult<'/api/ledger/tasks'>;
export type LedgerFilter = Omit<
  NonNullable<paths['/api/ledger/tasks']['get']['parameters']['query']>,
  'limit' | 'cursor'
>;

/** The ledger a page at a time (the API's cursor), under a filter; `enabled` false waits for what it needs. */
export function useLedgerPages(filter: LedgerFilter, enabled = true) {
  const pages = useInfiniteQuery({
    queryKey: ['ledger', 'tasks', filter],
    enabled,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Page) => page.next ?? undefined,
    queryFn: ({ pageParam }): Promise<Page> =>
      call(
        api.GET('/api/ledger/tasks', {
          params: { query: { limit: 50, ...filter, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
  });
  return { ...pages, tasks: pages.data?.pages.flatMap((page) => page.tasks) ?? [] };
}
