import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Role } from '../../../access/roles.ts';
import type { AppContext } from '../../context.ts';

const CityUnits = z.object({
  version: z.string(),
  units: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  coordinators: z.array(
    z.object({
      planId: z.string(),
      unit: z.string().describe('the coordinating unit’s full name'),
      clause: z.string().nullable(),
      roles: z.array(Role).describe('roles acting for the coordinating unit besides its liaison'),
    }),
  ),
});

/**
 * The city unit registry (plans/city/units.json) as a client reads it: each unit's id (a liaison is bound to it)
 * with its full name and short forms, and the unit coordinating each plan's ledger. The console uses it to name
 * a liaison's own unit and to say who takes a ledger step; the server decides every step itself.
 */
export const cityUnitRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/city/units',
    {
      config: { operation: 'units.read' },
      schema: {
        tags: ['ledger'],
        summary: 'The city unit registry: ids, full names, short forms, and each plan ledger’s coordinating unit',
        response: { 200: CityUnits },
      },
    },
    async () => {
      const registry = ctx.plans.units();
      return {
        version: registry.version,
        units: registry.units().map(({ id, name, aliases }) => ({ id, name, aliases })),
        coordinators: ctx.plans.list().flatMap((plan) => {
          const found = registry.coordinatorOf(plan.id);
          return found
            ? [
                {
                  planId: plan.id,
                  unit: found.unit.name,
                  clause: found.coordinator.clause ?? null,
                  roles: found.coordinator.roles,
                },
              ]
            : [];
        }),
      };
    },
  );
};
