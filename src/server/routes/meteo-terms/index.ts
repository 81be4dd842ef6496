import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roleNamesZh, type Role } from '../../../access/roles.ts';
import type { AppContext } from '../../context.ts';
import { MeteoTerms } from './schema.ts';

/**
 * The meteorological plan's vocabulary as a client shows it: levels with their colours (3.3.1), the hazards,
 * who signs which level (4.3), the response levels' measures (4.4) and the divisions. The console hard-codes
 * none of it; a plan revision changes what it shows.
 */
export const meteoTermsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/meteo/terms',
    {
      config: { operation: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: "The meteorological plan's levels, colours, hazards, signers and response levels, for display",
        response: { 200: MeteoTerms },
      },
    },
    async () => {
      const { id, version, plan } = ctx.plans.meteo();
      return {
        plan: { id, version, title: plan.meta.title, documentNumber: plan.meta.documentNumber },
        levels: plan.levels.levels.map((level) => ({
          level: level.level,
          zh: level.zh,
          color: level.color,
          colorZh: level.colorZh,
          severityZh: level.severityZh,
          capSeverity: level.capSeverity,
          clause: plan.levels.clause,
        })),
        hazards: plan.hazards.hazards.map((hazard) => ({
          key: hazard.key,
          zh: hazard.zh,
          clause: hazard.clause,
          gradingClause: hazard.gradingClause,
          definition: hazard.definition,
          levels: plan.grading.hazards.find((rule) => rule.hazard === hazard.key)?.levels.map((l) => l.level) ?? [],
        })),
        signers: plan.response.signers.map((signer) => ({
          level: signer.level,
          role: signer.role,
          roleZh: roleNamesZh[signer.role],
          title: signer.title,
          text: signer.text,
          clause: signer.clause,
        })),
        orders: plan.response.orders.map(({ kind, clause, text }) => ({ kind, clause, text })),
        responseLevels: plan.response.levels.map((level) => ({
          level: level.level,
          title: level.title,
          clause: level.clause,
          text: level.text,
        })),
        roles: Object.entries(roleNamesZh).map(([role, zh]) => ({ role: role as Role, zh })),
        divisions: ctx.geography.divisions.map(({ code, name }) => ({ code, name })),
      };
    },
  );
};
