import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LedgerStep } from '../../../ledger/chain.ts';
import { exportLedger } from '../../../services/ledger-export.service.ts';
import { ledgerEvidenceFile, ledgerTaskDetail, seedLedgerFromPlan } from '../../../services/ledger-seed.service.ts';
import { takeLedgerStep, type StepRequest } from '../../../services/ledger-steps.service.ts';
import { importLedgerSheet, LedgerFileError, pageLedger } from '../../../services/ledger.service.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import * as S from './schema.ts';

const tags = ['ledger'];
const SMALL = 16 * 1024;
// A report carries its evidence files as base64: ten files of up to 10 MiB would not fit, a few will.
const REPORT = 16 * 1024 * 1024;
/** A year's task table of a few hundred rows is tens of KiB; a file with embedded pictures stays under this. */
const IMPORT_FILE_LIMIT = 8 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A unit named in a query, by full name or short form; an unknown one is the caller's to fix. */
function unitOf(ctx: AppContext, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const unit = ctx.plans.units().tryResolve(name);
  if (!unit) throw new HttpError(400, 'unknown_unit', `单位名录中没有「${name}」`, 'unit');
  return unit.name;
}

/**
 * The supervision ledger (督查督办台账, issue #12): the list with its filters and lights, a task with its
 * timeline and evidence, each step of the chain, the plan's seeding, the Excel import and export.
 */
