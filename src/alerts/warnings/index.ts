export { warningArea, type WarningArea } from './area.ts';
export { composeWarning, type ComposedWarning, type WarningMessageInput, type WarningSetting } from './compose.ts';
export type { GradedHazard } from './graded-hazard.ts';
export { identifierRange, nextIdentifier } from './identifier.ts';
export { meteorologicalIssuer, type Issuer } from './issuer.ts';
export { decideWarnings, type OpenWarning, type UpdateReason, type WarningDecision } from './lifecycle.ts';
export { warningWords, type WarningPlan } from './texts.ts';
export { defaultValidity } from './validity.ts';
