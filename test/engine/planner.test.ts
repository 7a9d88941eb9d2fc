/** The planner against exhaustive search on small cases, and its guarantees. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared, type Dataset, type DesignationId, type Prepared } from '../../src/engine';
import { defaultActions, plan, type PlannerAction } from '../../src/engine/planner';
import { prepareScenario, type Change } from '../../src/engine/scenario';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { azure, cert, dataset, M1, N1, people } from './helpers';

const edition = getEdition('2024');

/** Digital & App Innovation, Enterprise path, a few points short in several metrics. */
const nearMiss: Dataset = dataset({
  azure: [azure('n1', M1, 1000), azure('n2', M1, 1000), azure('base', '2023-06', 10_000), azure('base', M1, 11_000), ...['A', 'B', 'C'].map((s) => azure('base', M1, 1, s))],
  certifications: [cert('a1', 'AZ-104'), cert('a2', 'AZ-104'), ...people('dev', 'AZ-204', 2), cert('s1', 'AZ-305'), cert('ops', 'AZ-400')],
});

const person =
  (id: string, certificationId: string) =>
  (k: number): Change => ({ type: 'addPerson', personId: `${id}-${k}`, certifications: [{ certificationId }] });
const smallCatalogue = (costs: [number, number, number, number], limit = 3): PlannerAction[] => [
  { id: 'sae', label: 'SAE', cost: costs[0], limit, affects: ['digital-app-innovation'], change: person('sae', 'azure-solutions-architect-expert') },
  { id: 'dev', label: 'developer', cost: costs[1], limit, affects: ['digital-app-innovation'], change: person('dev', 'azure-developer-associate') },
  { id: 'ops', label: 'devops', cost: costs[2], limit, affects: ['digital-app-innovation'], change: person('ops', 'azure-devops-engineer-expert') },
  {
    id: 'customer',
    label: 'customer',
    cost: costs[3],
    limit,
    affects: ['digital-app-innovation'],
    change: (k) => ({ type: 'addCustomer', tenantId: `c${k}`, fromMonth: M1, azure: [{ service: 'Virtual Machines', association: 'PAL', acrUsd: 1000 }] }),
  },
];

/** Digital & App Innovation after `changes` on the near miss (the reference the planner's results are checked by). */
function daiWith(base: Prepared, changes: Change[]) {
  return scorePrepared(prepareScenario(base, nearMiss, edition, { id: 'p', name: 'p', changes }, M1), M1, { explain: false, window: false }).designations.find(
    (d) => d.id === 'digital-app-innovation',
  )!;
}

/** The changes qualify, and without any one of them they do not. */
function expectQualifyingAndMinimal(base: Prepared, changes: Change[]) {
  expect(daiWith(base, changes).qualified).toBe(true);
  changes.forEach((_, i) =>
    expect(
      daiWith(
        base,
        changes.filter((__, j) => j !== i),
      ).qualified,
    ).toBe(false),
  );
}

/** Exhaustive: every count vector within the limits; the cheapest that qualifies every target. */
function exhaustive(data: Dataset, targets: DesignationId[], actions: PlannerAction[]): number | null {
  const base = prepare(data, edition);
  let best: number | null = null;
  const counts = actions.map(() => 0);
  const visit = (i: number) => {
    if (i === actions.length) {
      const changes = counts.flatMap((n, j) => Array.from({ length: n }, (_, k) => actions[j]!.change(k + 1)));
      const report = scorePrepared(prepareScenario(base, data, edition, { id: 'x', name: 'x', changes }, M1), M1, { explain: false, window: false });
      if (targets.every((t) => report.designations.find((d) => d.id === t)!.qualified)) {
        const cost = counts.reduce((s, n, j) => s + n * actions[j]!.cost, 0);
        if (best === null || cost < best) best = cost;
      }
      return;
    }
    for (let n = 0; n <= actions[i]!.limit; n++) {
      counts[i] = n;
      visit(i + 1);
    }
    counts[i] = 0;
  };
  visit(0);
  return best;
}

