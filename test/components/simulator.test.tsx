// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared } from '../../src/engine';
import { prepareScenario } from '../../src/engine/scenario';
import { Comparison } from '../../src/features/simulator/Comparison';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';

afterEach(cleanup);

describe('Simulator comparison', () => {
  it('adding a certified person shows the metric and total change, and qualification', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    const { dataset } = await importFiles(readdirSync(dir).map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))));
    const edition = getEdition();
    const base = prepare(dataset, edition);
    const scenario = { id: 's', name: 's', changes: [{ type: 'addPerson' as const, personId: 'new', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] }] };
    const options = { explain: false, window: false };
    render(<Comparison baseline={scorePrepared(base, '2026-10', options)} scenario={scorePrepared(prepareScenario(base, dataset, edition, scenario, '2026-10'), '2026-10', options)} />);
    const dai = screen.getAllByRole('row', { name: /Digital & App Innovation \(Azure\)/ })[0]!;
    // A second SAE opens the advanced gate: 2 scoring people × 4 = 8 → 76 + 8 = 84.
    expect(
      within(dai)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['76', '84', '▲ +8', '✗ → ✓ qualified (changes)', 'Enterprise']);
    const infra = screen.getAllByRole('row', { name: /Infrastructure \(Azure\)/ })[0]!;
    expect(within(infra).getAllByRole('cell')[1]!.textContent).toBe('76');
    // The metric table for DAI shows Advanced certifications 0 → 8.
    const tables = screen.getAllByRole('table', { name: /Digital & App Innovation \(Azure\) metrics before and after/ });
    const advanced = within(tables[0]!).getByRole('row', { name: /Advanced certifications/ });
    expect(advanced.textContent).toContain('0 / 20');
    expect(advanced.textContent).toContain('8 / 20');
    expect(advanced.textContent).toContain('▲ +8');
    // The metric's value (2 people with an advanced certification) does not move; the prerequisite count does: 1 → 2 SAE.
    expect(advanced.textContent).toContain('2 → 2 people');
    expect(advanced.textContent).toContain('Prerequisite: 2 Azure Solutions Architect Experts: 1 → 2');
  });
});
