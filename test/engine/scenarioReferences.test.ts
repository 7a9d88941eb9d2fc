/** A scenario that names what the data and rules do not know says so (the change then does nothing). */
import { describe, expect, it } from 'vitest';
import { getEdition, prepare } from '../../src/engine';
import { unknownReferences } from '../../src/engine/scenario';
import { azure, cert, dataset, M1 } from './helpers';

describe('unknown references in a scenario', () => {
  it('names unknown certifications, people and customers; known ones and ones the scenario adds pass', () => {
    const prepared = prepare(dataset({ azure: [azure('known', M1, 10)], certifications: [cert('ann', 'AZ-104')] }), getEdition('2024'));
    const warnings = unknownReferences(
      {
        id: 's',
        name: 's',
        changes: [
          { type: 'addPerson', personId: 'new', certifications: [{ certificationId: 'no-such-cert' }, { certificationId: 'azure-solutions-architect-expert' }] },
          { type: 'certifyPerson', personId: 'ghost', certificationId: 'azure-administrator-associate' },
          { type: 'certifyPerson', personId: 'ann', certificationId: 'azure-administrator-associate' },
          { type: 'certifyPerson', personId: 'new', certificationId: 'azure-administrator-associate' },
          { type: 'removeCustomer', tenantId: 'nobody' },
          { type: 'removeCustomer', tenantId: 'KNOWN' },
          { type: 'addCustomer', tenantId: 'fresh', fromMonth: M1 },
          { type: 'growUsage', tenantId: 'fresh', kind: 'azure', name: 'S', association: 'PAL', delta: 5, fromMonth: M1 },
        ],
      },
      prepared,
    );
    expect(warnings).toEqual(["certification 'no-such-cert' is not in rule edition 2024", "person 'ghost' is not in your data", "customer 'nobody' is not in your data"]);
  });

  it('each kind of change is checked: certifications of certify and expire, people of expire, customers of growth', () => {
    const prepared = prepare(dataset({ azure: [azure('known', M1, 10)], certifications: [cert('ann', 'AZ-104')] }), getEdition('2024'));
    const warnings = unknownReferences(
      {
        id: 's',
        name: 's',
        changes: [
          { type: 'certifyPerson', personId: 'ann', certificationId: 'made-up-1' },
          { type: 'expireCertification', personId: 'ann', certificationId: 'made-up-2', on: '2024-01-31' },
          { type: 'expireCertification', personId: 'nobody', certificationId: 'azure-administrator-associate', on: '2024-01-31' },
          { type: 'growUsage', tenantId: 'stranger', kind: 'azure', name: 'S', association: 'PAL', delta: 5, fromMonth: M1 },
          { type: 'addCustomer', tenantId: 'fresh', fromMonth: M1 },
        ],
      },
      prepared,
    );
    expect(warnings).toEqual([
      "certification 'made-up-1' is not in rule edition 2024",
      "certification 'made-up-2' is not in rule edition 2024",
      "person 'nobody' is not in your data",
      "customer 'stranger' is not in your data",
    ]);
  });
});
