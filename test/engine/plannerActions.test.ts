/**
 * The planner's default catalogue (defaultActions): which actions each designation is offered, what they cost,
 * and that every action, taken twice (an Enterprise prerequisite needs two people), moves something in a
 * designation it claims to affect.
 */
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared, type DesignationId, type ScoreReport } from '../../src/engine';
import { defaultActions } from '../../src/engine/planner';
import { prepareScenario } from '../../src/engine/scenario';
import { azure, dataset, N1 } from './helpers';

const ALL: DesignationId[] = ['data-ai', 'digital-app-innovation', 'infrastructure', 'business-applications', 'modern-work', 'security'];
/** A partner with nothing yet but one Azure row in the scoring month (so there is a month to score). */
const empty = dataset({ azure: [azure('seed', N1, 1, 'Storage')] });

/** Units of every component of every path of a designation, keyed by path/metric/component. */
const units = (report: ScoreReport, id: DesignationId) =>
  Object.fromEntries(report.designations.find((d) => d.id === id)!.paths.flatMap((p) => p.metrics.flatMap((m) => m.components.map((c) => [`${p.path}/${m.id}/${c.id}`, c.units]))));

describe('the default planner catalogue', () => {
  for (const editionId of ['2024', '2026']) {
    it(`edition ${editionId}: every action, taken twice, raises some count of a designation it names`, () => {
      const edition = getEdition(editionId);
      const base = prepare(empty, edition);
      const before = scorePrepared(base, N1, { explain: false, window: false });
      for (const target of ALL) {
        const actions = defaultActions(edition, [target], base, N1);
        expect(actions.length, target).toBeGreaterThan(0);
        for (const action of actions) {
          expect(action.affects, action.id).toContain(target);
          const after = scorePrepared(prepareScenario(base, empty, edition, { id: 'a', name: 'a', changes: [action.change(1), action.change(2)] }, N1), N1, { explain: false, window: false });
          const moved = action.affects.some((id) => {
            const now = units(after, id);
            return Object.entries(units(before, id)).some(([key, n]) => (now[key] ?? 0) > n);
          });
          expect(moved, `${editionId} ${target}: ${action.id}`).toBe(true);
        }
      }
    });
  }

  it('offers customers by what each designation counts: Azure, Microsoft 365, Security, Business Applications', () => {
    const edition = getEdition('2026');
    const base = prepare(empty, edition);
    const ids = (targets: DesignationId[]) =>
      defaultActions(edition, targets, base, N1)
        .filter((a) => !a.id.startsWith('certify:'))
        .map((a) => a.id);
    expect(ids(['infrastructure'])).toEqual(['azure-customer', 'azure-new-service']);
    expect(ids(['modern-work'])).toEqual(['m365-enterprise-customer', 'm365-smb-customer']);
    expect(ids(['security'])).toEqual(['m365-security-customer', 'azure-security-customer']);
    expect(ids(['business-applications'])).toEqual(['bizapps-smb-customer', 'bizapps-enterprise-customer']);
    // An Azure Security customer also counts for the Azure designations planned with Security
    const both = defaultActions(edition, ['security', 'data-ai'], base, N1).find((a) => a.id === 'azure-security-customer')!;
    expect(both.affects).toEqual(['security', 'data-ai']);
    // Customer actions: their cost, ten at most, and a name without "Win a"
    const m365 = defaultActions(edition, ['modern-work'], base, N1).find((a) => a.id === 'm365-enterprise-customer')!;
    expect(m365).toMatchObject({ cost: 6000, limit: 10 });
    expect(m365.change(2)).toMatchObject({ type: 'addCustomer', tenantId: 'planned-m365-enterprise-customer-2', name: 'Microsoft 365 customer: 301 seats, 40 % active (CPOR) #2', fromMonth: N1 });
    const azureCustomer = defaultActions(edition, ['infrastructure'], base, N1).find((a) => a.id === 'azure-customer')!;
    expect(azureCustomer.change(1)).toMatchObject({ name: 'Azure customer at $1,000 a month (PAL) #1' });
  });

  it('new services are only ones the partner has not used, one per step', () => {
    const edition = getEdition('2026');
    const used = dataset({ azure: [azure('seed', N1, 1, 'Azure Functions'), azure('seed', N1, 1, 'Service Bus')] });
    const action = defaultActions(edition, ['infrastructure'], prepare(used, edition), N1).find((a) => a.id === 'azure-new-service')!;
    // 10 services in the list, 2 already used → 8 steps, each a different service, none of the used ones
    expect(action.limit).toBe(8);
    const services = Array.from({ length: 8 }, (_, k) => (action.change(k + 1) as { azure: { service: string }[] }).azure[0]!.service);
    expect(new Set(services).size).toBe(8);
    expect(services).not.toContain('Azure Functions');
    expect(services).not.toContain('Service Bus');
    expect(action.change(1)).toMatchObject({ name: `New ${services[0]} deployment`, azure: [{ association: 'PAL', acrUsd: 100 }] });
  });

  it('certifications cost the exam ($165) plus study days at $400: Expert 5 days, Associate 3, Fundamentals 1', () => {
    const edition = getEdition('2026');
    const actions = defaultActions(edition, ALL, prepare(empty, edition), N1).filter((a) => a.id.startsWith('certify:'));
    const cost = (certificationId: string) => actions.find((a) => a.id === `certify:${certificationId}` || a.label.includes(certificationId))?.cost;
    expect(cost('azure-solutions-architect-expert')).toBe(165 + 5 * 400); // 2,165
    expect(cost('azure-administrator-associate')).toBe(165 + 3 * 400); // 1,365
    expect(actions.every((a) => [165 + 5 * 400, 165 + 3 * 400, 165 + 400, 400, 3 * 400, 5 * 400].includes(a.cost))).toBe(true);
    // A person certified by the plan holds it from the scoring month's last day
    const sae = actions.find((a) => a.id === 'certify:azure-solutions-architect-expert')!;
    expect(sae.change(3)).toEqual({
      type: 'addPerson',
      personId: 'planned-azure-solutions-architect-expert-3@plan',
      name: 'New Azure Solutions Architect Expert (AZ-305) #3',
      certifications: [{ certificationId: 'azure-solutions-architect-expert', earnedOn: '2026-10-31' }],
    });
    expect(sae).toMatchObject({ limit: 10, label: 'Certify a person: Azure Solutions Architect Expert (AZ-305)' });
  });

  it('a designation is only offered the certifications its own metrics list', () => {
    const edition = getEdition('2026');
    const base = prepare(empty, edition);
    const mw = defaultActions(edition, ['modern-work'], base, N1).filter((a) => a.id.startsWith('certify:'));
    expect(mw.length).toBeGreaterThan(0);
    expect(mw.every((a) => a.affects.length === 1 && a.affects[0] === 'modern-work')).toBe(true);
    expect(mw.map((a) => a.id)).not.toContain('certify:azure-solutions-architect-expert');
  });
});
