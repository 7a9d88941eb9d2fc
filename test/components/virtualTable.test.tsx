// @vitest-environment jsdom
/** Big tables stay small in the page: 100,000 explanation lines render a screenful, and the last is one search away. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExplanationItem } from '../../src/engine/types';
import { ExplanationTable } from '../../src/features/designation/ExplanationTable';

afterEach(cleanup);

const items: ExplanationItem[] = Array.from({ length: 100_000 }, (_, i) => ({
  subject: `tenant-${i}`,
  subjectKind: 'tenant',
  name: `Customer ${i}`,
  component: 'customers',
  counted: i % 2 === 0,
  reason: `reason ${i}`,
}));

describe('ExplanationTable with 100,000 lines', () => {
  it('renders only the rows in view, announces the full count, and finds the last line', async () => {
    render(<ExplanationTable items={items} caption="Big metric" fileName="big.csv" />);
    const table = screen.getByRole('table', { name: 'Big metric' });
    expect(table.getAttribute('aria-rowcount')).toBe('100001'); // 100,000 lines + the header row
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    await userEvent.type(screen.getByRole('searchbox'), 'Customer 99999');
    expect(within(table).getByText('Customer 99999')).toBeTruthy();
    expect(screen.getByText(/1 of 100000 shown/)).toBeTruthy();
  });
});
