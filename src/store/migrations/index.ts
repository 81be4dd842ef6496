import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as assessments from './0002-assessments.ts';
import * as air from './0003-air.ts';
import * as auditAndAccess from './0004-audit-and-access.ts';
import * as response from './0005-response.ts';
import * as warnings from './0006-warnings.ts';
import * as outbox from './0007-outbox.ts';
import * as accessHardening from './0008-access-hardening.ts';
import * as draftsAndJobs from './0009-drafts-and-jobs.ts';
import * as ledger from './0010-ledger.ts';
import * as ledgerIndicators from './0011-ledger-indicators.ts';
import * as observations from './0012-observations.ts';
import * as airWatch from './0013-air-watch.ts';
import * as liveGrading from './0020-live-grading.ts';
import * as forecastGrids from './0021-forecast-grids.ts';
import * as ledgerContacts from './0022-ledger-contacts.ts';

/** Every migration, by name; names sort in the order they run. Add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-assessments': assessments,
  '0003-air': air,
  '0004-audit-and-access': auditAndAccess,
  '0005-response': response,
  '0006-warnings': warnings,
  '0007-outbox': outbox,
  '0008-access-hardening': accessHardening,
  '0009-drafts-and-jobs': draftsAndJobs,
  '0010-ledger': ledger,
  '0011-ledger-indicators': ledgerIndicators,
  '0012-observations': observations,
  '0013-air-watch': airWatch,
  '0020-live-grading': liveGrading,
  '0021-forecast-grids': forecastGrids,
  '0022-ledger-contacts': ledgerContacts,
};
