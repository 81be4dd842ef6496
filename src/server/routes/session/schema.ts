import { z } from 'zod';
import { Me } from '../auth/schema.ts';

export const Session = z.object({
  me: Me.nullable().describe('the signed-in person with what they may do; null for the public'),
});
