// Weather grading (plan 8.2, 4.3): one assessment of the nine divisions, of a 0.01° grid over Ordos with
// 1,000 stations, and of a national-scale unit set; and the same rules run through json-rules-engine.
import { join } from 'node:path';
import { loadPlanFolder, defaultPlansDir } from '../src/catalog/plan-files.ts';
import { loadGeography } from '../src/catalog/geography.ts';
import { gridCellsCache } from '../src/geo/grid.ts';
import type { MeteoPlan } from '../src/plans/registry.ts';
import { assessSituation } from '../src/weather/grading/assess.ts';
import { gradeTables } from '../src/weather/grading/grade.ts';
import { kernelMemoryBytes } from '../src/weather/grading/simd/arena.ts';
import type { GradingInput } from '../src/weather/grading/grading-input.ts';
import { gridGradingInput } from '../src/weather/grid/grid-input.ts';
import { parseSituation } from '../src/weather/situation/parse.ts';
import { resolveTrends, shanghaiDateOf, stationsTable } from '../src/weather/situation/to-tables.ts';
import { formatTiming, mib, report, time } from './support.ts';
import {
  benchTrends,
  divisionSituation,
  griddedForecast,
  manyStations,
  ordosGrid,
  syntheticUnits,
} from './weather/synthetic.ts';
import { rulesEngineRatio } from './weather/rules-engine.ts';

function levels(result: ReturnType<typeof gradeTables>): string {
  return Object.entries(result.hazards)
    .map(([key, h]) => `${key} ${h.level ?? '-'}`)
    .join(', ');
}

/** CPU time of one run (user + system), which the other processes on a busy machine do not inflate as much. */
function cpuPerRun(fn: () => unknown, runs: number): string {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const used = process.cpuUsage(start);
  return `${((used.user + used.system) / 1000 / runs).toFixed(2)} ms CPU per run`;
}

export async function run(): Promise<void> {
  const plan = loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;
  const geography = loadGeography();

  // 1. The nine divisions and the eleven stations.
  const raw = divisionSituation(geography);
  const parsed = parseSituation(raw);
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.message}`);
  const divisionResult = assessSituation(parsed.situation, plan);
  report('nine divisions + 11 stations: levels', levels(divisionResult));
  report(
    'nine divisions + 11 stations: one assessment',
    formatTiming(time(() => assessSituation(parsed.situation, plan), 201, 20)),
  );
  report(
    '  … with input validation (Zod)',
    formatTiming(
      time(
        () => {
          const again = parseSituation(raw);
          if (again.ok) assessSituation(again.situation, plan);
        },
        201,
        20,
      ),
    ),
  );

  // 2. A 0.01° grid over Ordos, 1,000 stations.
  const clipStart = performance.now();
  const cells = gridCellsCache.get(geography, ordosGrid);
  const clipMs = performance.now() - clipStart;
  const area = cells.areaKm2.reduce((sum, a) => sum + a, 0);
  report(
    '0.01° grid: cells inside the city (clip, once)',
    `${cells.count} cells, ${area.toFixed(0)} km², ${clipMs.toFixed(0)} ms`,
  );
  const forecast = griddedForecast(ordosGrid);
  const gridSituation = {
    at: '2025-05-20T08:00:00+08:00',
    cells,
    forecast,
    stations: manyStations(1000, 7),
    trends: benchTrends,
  };
  const gridInput = gridGradingInput(gridSituation);
  report('0.01° grid + 1,000 stations: levels', levels(gradeTables(gridInput, plan, gridSituation.at)));
  const gridTiming = time(() => gradeTables(gridInput, plan, gridSituation.at), 51, 10);
  report(
    '0.01° grid + 1,000 stations: all nine hazards',
    `${formatTiming(gridTiming)} ${gridTiming.medianMs < 20 ? '(< 20 ms: ok)' : '(over 20 ms)'}`,
  );
  report(
    '  … CPU',
    cpuPerRun(() => gradeTables(gridInput, plan, gridSituation.at), 21),
  );
  report(
    '  … forecast sampled onto the cells, then graded',
    formatTiming(time(() => gradeTables(gridGradingInput(gridSituation), plan, gridSituation.at), 21, 3)),
  );

  // 3. National scale: 400,000 cells, 70,000 stations.
  global.gc?.();
  const before = process.memoryUsage();
  const nationalInput: GradingInput = {
    units: syntheticUnits(400_000),
    stations: stationsTable(manyStations(70_000, 11)),
    trends: resolveTrends(benchTrends),
    date: shanghaiDateOf('2025-05-20T08:00:00+08:00'),
  };
  const afterBuild = process.memoryUsage();
  report('national: levels', levels(gradeTables(nationalInput, plan, '2025-05-20T08:00:00+08:00')));
  const nationalTiming = time(() => gradeTables(nationalInput, plan, '2025-05-20T08:00:00+08:00'), 15, 3);
  const afterGrade = process.memoryUsage();
  report(
    'national 400,000 cells + 70,000 stations',
    `${formatTiming(nationalTiming)} ${nationalTiming.medianMs < 500 ? '(< 500 ms: ok)' : '(over 500 ms)'}`,
  );
  report(
    '  … CPU',
    cpuPerRun(() => gradeTables(nationalInput, plan, '2025-05-20T08:00:00+08:00'), 5),
  );
  report(
    '  memory: input tables (heap + array buffers)',
    mib(afterBuild.heapUsed + afterBuild.arrayBuffers - before.heapUsed - before.arrayBuffers),
  );
  report('  memory: rss after grading', mib(afterGrade.rss));
  report("  memory: the kernels' memory (columns copied in, kept)", mib(kernelMemoryBytes()));

  // 4. The same rules through json-rules-engine, as a ratio against ours.
  await rulesEngineRatio(plan, 'nine divisions', parsed.situation, (s) => assessSituation(s, plan));
  await rulesEngineRatio(
    plan,
    '0.01° grid + 1,000 stations',
    gridInput,
    () => gradeTables(gridInput, plan, gridSituation.at),
    gridTiming,
  );
}