export const ledgerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The task table arrives as the .xlsx file it is.
  app.addContentTypeParser([XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.get(
    '/api/ledger/tasks',
    {
      config: { operation: 'ledger.read' },
      schema: {
        tags,
        summary: 'Ledger tasks by year then 序号, filtered by plan, year, action, measure, unit, node and light',
        querystring: S.LedgerQuery,
        response: { 200: S.LedgerList, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      const { limit, cursor, plan, year, action, measure, unit, role, node, light } = request.query;
      const page = await pageLedger(
        ctx,
        request.principal,
        {
          planId: plan,
          year,
          actionClause: action,
          measureClause: measure,
          unit: unitOf(ctx, unit),
          unitRole: role,
          node,
          light,
        },
        { limit, cursor },
      );
      return { tasks: page.items, next: page.next };
    },
  );

  app.get(
    '/api/ledger/tasks/:id',
    {
      config: { operation: 'ledger.read' },
      schema: {
        tags,
        summary: 'A task with its timeline (every node’s time and actor), reports with evidence, and returns',
        params: S.TaskParams,
        response: { 200: S.LedgerTaskDetail, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => ledgerTaskDetail(ctx, request.principal, request.params.id),
  );

  const step = (
    path: string,
    operation: 'ledger.setUp' | 'ledger.assign' | 'ledger.sign' | 'ledger.report' | 'ledger.review' | 'ledger.close',
    summary: string,
    body: typeof S.SetUpBody | typeof S.ReportBody | typeof S.ReviewBody | typeof S.EmptyBody,
    toRequest: (body: unknown) => { step: LedgerStep; request: StepRequest },
  ) =>
    app.post(
      `/api/ledger/tasks/:id/${path}`,
      {
        bodyLimit: operation === 'ledger.report' ? REPORT : SMALL,
        config: { operation },
        schema: {
          tags,
          summary,
          params: S.TaskParams,
          body,
          response: {
            200: S.LedgerTask,
            400: S.Failure,
            401: S.Failure,
            403: S.Failure,
            404: S.Failure,
            409: S.Failure,
            413: S.Failure,
          },
        },
      },
      async (request) => {
        const { step: taken, request: stepRequest } = toRequest(request.body);
        return takeLedgerStep(ctx, request.principal, request.params.id, taken, stepRequest);
      },
    );

  step('set-up', 'ledger.setUp', '立项: the coordinator chooses the lead and partner units', S.SetUpBody, (b) => {
    const body = b as { lead: string[]; partners: string[] };
    return { step: 'setUp', request: { lead: body.lead, partners: body.partners } };
  });
  step('assign', 'ledger.assign', '交办: the coordinator hands the task out', S.EmptyBody, () => ({
    step: 'assign',
    request: {},
  }));
  step('sign', 'ledger.sign', '签收: the lead unit’s liaison signs for it', S.EmptyBody, () => ({
    step: 'sign',
    request: {},
  }));
  const report = (kind: 'progress' | 'feedback') => (b: unknown) => {
    const body = b as { text: string; files: { fileName: string; mediaType: string; contentBase64: string }[] };
    return {
      step: kind,
      request: {
        text: body.text,
        files: body.files.map((file) => ({
          fileName: file.fileName,
          mediaType: file.mediaType,
          content: Buffer.from(file.contentBase64, 'base64'),
        })),
      },
    };
  };
  step(
    'progress',
    'ledger.report',
    '办理: the lead unit’s liaison reports progress, with evidence files',
    S.ReportBody,
    report('progress'),
  );
  step('feedback', 'ledger.report', '反馈: the lead unit reports the result', S.ReportBody, report('feedback'));
  step('review', 'ledger.review', '复核: the coordinator accepts, or returns with a reason', S.ReviewBody, (b) => {
    const body = b as { decision: 'accept' | 'return'; reason?: string };
    return { step: body.decision, request: { text: body.reason } };
  });
  step('close', 'ledger.close', '办结销号: the coordinator closes the task', S.EmptyBody, () => ({
    step: 'close',
    request: {},
  }));

  app.get(
    '/api/ledger/evidence/:id',
    {
      config: { operation: 'ledger.read' },
      schema: { tags, summary: 'An evidence file, as uploaded', params: S.EvidenceParams },
    },
    async (request, reply) => {
      const { evidence, content } = await ledgerEvidenceFile(ctx, request.principal, request.params.id);
      return reply
        .type(evidence.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`)
        .header('x-content-sha256', evidence.sha256)
        .send(content);
    },
  );

  app.post(
    '/api/ledger/seed',
    {
      bodyLimit: SMALL,
      config: { operation: 'ledger.import' },
      schema: {
        tags,
        summary: 'The plan’s own measures (meteo: standing duties) as the year’s tasks; idempotent',
        body: S.SeedBody,
        response: { 200: S.Seeded, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) =>
      seedLedgerFromPlan(ctx, request.principal, { planId: request.body.plan, year: request.body.year }),
  );

  app.post(
    '/api/ledger/import',
    {
      bodyLimit: IMPORT_FILE_LIMIT,
      config: { operation: 'ledger.import' },
      schema: {
        tags,
        summary:
          'The yearly task table (.xlsx body, the layout of contracts/ledger.md) into the ledger; any bad row stores nothing and each is named',
        querystring: S.ImportQuery,
        consumes: [XLSX_TYPE],
        response: {
          200: S.Imported,
          400: S.ImportFailure.or(S.Failure),
          401: S.Failure,
          403: S.Failure,
          413: S.Failure,
          415: S.Failure,
        },
      },
    },
    async (request, reply) => {
      const { plan, year, file } = request.query;
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      try {
        return await importLedgerSheet(ctx, request.principal, { planId: plan, year, fileName: file, content });
      } catch (error) {
        if (!(error instanceof LedgerFileError)) throw error;
        const problems = error.problems.map((p) => ({
          sheet: p.sheet ?? null,
          cell: p.cell ?? null,
          reason: p.reason,
        }));
        return reply.code(400).send({
          error: { code: 'invalid_ledger_file', message: `${file}: ${error.message}`, path: null, problems },
        });
      }
    },
  );

  app.get(
    '/api/ledger/export',
    {
      config: { operation: 'ledger.read' },
      schema: {
        tags,
        summary: 'The ledger as .xlsx in the import layout plus 当前环节 and 状态, by plan, year, action or unit',
        querystring: S.ExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const { plan, year, action, unit } = request.query;
      const { content } = await exportLedger(ctx, request.principal, {
        planId: plan,
        year,
        actionClause: action,
        unit: unitOf(ctx, unit),
      });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${plan}-${year ?? 'all'}.xlsx`)}`,
        )
        .send(content);
    },
  );
};