describe('planner', () => {
  // The near miss scores: NCA 20 (2 adds), intermediate 8 (2 devs), advanced 0 (1 SAE < 2),
  // growth 20 (10,000 → 13,003 = 30 %, capped), deployments 8 (VMs, A, B, C new in the TTM) = 56.
  it.each([[[1000, 1000, 1000, 1000]], [[2165, 1365, 2165, 5000]], [[500, 3000, 200, 100]], [[5000, 100, 100, 9000]]] as [number, number, number, number][][])(
    'its cost equals the exhaustive minimum (costs %j)',
    (costs) => {
      const actions = smallCatalogue(costs);
      const result = plan(prepare(nearMiss, edition), nearMiss, { targets: ['digital-app-innovation'], actions, month: M1 });
      expect(result.status).toBe('found');
      expect(result.optimal).toBe(true);
      expect(result.totalCost).toBe(exhaustive(nearMiss, ['digital-app-innovation'], actions));
    },
  );

  it('its plan, applied, qualifies, and every action in it is needed', () => {
    const actions = smallCatalogue([2165, 1365, 2165, 5000]);
    const base = prepare(nearMiss, edition);
    const result = plan(base, nearMiss, { targets: ['digital-app-innovation'], actions, month: M1 });
    expectQualifyingAndMinimal(
      base,
      result.steps.map((s) => s.change),
    );
  });

  it('reports "impossible within limits" with the reason', () => {
    const actions = smallCatalogue([1, 1, 1, 1], 1).filter((a) => a.id !== 'customer');
    const result = plan(prepare(nearMiss, edition), nearMiss, { targets: ['digital-app-innovation'], actions: actions.map((a) => ({ ...a, limit: a.id === 'sae' ? 0 : 1 })), month: M1 });
    expect(result.status).toBe('impossible');
    expect(result.reason).toMatch(/impossible within the limits.*Advanced certifications: 0 points/);
  });

  it('already qualified needs nothing', () => {
    // + a second SAE (gate open), 5 developers (20) and 5 DevOps experts (20): 20 + 20 + 20 + 20 + 8 = 88
    const data = { ...nearMiss, certifications: [...nearMiss.certifications, cert('s2', 'AZ-305'), ...people('more', 'AZ-204', 3), ...people('more-ops', 'AZ-400', 4)] };
    const result = plan(prepare(data, edition), data, { targets: ['digital-app-innovation'], actions: smallCatalogue([1, 1, 1, 1]), month: M1 });
    expect(result).toMatchObject({ status: 'already-qualified', totalCost: 0, steps: [], before: { 'digital-app-innovation': { score: 88, qualified: true } } });
  });

  it('the default catalogue never offers retired certifications and groups interchangeable ones', () => {
    const base = prepare(nearMiss, edition);
    const actions = defaultActions(edition, ['data-ai', 'digital-app-innovation', 'infrastructure', 'security'], base, '2024-08');
    const ids = actions.map((a) => a.id);
    expect(ids).not.toContain('certify:azure-iot-developer-specialty'); // retired 2023-07-31
    expect(ids).not.toContain('certify:m365-security-administrator-associate'); // retired 2023-06-30
    // D&AI-only scoring certifications share one action (one footprint, one cost).
    const dataAi = actions.find((a) => a.label.includes('Azure Database Administrator Associate'))!;
    expect(dataAi.label).toMatch(/or .*Azure AI Engineer Associate/);
  });

  it('two targets at once: the cost equals the exhaustive minimum over both, and an action that moves both is bought once', () => {
    // Infrastructure beside the near miss: 5 network engineers (intermediate 20) and 4 Virtual Desktop specialists,
    // held back like Digital & App Innovation by the second Solutions Architect Expert both need.
    const data = { ...nearMiss, certifications: [...nearMiss.certifications, ...people('net', 'AZ-700', 5), ...people('avd', 'AZ-140', 4)] };
    const both: DesignationId[] = ['digital-app-innovation', 'infrastructure'];
    const catalogue = smallCatalogue([2165, 1365, 2165, 5000], 2);
    const actions = [{ ...catalogue[0]!, affects: both }, catalogue[1]!, catalogue[2]!, { ...catalogue[3]!, affects: both }];
    const result = plan(prepare(data, edition), data, { targets: both, actions, month: M1 });
    const minimum = exhaustive(data, both, actions);
    expect(minimum).not.toBeNull();
    expect(result).toMatchObject({ status: 'found', optimal: true, totalCost: minimum });
    expect(result.steps.filter((s) => s.actionId === 'sae')).toHaveLength(1);
  });

  it('its steps add up: costs to the total, points to the change in score, the last step’s scores are the result', () => {
    const actions = smallCatalogue([2165, 1365, 2165, 5000]);
    const result = plan(prepare(nearMiss, edition), nearMiss, { targets: ['digital-app-innovation'], actions, month: M1 });
    expect(result.steps.length).toBeGreaterThan(1);
    expect(result.steps.reduce((sum, s) => sum + s.cost, 0)).toBe(result.totalCost);
    const gained = result.steps.reduce((sum, s) => sum + (s.pointsAdded['digital-app-innovation'] ?? 0), 0);
    expect(gained).toBeCloseTo(result.after['digital-app-innovation']!.score - result.before['digital-app-innovation']!.score, 2);
    expect(result.steps.at(-1)!.scoresAfter['digital-app-innovation']).toBe(result.after['digital-app-innovation']!.score);
    expect(result.after['digital-app-innovation']!.qualified).toBe(true);
    for (const step of result.steps) {
      const action = actions.find((a) => a.id === step.actionId)!;
      expect(step).toMatchObject({ label: action.label, cost: action.cost });
    }
  });

  it('out of evaluations: still a plan that qualifies, none of whose steps can be dropped, marked not proven', () => {
    const actions = smallCatalogue([2165, 1365, 2165, 5000]);
    const base = prepare(nearMiss, edition);
    const result = plan(base, nearMiss, { targets: ['digital-app-innovation'], actions, month: M1, maxEvaluations: 3 });
    expect(result).toMatchObject({ status: 'found', optimal: false });
    expect(result.reason).toMatch(/not proven cheapest/);
    expectQualifyingAndMinimal(
      base,
      result.steps.map((s) => s.change),
    );
    // never cheaper than the proven optimum
    expect(result.totalCost).toBeGreaterThanOrEqual(exhaustive(nearMiss, ['digital-app-innovation'], actions)!);
  });

  it('actions with no room (limit 0) or for other designations are not used', () => {
    const base = prepare(nearMiss, edition);
    const run = (actions: PlannerAction[]) => plan(base, nearMiss, { targets: ['digital-app-innovation'], actions, month: M1 });
    const catalogue = smallCatalogue([2165, 1365, 2165, 5000]);
    expect(run(catalogue).status).toBe('found');
    // Without a second Solutions Architect Expert the advanced gate stays shut
    expect(run(catalogue.map((a) => (a.id === 'sae' ? { ...a, limit: 0 } : a))).status).toBe('impossible');
    // A $1 customer said to affect only Security is not offered for Digital & App Innovation, though it would help it
    const cheapCustomer = smallCatalogue([2165, 1365, 2165, 1]);
    expect(run(cheapCustomer).steps.map((s) => s.actionId)).toContain('customer');
    const elsewhere = run(cheapCustomer.map((a) => (a.id === 'customer' ? { ...a, affects: ['security' as DesignationId] } : a)));
    expect(elsewhere.status).toBe('found');
    expect(elsewhere.steps.map((s) => s.actionId)).not.toContain('customer');
  });

  it('steps are ordered by what each adds given the ones before it (cheaper first on a tie)', () => {
    // A $1,000 customer (+10 net adds) beside people (+4 each): steps of different sizes
    const actions = smallCatalogue([2165, 1365, 2165, 1000]);
    const base = prepare(nearMiss, edition);
    const result = plan(base, nearMiss, { targets: ['digital-app-innovation'], actions, month: M1 });
    expect(new Set(result.steps.map((s) => s.pointsAdded['digital-app-innovation'])).size).toBeGreaterThan(1);
    const scoreWith = (changes: Change[]) => daiWith(base, changes).score;
    result.steps.forEach((step, i) => {
      const before = result.steps.slice(0, i);
      const taken = (id: string) => before.filter((s) => s.actionId === id).length;
      const now = scoreWith(before.map((s) => s.change));
      const chosen = scoreWith([...before.map((s) => s.change), step.change]) - now;
      expect(step.pointsAdded['digital-app-innovation'] ?? 0).toBeCloseTo(chosen, 2);
      // every other action still left in the plan, taken next instead
      for (const other of result.steps.slice(i + 1)) {
        const action = actions.find((a) => a.id === other.actionId)!;
        const gain = scoreWith([...before.map((s) => s.change), action.change(taken(action.id) + 1)]) - now;
        expect(chosen, `step ${i + 1} (${step.actionId}) against ${other.actionId}`).toBeGreaterThanOrEqual(gain - 1e-9);
        if (Math.abs(gain - chosen) < 1e-9) expect(step.cost).toBeLessThanOrEqual(action.cost);
      }
    });
  });
});

