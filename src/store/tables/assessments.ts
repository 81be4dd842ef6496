export interface AssessmentsTable {
  id: string;
  created_at: string;
  created_by: string | null;
  /** The situation's own `at`, as it was given. */
  situation_at: string;
  plan_id: string;
  plan_version: string;
  plan_content_hash: string;
  overall_level: string | null;
  /** JSON list of hazard keys at the overall level. */
  overall_hazards: string;
  /** JSON: the situation as received. */
  input: string;
  /** JSON: the grading result. */
  result: string;
  /** Who asked: a person (`request`), the continuous grading of observations, or a backfill of a past period. */
  source: AssessmentSource;
  /** For gradings of stored observations: the observations read (count/newest receipt); null for a request. */
  data_version: string | null;
}

export type AssessmentSource = 'request' | 'observations' | 'backfill';

export interface AssessmentTables {
  assessments: AssessmentsTable;
}
