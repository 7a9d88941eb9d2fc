// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScoreReport } from '../../src/engine';
import { DesignationDetail } from '../../src/features/designation/DesignationDetail';
import { Overview } from '../../src/features/overview/Overview';
import { sampleReport } from './helpers';

let report: ScoreReport;
beforeAll(async () => {
  report = await sampleReport();
});
afterEach(cleanup);

describe('Overview', () => {
  it('shows all six designations with score, qualification and path', () => {
    render(<Overview report={report} onOpen={() => {}} />);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(6);
    const dai = within(screen.getByRole('article', { name: 'Digital & App Innovation (Azure)' }));
    expect(dai.getByText('76')).toBeTruthy();
    expect(dai.getByText('✗ Not qualified')).toBeTruthy();
    expect(dai.getByText('Enterprise path')).toBeTruthy();
    const ba = within(screen.getByRole('article', { name: 'Business Applications' }));
    expect(ba.getByText('✓ Qualified')).toBeTruthy();
    expect(ba.getByText('SMB path')).toBeTruthy();
  });

  it('gives every metric a labelled progress bar with its value, and calls out metrics at zero', () => {
    render(<Overview report={report} onOpen={() => {}} />);
    const bar = screen.getByRole('progressbar', { name: 'Digital & App Innovation (Azure): Intermediate certifications' });
    expect(bar.getAttribute('aria-valuenow')).toBe('16');
    expect(bar.getAttribute('aria-valuemax')).toBe('20');
    const dai = within(screen.getByRole('article', { name: 'Digital & App Innovation (Azure)' }));
    expect(dai.getByRole('note').textContent).toContain('Advanced certifications is below 1 point');
  });

  it('lists Microsoft Cloud and the specializations the qualified designations open', () => {
    render(<Overview report={report} onOpen={() => {}} />);
    // The three Azure designations do not qualify in 2026-10; Security does (SMB path).
    expect(screen.getByText(/Needs all six designations/).textContent).toContain('Infrastructure (Azure)');
    expect(screen.getByText(/Needs all six designations/).textContent).not.toContain('Security');
    expect(screen.getByText('Adoption and Change Management')).toBeTruthy();
  });

  it('says where the partner stands, and offers each miss its cheapest plan as a scenario', async () => {
    const changes = [{ type: 'addPerson' as const, personId: 'p', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] }];
    const plan = {
      designation: 'digital-app-innovation' as const,
      status: 'found' as const,
      optimal: true,
      totalCost: 2165,
      steps: [{ label: 'Certify a person: Azure Solutions Architect Expert (AZ-305)', cost: 2165 }],
      changes,
      scoreAfter: 84,
      qualifiedAfter: true,
    };
    const onApply = vi.fn();
    render(<Overview report={report} onOpen={() => {}} nextSteps={[plan]} onApply={onApply} />);
    expect(screen.getByText(/designations qualify/).closest('p')!.textContent).toBe(
      '3 of 6 designations qualify · closest miss: Digital & App Innovation (Azure), 76 points but Advanced certifications needs at least 1 point',
    );
    const dai = within(screen.getByRole('article', { name: 'Digital & App Innovation (Azure)' }));
    expect(dai.getByText(/Next step:/).closest('p')!.textContent).toMatch(/Certify a person: Azure Solutions Architect Expert \(AZ-305\) → 84 ✓, about \$2,165\./);
    await userEvent.click(dai.getByRole('button', { name: 'Try it in the simulator' }));
    expect(onApply).toHaveBeenCalledWith('Plan for Digital & App Innovation (Azure)', changes);
    // Qualified designations get no next step; a miss whose plan is still being searched says so.
    expect(within(screen.getByRole('article', { name: 'Security' })).queryByText(/Next step/)).toBeNull();
    expect(within(screen.getByRole('article', { name: 'Infrastructure (Azure)' })).getByText(/Working out the cheapest way/)).toBeTruthy();
  });

  it('opens a designation', async () => {
    const onOpen = vi.fn();
    render(<Overview report={report} onOpen={onOpen} />);
    await userEvent.click(screen.getByRole('button', { name: 'Details for Security' }));
    expect(onOpen).toHaveBeenCalledWith('security');
  });
});

describe('Designation detail', () => {
  it('shows both paths, marks the one that counts, and explains each metric', async () => {
    const dai = report.designations.find((d) => d.id === 'digital-app-innovation')!;
    render(<DesignationDetail d={dai} />);
    expect(screen.getByRole('heading', { name: /Enterprise path: 76 \/ 100 ★ counts/ })).toBeTruthy();
    // SMB: 30 + (4 + 4 × 4 = 20) + (4 + 2 × 4 = 12) + 20 + 10 = 92.
    expect(screen.getByRole('heading', { name: /SMB path: 92 \/ 100/ })).toBeTruthy();
    expect(screen.getAllByText(/First 2 Azure Solutions Architect Experts \(no points\)/).length).toBeGreaterThan(0);
    // Open the Advanced certifications explanation on the Enterprise path and search it.
    const advanced = screen.getByRole('region', { name: /⚠ Advanced certifications: 0 \/ 20 points/ });
    await userEvent.click(within(advanced).getByText(/Who and what counted/));
    const table = within(advanced).getByRole('table');
    expect(within(table).getByText(/Elena Rossi/)).toBeTruthy();
    expect(within(table).getByText(/expired on 2026-06-15/)).toBeTruthy();
    await userEvent.type(within(advanced).getByRole('searchbox'), 'dev patel');
    expect(within(table).queryByText(/Elena Rossi/)).toBeNull();
    expect(within(table).getByText(/Dev Patel/)).toBeTruthy();
  });

  it('sorts the explanation table by a column', async () => {
    const infra = report.designations.find((d) => d.id === 'infrastructure')!;
    render(<DesignationDetail d={infra} />);
    const deployments = screen.getAllByRole('region', { name: /^Deployments/ })[0]!;
    await userEvent.click(within(deployments).getByText(/Who and what counted/));
    await userEvent.click(within(deployments).getByRole('button', { name: /Who \/ what/ }));
    const first = within(deployments).getAllByRole('row')[1]!;
    expect(first.textContent).toContain('App Service');
  });
});
