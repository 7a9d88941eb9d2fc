/** The worker API through comlink over a MessageChannel: the same contract the web worker serves. */
import { expose, proxy, wrap } from 'comlink';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';
import { createEngineApi, type EngineApi, type ImportProgress } from '../../src/worker/api';

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
    const loaded = await api.load(sample(), proxy((p: ImportProgress) => progress.push(p)));
    expect(loaded.defaultMonth).toBe('2024-06');
    expect(loaded.firstMonth).toBe('2023-01');
    expect(loaded.files.map((f) => f.kind)).toEqual(['certifications', 'customers', 'azure', 'm365', 'bizapps_revenue', 'bizapps_usage', 'partner']);
    const report = await api.score(loaded.version, '2024-06');
    expect(report.designations.map((d) => [d.id, d.score, d.qualified])).toEqual([
      ['data-ai', 50, false],
      ['digital-app-innovation', 66, false],
      ['infrastructure', 62, false],
      ['business-applications', 88, true],
      ['modern-work', 91, true],
      // Security: customers 2 Azure + 2 Microsoft 365 = 4 × 2 = 8; deployments 3 × 20/6 = 10; growth 1 + 5 = 6 → 24
      ['security', 24, false],
    ]);
  });

  it('scores without explanations; explains one designation and looks customers up on request', async () => {
    const loaded = await api.load(sample());
    const report = await api.score(loaded.version, '2024-06');
    expect(report.designations.every((d) => d.paths.every((p) => p.metrics.every((m) => m.items.length === 0)))).toBe(true);
    const dai = await api.designation(loaded.version, '2024-06', 'digital-app-innovation');
    expect(dai.score).toBe(66);
    const nca = dai.paths[0]!.metrics.find((m) => m.id === 'net-customer-adds')!;
    expect(nca.items.filter((i) => i.counted).map((i) => `${i.name} ${i.effect}`)).toEqual(['Granite Legal LLP 1', 'Heron Health Clinics 1', 'Juniper Schools Trust 1', 'Iris Boutique Retail -1']);
    const lines = await api.lookup(loaded.version, '2024-06', 'iris boutique');
    expect(lines.find((l) => l.designation === 'infrastructure' && l.metric === 'Net customer adds')).toMatchObject({ counted: true, reason: expect.stringContaining('lost customer') });
  });

  it('computes history over every month of the data', async () => {
    const loaded = await api.load(sample());
    const history = await api.history(loaded.version);
    expect(history.map((h) => h.month)).toHaveLength(18);
    expect(history.at(-1)!.scores['digital-app-innovation'].score).toBe(66);
  });

  it('lists people with where they count and what lapses within six months', async () => {
    const loaded = await api.load(sample());
    const people = await api.people(loaded.version, '2024-06');
    const ava = people.find((p) => p.id === 'ava.reyes@larkspur.example')!;
    // AZ-104 is a prerequisite in all three Azure designations; MS-700 counts for Modern Work.
    expect(ava.countsToward.map((c) => c.designation).sort()).toEqual(['data-ai', 'digital-app-innovation', 'infrastructure', 'modern-work']);
    // Mateo's AZ-700 expires 2024-08-31: Infrastructure intermediate drops from 3 to 2 people → 12 → 8: 4 points at risk.
    const mateo = people.find((p) => p.name === 'Mateo Garcia')!;
    expect(mateo.atRisk).toEqual([{ certification: 'Microsoft Certified: Azure Network Engineer Associate', lastDay: '2024-08-31', pointsAtRisk: [{ designation: 'infrastructure', points: 4 }] }]);
    // Lena's IoT Developer Specialty (retired; counts through 2024-07-31) scores in DAI advanced, whose gate is
    // closed (one Solutions Architect Expert of two): nothing at risk, although Omar's Stack Hub lapses the same day.
    expect(people.find((p) => p.name === 'Lena Fischer')!.atRisk).toEqual([{ certification: 'Microsoft Certified: Azure IoT Developer Specialty', lastDay: '2024-07-31', pointsAtRisk: [] }]);
    expect(people.find((p) => p.name === 'Omar Aziz')!.atRisk[0]!.pointsAtRisk).toEqual([{ designation: 'infrastructure', points: 4 }]);
  });

  it('simulates a scenario, plans for the near miss, and looks ahead', async () => {
    const loaded = await api.load(sample());
    const sim = await api.simulate(loaded.version, { id: 's', name: 's', changes: [{ type: 'addPerson', personId: 'new-sae', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] }] }, '2024-06');
    expect(sim.baseline.designations[1]!.score).toBe(66);
    expect(sim.scenario.designations[1]).toMatchObject({ id: 'digital-app-innovation', score: 78, qualified: true });
    const plan = await api.plan(loaded.version, '2024-06', ['digital-app-innovation'], {});
    // One Azure Solutions Architect Expert: $165 exam + 5 study days × $400 = $2,165.
    expect(plan).toMatchObject({ status: 'found', optimal: true, totalCost: 2165 });
    expect(plan.steps.map((s) => s.actionId)).toEqual(['certify:azure-solutions-architect-expert']);
    const risk = await api.risk(loaded.version, '2024-06');
    expect(risk.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    expect(risk.nearThresholds.map((n) => n.subject)).toContain('Tamarack Farms Co-op'); // Teams 300 of 700 active = 42.9 %
  });

  it('forgets released versions', async () => {
    const loaded = await api.load(sample());
    await api.release([]);
    await expect(api.score(loaded.version, '2024-06')).rejects.toThrow(/not loaded/);
  });
});
