import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.enum(['sqlite', 'postgres']),
  plans: z.array(z.object({ id: z.string(), version: z.string() })),
});
