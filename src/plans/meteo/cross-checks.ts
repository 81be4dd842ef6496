import type { z } from 'zod';
import type { HazardKey, MeteoHazards } from './hazards.schema.ts';
import type { MeteoLevels } from './levels.schema.ts';
import type { MeteoGrading } from './grading.schema.ts';
import type { MeteoCommand } from './command.schema.ts';
import type { MeteoResponse } from './response.schema.ts';
import type { MeteoWarnings } from './warnings.schema.ts';

interface Sections {
  hazards: MeteoHazards;
  levels: MeteoLevels;
  grading: MeteoGrading;
  command: MeteoCommand;
  response: MeteoResponse;
  warnings: MeteoWarnings;
}

/**
 * Checks across section files, so that one file cannot name what another does not hold. Each issue's path
 * starts with the section that must change, which is the file the loader names.
 */
export function checkMeteoSections(plan: Sections, ctx: z.RefinementCtx): void {
  const hazards = new Map(plan.hazards.hazards.map((hazard) => [hazard.key, hazard]));
  const unknown = (key: HazardKey, path: (string | number)[]): void => {
    if (!hazards.has(key)) ctx.addIssue({ code: 'custom', path, message: `hazard "${key}" is not in hazards.json` });
  };

  plan.command.memberUnits.forEach((unit, u) =>
    unit.concern.hazards.forEach((key, h) => {
      unknown(key, ['command', 'memberUnits', u, 'concern', 'hazards', h]);
    }),
  );

  const sms = plan.warnings.dissemination.fullNetworkSms;
  sms.hazards.forEach((key, h) => {
    const path = ['warnings', 'dissemination', 'fullNetworkSms', 'hazards', h];
    unknown(key, path);
    if ((plan.grading.table.levels[key] ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `hazard "${key}" has no warning level in grading.json, so no warning to send`,
      });
    }
  });

  plan.warnings.validity.defaults.forEach((entry, index) => {
    const path = ['warnings', 'validity', 'defaults', index];
    const hazard = hazards.get(entry.hazard);
    if (!hazard) unknown(entry.hazard, [...path, 'hazard']);
    else if (hazard.gradingClause !== entry.clause) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'clause'],
        message: `${entry.hazard} is graded by ${hazard.gradingClause}, not ${entry.clause}`,
      });
    }
  });

  if (plan.warnings.classification.clause !== plan.levels.clause) {
    ctx.addIssue({
      code: 'custom',
      path: ['warnings', 'classification', 'clause'],
      message: `levels.json gives the levels of ${plan.levels.clause}`,
    });
  }

  const titles = {
    commander: [plan.command.commander.title],
    deputyCommander: plan.command.deputyCommanders.map((deputy) => deputy.title),
  };
  plan.response.signers.forEach((signer, index) => {
    if (!titles[signer.role].includes(signer.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['response', 'signers', index, 'title'],
        message: `command.json calls the ${signer.role} ${titles[signer.role].join('/')}`,
      });
    }
  });
}
