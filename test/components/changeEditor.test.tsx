// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../src/engine/scenario';
import { ChangeEditor } from '../../src/features/simulator/ChangeEditor';

afterEach(cleanup);
const customer: Change = { type: 'addCustomer', tenantId: 't-1', name: 'Alder', fromMonth: '2024-06', azure: [{ service: 'Virtual Machines', association: 'PAL', acrUsd: 1000 }] };

describe('Change editor', () => {
  it('edits a change field by field, keeping its ids', async () => {
    const onSave = vi.fn();
    render(<ChangeEditor change={customer} onSave={onSave} onCancel={() => {}} />);
    expect(screen.queryByLabelText('tenant id')).toBeNull();
    const acr = screen.getByLabelText('azure › #1 › acr usd');
    await userEvent.clear(acr);
    await userEvent.type(acr, '2500');
    await userEvent.click(screen.getByRole('button', { name: 'Save change' }));
    expect(onSave).toHaveBeenCalledWith({ ...customer, azure: [{ service: 'Virtual Machines', association: 'PAL', acrUsd: 2500 }] });
  });

  it('refuses an invalid value with the field and the reason', async () => {
    const onSave = vi.fn();
    render(<ChangeEditor change={customer} onSave={onSave} onCancel={() => {}} />);
    const month = screen.getByLabelText('from month');
    await userEvent.clear(month);
    await userEvent.type(month, 'June');
    await userEvent.click(screen.getByRole('button', { name: 'Save change' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('fromMonth: expected a month YYYY-MM');
  });
});
