import type { Level } from '../common.schema.ts';
import type { MeteoPlan } from './index.ts';

/** The lines `nuancheng plan show meteo-2024` prints: hazards and levels, command, sign-off, warnings, reports. */
export function summarizeMeteoPlan(plan: MeteoPlan): string[] {
  const { hazards, levels, grading, command, response, warnings } = plan;
  const levelZh = new Map(levels.levels.map((entry) => [entry.level, entry.zh]));
  const hazardZh = new Map(hazards.hazards.map((hazard) => [hazard.key, hazard.zh]));
  const zh = (level: Level): string => levelZh.get(level) ?? level;
  // Lowest first, as levels.json orders them, whatever order a table row is written in.
  const ordered = (given: readonly Level[]): Level[] =>
    levels.levels.map((entry) => entry.level).filter((level) => given.includes(level));

  const lines: string[] = [`hazards (1.3, graded by ${grading.table.clause}):`];
  for (const hazard of hazards.hazards) {
    const graded = ordered(grading.table.levels[hazard.key] ?? []);
    lines.push(`  ${hazard.zh} ${hazard.key}: ${graded.map(zh).join(' ') || 'no level'}`);
  }
  lines.push(`levels (${levels.clause}): ${levels.levels.map((entry) => `${entry.zh} ${entry.colorZh}`).join(', ')}`);

  lines.push(
    `command (${command.clause}): ${command.headquarters.name} (${command.headquarters.shortName}) under ${command.commission.name}`,
  );
  lines.push(`  ${command.commander.title}: ${command.commander.holder}`);
  const deputyTitles = [...new Set(command.deputyCommanders.map((deputy) => deputy.title))];
  lines.push(`  ${deputyTitles.join('、')}: ${command.deputyCommanders.map((deputy) => deputy.holder).join('、')}`);
  lines.push(
    `  member units: ${command.memberUnits.length}: ${command.memberUnits.map((unit) => unit.name).join('、')}`,
  );

  const rank = (level: Level): number => levels.levels.findIndex((entry) => entry.level === level);
  const byRank = <T extends { level: Level }>(entries: readonly T[]): T[] =>
    [...entries].sort((a, b) => rank(a.level) - rank(b.level));
  const signers = byRank(response.signers).map((signer) => `${zh(signer.level)} ${signer.title}`);
  lines.push(`orders signed by (${response.signers[0]?.clause ?? response.decision.clause}): ${signers.join(', ')}`);
  const scopes = byRank(response.levels).map(
    (entry) => `${zh(entry.level)} ${entry.memberUnits.scope === 'all' ? 'all member units' : 'concerned units'}`,
  );
  lines.push(`units called (4.4): ${scopes.join(', ')}`);

  const firstReport = warnings.firstReport.map(
    (route) => `${ordered(route.levels).map(zh).join('/')} → ${route.to.join('、')}`,
  );
  lines.push(`warnings first reported (${warnings.firstReport[0]?.clause ?? '3.3.2'}): ${firstReport.join('; ')}`);
  const sms = warnings.dissemination.fullNetworkSms;
  const smsHazards = sms.hazards.map((key) => hazardZh.get(key) ?? key).join('、');
  lines.push(
    `full-network SMS (${sms.clause}): ${smsHazards}${sms.majorImpact.requiresJudgement ? ', or any warning judged of major impact' : ''}`,
  );

  const { lowering } = response;
  lines.push(
    `lowering or ending (${lowering.clause}): report within ${lowering.withinHours} h to ${lowering.to.join('、')}`,
  );
  return lines;
}
