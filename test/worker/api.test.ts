/** The worker API through comlink over a MessageChannel: the same contract the web worker serves. */
import { expose, proxy, wrap } from 'comlink';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getEdition, monthIndex, prepare, scoreAllDesignations, type RowList } from '../../src/engine';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';
import { actionWorth, nextSteps } from '../../src/engine/nextSteps';
import { createEngineApi, type EngineApi, type ImportProgress } from '../../src/worker/api';
import { tenantPartStats } from '../../src/engine/measures/context';
import { REQUEST_CANCELLED } from '../../src/worker/messages';

const channel = new MessageChannel();
expose(createEngineApi(), channel.port1);
const api = wrap<EngineApi>(channel.port2);
afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
const sample = () => SAMPLE_FILES.map((name) => ({ id: name, name, data: readFileSync(join(dir, name), 'utf8') }));

describe('engine worker API', () => {
  it('loads files, reports progress and scores by version and month', async () => {
    const progress: ImportProgress[] = [];
    const loaded = await api.load(
      sample(),
      proxy((p: ImportProgress) => progress.push(p)),
    );
    expect(loaded.defaultMonth).toBe('2026-10');
    expect(loaded.firstMonth).toBe('2025-05');
    expect(loaded.files.map((f) => f.kind)).toEqual(['certifications', 'customers', 'azure', 'm365', 'bizapps_revenue', 'bizapps_usage', 'partner']);
    const report = await api.score(loaded.version, '2026-10');
    expect(report.edition).toBe('2026');
    expect(report.designations.map((d) => [d.id, d.score, d.qualified])).toEqual([
      // Azure NCA: |E(2026-10)| 10 − |E(2025-10)| 7 = 3 → 30; growth 20; deployments 10; the gates need 2 SAE (1 valid).
      ['data-ai', 60, false], // 30 + 0 (SAE gate) + 20 + 10
      ['digital-app-innovation', 76, false], // 30 + 16 (4 developers) + 0 + 20 + 10
      ['infrastructure', 68, false], // 30 + 8 (2 people) + 0 + 20 + 10
      ['business-applications', 92, true], // SMB: 15 + 20 + 15 + 30 + 12
      ['modern-work', 100, true], // Enterprise: 20 + 10 + 15 + 30 + 25
      // Security SMB: NCA min(20, 4 × (2 + 5)) = 20; skilling 4 + 4 + 4 × 8 = 40; growth 0 + floor(117 / 50) = 2; deployments 6 × 20/6 = 20
      ['security', 82, true],
    ]);
    // The same version scores under edition 2024 on request.
    const old = await api.score(loaded.version, '2026-10', '2024');
    expect(old.edition).toBe('2024');
    expect(old.designations.map((d) => d.score)).toEqual([50, 66, 58, 88, 91, 24]);
  });

  it('scores without explanations; explains one designation and looks customers up on request', async () => {
    const loaded = await api.load(sample());
    const report = await api.score(loaded.version, '2026-10');
    expect(report.designations.every((d) => d.paths.every((p) => p.metrics.every((m) => m.items.length === 0)))).toBe(true);
    const dai = await api.designation(loaded.version, '2026-10', 'digital-app-innovation');
    expect(dai.score).toBe(76);
    const nca = dai.paths[0]!.metrics.find((m) => m.id === 'net-customer-adds')!;
    // RULES-2026 §2.4: added = at $1,000 now and not a year ago; Kestrel had $320 a year ago and $1,470 now.
    expect(nca.items.filter((i) => i.counted).map((i) => `${i.name} ${i.effect}`)).toEqual([
      'Granite Legal LLP 1',
      'Heron Health Clinics 1',
      'Juniper Schools Trust 1',
      'Iris Boutique Retail -1',
      'Kestrel Aero Parts 1',
    ]);
    const lines = await api.lookup(loaded.version, '2026-10', 'iris boutique');
    expect(lines.find((l) => l.designation === 'infrastructure' && l.metric === 'Net customer adds')).toMatchObject({ counted: true, reason: expect.stringContaining('lost') });
  });

  it('computes history over every month of the data', async () => {
    const loaded = await api.load(sample());
    const history = await api.history(loaded.version);
    expect(history.map((h) => h.month)).toHaveLength(18);
    expect(history.at(-1)!.scores['digital-app-innovation'].score).toBe(76);
  });

  it('lists people with where they count and what lapses within six months', async () => {
    const loaded = await api.load(sample());
    const people = await api.people(loaded.version, '2026-10');
    const ava = people.find((p) => p.id === 'ava.reyes@larkspur.example')!;
    // AZ-104 is a prerequisite in all three Azure designations; MS-700 counts for Modern Work.
    expect(ava.countsToward.map((c) => c.designation).sort()).toEqual(['data-ai', 'digital-app-innovation', 'infrastructure', 'modern-work']);
    // Mateo's AZ-700 expires 2026-12-31: Infrastructure intermediate drops from 2 to 1 person → 8 → 4: 4 points at risk.
    const mateo = people.find((p) => p.name === 'Mateo Garcia')!;
    expect(mateo.atRisk).toEqual([{ certification: 'Microsoft Certified: Azure Network Engineer Associate', lastDay: '2026-12-31', pointsAtRisk: [{ designation: 'infrastructure', points: 4 }] }]);
    // Lena's IoT Developer Specialty is not listed in edition 2026 (AMB26-07): not valid, nothing at risk.
    const lena = people.find((p) => p.name === 'Lena Fischer')!;
    expect(lena.certifications[0]).toMatchObject({ validOn: false });
    expect(lena.atRisk).toEqual([]);
  });

  it('simulates a scenario, plans for the near miss, and looks ahead', async () => {
    const loaded = await api.load(sample());
    const sim = await api.simulate(
      loaded.version,
      { id: 's', name: 's', changes: [{ type: 'addPerson', personId: 'new-sae', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] }] },
      '2026-10',
    );
    expect(sim.baseline.designations[1]!.score).toBe(76);
    // A second SAE opens the advanced gate: Jonas (DevOps) and Kai (AZ-400) score 2 × 4 = 8 → 84.
    expect(sim.scenario.designations[1]).toMatchObject({ id: 'digital-app-innovation', score: 84, qualified: true });
    const plan = await api.plan(loaded.version, '2026-10', ['digital-app-innovation'], {});
    // One Azure Solutions Architect Expert: $165 exam + 5 study days × $400 = $2,165.
    expect(plan).toMatchObject({ status: 'found', optimal: true, totalCost: 2165 });
    expect(plan.steps.map((s) => s.actionId)).toEqual(['certify:azure-solutions-architect-expert']);
    const risk = await api.risk(loaded.version, '2026-10');
    expect(risk.months.map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04']);
    expect(risk.nearThresholds.map((n) => n.subject)).toContain('Tamarack Farms Co-op'); // Teams 300 of 700 active = 42.9 %
  });

  it('the months ahead in the risk view score the data with its last month carried forward, as plain row arrays would', async () => {
    const loaded = await api.load(sample());
    const risk = await api.risk(loaded.version, '2026-10');
    // The reference: the rows as arrays through 2026-10, then 2026-10's rows again for each of the six months ahead.
    const ahead = ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
    const { dataset } = await importFiles(sample().map((f) => sourceFromText(f.name, f.data)));
    const carry = <T extends { month: string }>(rows: RowList<T>) => {
      const kept = Array.from(rows).filter((r) => r.month <= '2026-10');
      return [...kept, ...ahead.flatMap((month) => kept.filter((r) => r.month === '2026-10').map((r) => ({ ...r, month })))];
    };
    const future = prepare(
      { ...dataset, azure: carry(dataset.azure), m365: carry(dataset.m365), bizappsRevenue: carry(dataset.bizappsRevenue), bizappsUsage: carry(dataset.bizappsUsage), deduplicated: false },
      getEdition(),
    );
    expect(risk.months.slice(6)).toEqual(
      ahead.map((month) => ({
        month,
        scores: Object.fromEntries(scoreAllDesignations(future, monthIndex(month), { explain: false }).map((d) => [d.id, { score: d.score, qualified: d.qualified }])),
      })),
    );
  });

  it('compares the editions for the scoring month', async () => {
    const loaded = await api.load(sample());
    const comparison = await api.compare(loaded.version, '2026-10', '2024');
    expect(comparison.editions).toEqual(['2024', '2026']);
    // Modern Work Enterprise NCA: Zephyr's 350 Windows 365 seats count only in 2026 (change 20): 4 → 5 new, 16 → 20.
    expect(comparison.differences).toContainEqual(
      expect.objectContaining({ designation: 'modern-work', metric: 'net-customer-adds', from: expect.objectContaining({ points: 16 }), to: expect.objectContaining({ points: 20 }) }),
    );
  });

  it('refuses files that need more memory than the page has, before reading them; the loaded version still scores', async () => {
    const kept = await api.load(sample());
    const files = sample();
    const total = files.reduce((sum, f) => sum + Buffer.byteLength(f.data), 0);
    const refused = await api.load(files, undefined, { memoryLimitBytes: total * 4 - 1 }); // 4 bytes of memory per byte of CSV
    expect(refused.files.every((f) => f.rowsLoaded === 0 && f.kind === null)).toBe(true);
    expect(refused.problems[0]!.message).toMatch(/^not loaded: the 7 files add up to \d+ KB, and scoring that needs about \d+ KB of memory, more than the \d+ KB available here/);
    expect(Object.values(refused.rowCounts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await api.score(kept.version, '2026-10')).designations).toHaveLength(6);
  });

  it('works ahead a step at a time: a request sent meanwhile is answered first, and the result equals asking directly', async () => {
    const { version } = await api.load(sample());
    const order: string[] = [];
    const ahead = api.warm(version, '2026-09', null).then((done) => order.push(`ahead ${done}`));
    // Sent after the work ahead started: answered between two of its steps, not after all of them.
    const asked = api.score(version, '2026-10').then(() => order.push('asked'));
    await Promise.all([ahead, asked]);
    expect(order).toEqual(['asked', 'ahead true']);
    expect(await api.score(version, '2026-09')).toEqual(await api.score((await api.load(sample())).version, '2026-09'));
    expect(await api.warm(version, '2026-10', 'security')).toBe(true);
    expect(await api.designation(version, '2026-10', 'security')).toEqual(await api.designation((await api.load(sample())).version, '2026-10', 'security'));
  });

  it('leaves user timings of the latest import, prepare and score for DevTools and the browser bench', async () => {
    for (let i = 0; i < 2; i++) await api.score((await api.load(sample())).version, '2026-10');
    for (const name of ['pcs:import', 'pcs:prepare', 'pcs:score']) {
      const entries = performance.getEntriesByName(name, 'measure');
      expect(entries).toHaveLength(1); // the latest only: a long session does not pile them up
      expect(entries[0]!.duration).toBeGreaterThan(0);
    }
  });

  it('readies the simulator ahead: its first scenario then reads only the customer it adds, and scores as without', async () => {
    const scenario = {
      id: 'ahead',
      name: 'ahead',
      changes: [{ type: 'addCustomer' as const, tenantId: 'ahead-customer', fromMonth: '2026-10', m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: 400, activeUsers: 200 }] }],
    };
    /** A scored version's first simulation, and how many tenants' parts of measures it computed. */
    const firstSimulation = async (warm: boolean) => {
      const { version } = await api.load(sample());
      await api.score(version, '2026-10');
      if (warm) expect(await api.warm(version, '2026-10', 'simulator')).toBe(true);
      const before = tenantPartStats.computed;
      const simulation = await api.simulate(version, scenario, '2026-10');
      return { simulation, parts: tenantPartStats.computed - before };
    };
    const cold = await firstSimulation(false),
      warmed = await firstSimulation(true);
    expect(warmed.simulation).toEqual(cold.simulation);
    // Cold, each measure that keeps parts reads the sample's 12 tenants with Microsoft 365 cells and the new one;
    // readied, the new one alone.
    expect(warmed.parts).toBeGreaterThan(0);
    expect(cold.parts).toBe(warmed.parts * (12 + 1));
  });

  it('stops working ahead when told (the month, edition or data changed); later work ahead runs', async () => {
    const { version } = await api.load(sample());
    const ahead = api.warm(version, '2026-08', 'modern-work');
    await api.stopWarming();
    expect(await ahead).toBe(false);
    expect(await api.warm(version, '2026-08', 'modern-work')).toBe(true);
  });

  /**
   * Starts a long request with `ticket`, asks for a scoring, cancels the ticket: the order the two answers came in
   * ('asked' for the scoring; `<label> answered`, or `<label> <error>`).
   */
  async function cancelledWhileScoring(version: number, label: string, ticket: number, start: () => Promise<unknown>): Promise<string[]> {
    const order: string[] = [];
    const long = start().then(
      () => order.push(`${label} answered`),
      (error: Error) => order.push(`${label} ${error.message}`),
    );
    const asked = api.score(version, '2026-10').then(() => order.push('asked'));
    await api.cancelRequest(ticket);
    await Promise.all([long, asked]);
    return order;
  }

  it('a cancelled request stops at its next step, and a request sent meanwhile is answered first', async () => {
    const { version } = await api.load(sample());
    expect(await cancelledWhileScoring(version, 'worth', 7, () => api.worth(version, '2026-10', 'data-ai', '2026', 7))).toEqual(['asked', `worth ${REQUEST_CANCELLED}`]);
    // Not cancelled: the same answer as computed in one go.
    const { dataset } = await importFiles(sample().map((f) => sourceFromText(f.name, f.data)));
    expect(await api.worth(version, '2026-10', 'data-ai', '2026', 8)).toEqual(actionWorth(prepare(dataset, getEdition('2026')), dataset, '2026-10', 'data-ai'));
  });

  it('a next-step plan is cancellable between its evaluations, and otherwise equals the plan made in one go', async () => {
    const { version } = await api.load(sample());
    expect(await cancelledWhileScoring(version, 'plan', 11, () => api.designationPlan(version, '2026-10', 'data-ai', '2026', 11))).toEqual(['asked', `plan ${REQUEST_CANCELLED}`]);
    const { dataset } = await importFiles(sample().map((f) => sourceFromText(f.name, f.data)));
    const prepared = prepare(dataset, getEdition('2026'));
    const current = scoreAllDesignations(prepared, monthIndex('2026-10'), { explain: false }).find((d) => d.id === 'data-ai')!;
    const inOneGo = nextSteps(prepared, dataset, '2026-10', [current], { timeBudgetMs: 60_000 })[0];
    expect(inOneGo?.optimal).toBe(true);
    expect(await api.designationPlan(version, '2026-10', 'data-ai', '2026', 12)).toEqual(inOneGo);
  });

  it('forgets released versions', async () => {
    const loaded = await api.load(sample());
    await api.release([]);
    await expect(api.score(loaded.version, '2026-10')).rejects.toThrow(/not loaded/);
  });
});
