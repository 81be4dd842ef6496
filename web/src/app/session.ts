import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiFailure, call, type GetResult } from '../api/client';

export type Me = NonNullable<GetResult<'/api/session'>['me']>;
export type OperationKey = Me['operations'][number]['operation'];

export async function fetchMe(): Promise<Me | null> {
  try {
    return (await call(api.GET('/api/session'))).me;
  } catch (error) {
    // The session ended (a credential the server no longer knows): the public view until signing in again.
    if (error instanceof ApiFailure && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person (null for the public), with what the access policy lets them do. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });
}

export type Permission = { allowed: true; reason: null } | { allowed: false; reason: string };

/** Whether the person may perform `operation`, and if not, why — as the server's access policy says. */
export function permissionOf(me: Me | null | undefined, operation: OperationKey): Permission {
  if (!me) return { allowed: false, reason: '请先登录' };
  const entry = me.operations.find((candidate) => candidate.operation === operation);
  if (entry?.allowed) return { allowed: true, reason: null };
  return { allowed: false, reason: entry?.reason ?? '您没有此项权限' };
}

export function usePermission(operation: OperationKey): Permission {
  return permissionOf(useMe().data, operation);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => call(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      queryClient.clear();
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/api/auth/logout')),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(['me'], null);
    },
  });
}