describe('planner: a plan for the designations that do not qualify must keep those that do', () => {
  // The 2026 sample, changed so that a new customer moves Data & AI to its other path (AMB26-08).
  let data: Dataset;
  beforeAll(async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    const sample = (
      await importFiles(
        readdirSync(dir)
          .filter((f) => f.endsWith('.csv'))
          .map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))),
      )
    ).dataset;
    // 10 customers have Azure revenue in 2026-10, 6 of them SMB/SMC. Two Enterprise ones made SMB: 8 of 10 = 80 %,
    // so the Azure designations are on the SMB path, where Data & AI qualifies (30 + 16 + 20 + 10 = 76).
    const withAzure = new Set([...sample.azure].filter((r) => r.month === N1 && r.acrUsd > 0).map((r) => r.tenantId));
    let toSmb = 2;
    const customers = sample.customers.map((c) => (withAzure.has(c.tenantId) && c.segment === 'Enterprise' && toSmb-- > 0 ? { ...c, segment: 'SMB' } : c));
    // Security (SMB path): the five SMB-band tenants' Security workloads with 8 active users each in 2026-10 give
    // 5 × 8 = 40 protected users of growth, under one unit of 50: usage growth 0 points, so Security does not qualify.
    const securityWorkloads = new Set(getEdition('2026').security.m365Workloads);
    const m365 = [...sample.m365].map((r) => (r.month === N1 && securityWorkloads.has(r.workload) && r.paidSeats <= 300 ? { ...r, activeUsers: 8 } : r));
    data = { ...sample, customers, m365 };
  });

  it('Security alone is cheapest with an Azure Security customer, which moves Data & AI to Enterprise; both together take two Microsoft 365 Security customers', () => {
    const edition2026 = getEdition('2026');
    const base = prepare(data, edition2026);
    const before = scorePrepared(base, N1, { explain: false, window: false }).designations;
    expect(before.find((d) => d.id === 'data-ai')).toMatchObject({ path: 'smb', score: 76, qualified: true });
    expect(before.find((d) => d.id === 'security')!.qualified).toBe(false);
    const run = (targets: DesignationId[]) => plan(base, data, { targets, actions: defaultActions(edition2026, targets, base, N1), month: N1 });

    // Alone: one Azure Security customer (Sentinel at $1,250: Security ACR $150 + $1,250 ≥ $750, one unit).
    const alone = run(['security']);
    expect(alone.steps.map((s) => s.actionId)).toEqual(['azure-security-customer']);
    // It has no segment: 8 of 11 = 72.7 % SMB, under 80 %, so Data & AI is on the Enterprise path (60), not qualified.
    const moved = scorePrepared(prepareScenario(base, data, edition2026, { id: 'a', name: 'a', changes: alone.steps.map((s) => s.change) }, N1), N1, {
      explain: false,
      window: false,
    }).designations.find((d) => d.id === 'data-ai')!;
    expect(moved).toMatchObject({ path: 'enterprise', qualified: false });

    // Both: two Microsoft 365 Security customers (30 Defender seats, 6 active each): 40 + 6 + 6 = 52 ≥ 50, one unit.
    const both = run(['data-ai', 'security']);
    const m365Customer = defaultActions(edition2026, ['security'], base, N1).find((a) => a.id === 'm365-security-customer')!;
    expect(both).toMatchObject({ status: 'found', optimal: true, totalCost: 2 * m365Customer.cost });
    expect(both.steps.map((s) => s.actionId)).toEqual(['m365-security-customer', 'm365-security-customer']);
    expect(both.after).toMatchObject({ 'data-ai': { qualified: true }, security: { qualified: true } });
  });
});
