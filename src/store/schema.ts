import type { AirTables } from './tables/air.ts';
import type { AssessmentTables } from './tables/assessments.ts';
import type { AuditAndAccessTables } from './tables/audit-and-access.ts';
import type { DraftAndJobTables } from './tables/drafts-and-jobs.ts';
import type { FoundationTables } from './tables/foundation.ts';
import type { LedgerTables } from './tables/ledger.ts';
import type { LedgerIndicatorTables } from './tables/ledger-indicators.ts';
import type { ObservationTables } from './tables/observations.ts';
import type { OutboxTables } from './tables/outbox.ts';
import type { ResponseTables } from './tables/response.ts';
import type { WarningTables } from './tables/warnings.ts';

/** The whole store: each domain adds its tables in `tables/<domain>.ts` and extends this interface. */
export interface Database
  extends
    FoundationTables,
    AssessmentTables,
    AirTables,
    AuditAndAccessTables,
    ResponseTables,
    OutboxTables,
    WarningTables,
    DraftAndJobTables,
    LedgerTables,
    LedgerIndicatorTables,
    ObservationTables {}
