// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColumnMapping } from '../../src/features/import/ColumnMapping';
import { ProblemsList } from '../../src/features/import/ProblemsList';
import type { Problem } from '../../src/io/problems';

afterEach(cleanup);

const problems: Problem[] = [
  { file: 'azure.csv', row: 3, column: 'acr_usd', message: "not a number: 'n/a'", severity: 'error' },
  { file: 'azure.csv', row: 9, column: '', message: 'exact duplicate of azure.csv row 2: counted once', severity: 'warning' },
  { file: 'people.csv', row: 4, column: 'certification', message: "not in the catalog: 'Basket Weaving' (loaded, but it does not count)", severity: 'warning' },
];

describe('Problems list', () => {
  it('shows file, row, column and reason for every problem, with counts', () => {
    render(<ProblemsList problems={problems} />);
    expect(screen.getByRole('heading', { name: 'Problems: 1 error, 2 warnings' })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['azure.csv', '3', 'acr_usd', '✗ error', "not a number: 'n/a'"],
      ['azure.csv', '9', '—', '⚠ warning', 'exact duplicate of azure.csv row 2: counted once'],
      ['people.csv', '4', 'certification', '⚠ warning', "not in the catalog: 'Basket Weaving' (loaded, but it does not count)"],
    ]);
  });

  it('filters by kind and by text', async () => {
    render(<ProblemsList problems={problems} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'error');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter' }), 'people');
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });
});

describe('Column mapping', () => {
  it('asks for the required fields of the chosen kind and hands back the mapping', async () => {
    const onApply = vi.fn();
    render(<ColumnMapping fileName="export.csv" headers={['Kunde', 'Monat', 'Dienst', 'Art', 'Betrag']} onApply={onApply} />);
    const submit = screen.getByRole('button', { name: 'Load export.csv with this mapping' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(screen.getByText(/Still needed: tenant_id, month, service, association, acr_usd/)).toBeTruthy();
    for (const [field, header] of [
      ['tenant_id (required)', 'Kunde'],
      ['month (required)', 'Monat'],
      ['service (required)', 'Dienst'],
      ['association (required)', 'Art'],
      ['acr_usd (required)', 'Betrag'],
    ] as const) {
      await userEvent.selectOptions(screen.getByRole('combobox', { name: field }), header);
    }
    expect(submit.disabled).toBe(false);
    await userEvent.click(submit);
    expect(onApply).toHaveBeenCalledWith('azure', { tenant_id: 'Kunde', month: 'Monat', service: 'Dienst', association: 'Art', acr_usd: 'Betrag' });
  });
});
