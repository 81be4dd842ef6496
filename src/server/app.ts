import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { defaultServerOptions, type AppContext, type ServerOptions } from './context.ts';
import { installDoor } from './auth.ts';
import { handleError, handleNotFound } from './errors.ts';
import { validatorCompiler } from './validation.ts';
import { airRoutes } from './routes/air/index.ts';
import { airConsoleRoutes } from './routes/air-console/index.ts';
import { auditLogRoutes } from './routes/audit-log/index.ts';
import { cityUnitRoutes } from './routes/city-units/index.ts';
import { forecastRoutes } from './routes/forecasts/index.ts';
import { observationRoutes } from './routes/observations/index.ts';
import { outboxConsoleRoutes } from './routes/outbox-console/index.ts';
import { assessmentRoutes } from './routes/assessments/index.ts';
import { authRoutes } from './routes/auth/index.ts';
import { geoRoutes } from './routes/geo/index.ts';
import { healthRoutes } from './routes/health/index.ts';
import { homeRoutes } from './routes/home/index.ts';
import { ledgerContactRoutes } from './routes/ledger-contacts/index.ts';
import { ledgerScoreRoutes } from './routes/ledger-scores/index.ts';
import { meteoTermsRoutes } from './routes/meteo-terms/index.ts';
import { planRoutes } from './routes/plans/index.ts';
import { planTextRoutes } from './routes/plan-texts/index.ts';
import { sessionRoutes } from './routes/session/index.ts';
import { responseRoutes } from './routes/response/index.ts';
import { warningDraftRoutes } from './routes/warning-drafts/index.ts';
import { dutyStreamRoutes } from './routes/duty-stream/index.ts';
import { ledgerRoutes } from './routes/ledger/index.ts';
import { warningRoutes } from './routes/warnings/index.ts';
import { serveWebConsole } from './web-console.ts';

/** A request body larger than this is refused (413) before it is read, unless its route allows more. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Builds the HTTP API. Each resource lives in `routes/<resource>/` (an `index.ts` with its routes and a
 * `schema.ts` with the Zod schemas that type them and produce the OpenAPI document). Every `/api` route names the
 * operation of the access policy it performs; the door (`auth.ts`) refuses a caller before the body is read.
 */
export async function buildApp(ctx: AppContext, options: ServerOptions = defaultServerOptions) {
  const app = Fastify({ loggerInstance: ctx.logger as FastifyBaseLogger, bodyLimit: DEFAULT_BODY_LIMIT });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  const https = options.publicUrl.startsWith('https://');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The console's component library writes its styles at run time; scripts stay 'self' only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    hsts: https,
  });
  await app.register(fastifyRateLimit, { global: false });

  // Before the OpenAPI document collects the routes: the door marks which need a bearer token.
  installDoor(app, ctx, options);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'nuancheng 暖城',
        description:
          'Ordos city plans as running software: meteorological emergency response, air quality, quality city. Sign in with POST /api/auth/login (or issue an API token with POST /api/auth/tokens) and use Authorize.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'an API token or a session token' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'nuancheng_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const api = app.withTypeProvider<ZodTypeProvider>();
  await api.register(healthRoutes, { ctx });
  await api.register(planRoutes, { ctx });
  await api.register(assessmentRoutes, { ctx });
  await api.register(geoRoutes, { ctx });
  await api.register(airRoutes, { ctx });
  await api.register(authRoutes, { ctx, options });
  await api.register(responseRoutes, { ctx });
  await api.register(warningRoutes, { ctx, options });
  await api.register(warningDraftRoutes, { ctx });
  await api.register(dutyStreamRoutes, { ctx });
  await api.register(meteoTermsRoutes, { ctx });
  await api.register(planTextRoutes, { ctx });
  await api.register(airConsoleRoutes, { ctx });
  await api.register(outboxConsoleRoutes, { ctx });
  await api.register(auditLogRoutes, { ctx });
  await api.register(observationRoutes, { ctx });
  await api.register(forecastRoutes, { ctx });
  await api.register(sessionRoutes, { ctx });
  await api.register(ledgerRoutes, { ctx });
  await api.register(ledgerScoreRoutes, { ctx });
  await api.register(ledgerContactRoutes, { ctx });
  await api.register(cityUnitRoutes, { ctx });
  // Last: the web console takes `/` when it is built; otherwise the plain start page does.
  if (options.webDist) await serveWebConsole(app, options.webDist);
  await app.after();
  if (!app.hasRoute({ method: 'GET', url: '/' })) await app.register(homeRoutes, { ctx });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
