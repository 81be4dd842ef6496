import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { installAuthentication } from './auth.ts';
import { handleError, handleNotFound } from './errors.ts';
import { airRoutes } from './routes/air/index.ts';
import { airConsoleRoutes } from './routes/air-console/index.ts';
import { auditLogRoutes } from './routes/audit-log/index.ts';
import { outboxConsoleRoutes } from './routes/outbox-console/index.ts';
import { assessmentRoutes } from './routes/assessments/index.ts';
import { authRoutes } from './routes/auth/index.ts';
import { geoRoutes } from './routes/geo/index.ts';
import { healthRoutes } from './routes/health/index.ts';
import { meteoTermsRoutes } from './routes/meteo-terms/index.ts';
import { planRoutes } from './routes/plans/index.ts';
import { planTextRoutes } from './routes/plan-texts/index.ts';
import { sessionRoutes } from './routes/session/index.ts';
import { responseRoutes } from './routes/response/index.ts';
import { warningRoutes } from './routes/warnings/index.ts';
import { serveWebConsole } from './web-console.ts';

/**
 * Builds the HTTP API. Each resource lives in `routes/<resource>/` (an `index.ts` with its routes and a
 * `schema.ts` with the Zod schemas that type them and produce the OpenAPI document).
 */
export async function buildApp(ctx: AppContext, options: { webDist?: string } = {}) {
  const app = Fastify({ loggerInstance: ctx.logger as FastifyBaseLogger, bodyLimit: 64 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'nuancheng 暖城',
        description:
          'Ordos city plans as running software: meteorological emergency response, air quality, quality city.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installAuthentication(app, ctx);
  const api = app.withTypeProvider<ZodTypeProvider>();
  await api.register(healthRoutes, { ctx });
  await api.register(planRoutes, { ctx });
  await api.register(assessmentRoutes, { ctx });
  await api.register(geoRoutes, { ctx });
  await api.register(airRoutes, { ctx });
  await api.register(authRoutes, {
    ctx,
    isUnitKnown: (unitId) => ctx.plans.meteo().plan.command.memberUnits.some((unit) => unit.id === unitId),
  });
  await api.register(responseRoutes, { ctx });
  await api.register(warningRoutes, { ctx });
  await api.register(meteoTermsRoutes, { ctx });
  await api.register(planTextRoutes, { ctx });
  await api.register(airConsoleRoutes, { ctx });
  await api.register(outboxConsoleRoutes, { ctx });
  await api.register(auditLogRoutes, { ctx });
  await api.register(sessionRoutes, { ctx });
  if (options.webDist) await serveWebConsole(app, options.webDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
