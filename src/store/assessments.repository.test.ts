import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './database.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { forecastUnits, grade, shippedPlan } from '../../test/factories/situation.ts';
import { findAssessment, listAssessments, saveAssessment, type PlanCitation } from './assessments.repository.ts';
import { recordPlanVersions } from './plans.repository.ts';

describe.each(engines)('assessments on %s', (engine) => {
  let store: Store;
  const plan: PlanCitation = { id: 'meteo-2024', version: '2024.1', contentHash: 'a'.repeat(64) };
  const input = {
    at: '2025-07-20T08:00:00+08:00',
    units: forecastUnits([60, { precipMm: 120 }], [40, { precipMm: 0 }]),
  };
  const result = grade(input);

  beforeAll(async () => {
    store = await openTestStore(engine);
    await recordPlanVersions(
      store.db,
      [
        {
          planId: plan.id,
          version: plan.version,
          contentHash: plan.contentHash,
          kind: 'meteo',
          content: shippedPlan(),
        },
      ],
      new Date(),
    );
  });
  afterAll(async () => store.close());

  it('stores the input, the result and the plan it was graded by, and recalls them by id', async () => {
    const saved = await saveAssessment(store.db, {
      input,
      result,
      plan,
      createdBy: 'duty',
      now: new Date('2025-07-20T00:01:00Z'),
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    const found = await findAssessment(store.db, saved.id);
    expect(found).toEqual({
      id: saved.id,
      createdAt: '2025-07-20T00:01:00.000Z',
      createdBy: 'duty',
      at: '2025-07-20T08:00:00+08:00',
      plan,
      overall: { level: 'I', hazards: ['rainstorm'] },
      source: 'request',
      input,
      result,
    });
  });

  it('an unknown id finds nothing', async () => {
    expect(await findAssessment(store.db, '00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });

  it('lists the latest first, as summaries', async () => {
    const later = await saveAssessment(store.db, {
      input,
      result,
      plan,
      createdBy: null,
      now: new Date('2025-07-20T06:00:00Z'),
    });
    const list = (await listAssessments(store.db, { limit: 10 })).items;
    expect(list[0]).toEqual({
      id: later.id,
      createdAt: '2025-07-20T06:00:00.000Z',
      createdBy: null,
      at: input.at,
      plan,
      overall: { level: 'I', hazards: ['rainstorm'] },
      source: 'request',
    });
    expect(list).toHaveLength(2);
    const first = await listAssessments(store.db, { limit: 1 });
    expect(first.items.map((a) => a.id)).toEqual([later.id]);
    const second = await listAssessments(store.db, { limit: 1, cursor: first.next! });
    expect(second.items.map((a) => a.id)).toEqual([list[1]!.id]);
    expect(second.next).toBeNull();
  });

  it('refuses an assessment citing a plan text the store does not keep', async () => {
    await expect(
      saveAssessment(store.db, {
        input,
        result,
        plan: { ...plan, contentHash: 'b'.repeat(64) },
        createdBy: null,
        now: new Date(),
      }),
    ).rejects.toThrow();
  });
});
