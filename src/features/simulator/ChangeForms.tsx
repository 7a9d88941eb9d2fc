/** Forms that add one change to a scenario: people, certifications, customers, usage, removals. */
import { shortCertificationName } from '../../engine/names';
import { useState } from 'react';
import { editions, getEdition } from '../../engine/rules';
import type { Change } from '../../engine/scenario';
import { useEdition } from '../../store/store';

const short = shortCertificationName;

/** The certifications a person can still earn under the chosen rule edition (listed there, not retired). */
function useCatalog() {
  const edition = getEdition(useEdition());
  return edition.certifications.filter((c) => !c.retiredOn && !c.notListed);
}

function AssociationSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: string[] }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
const AZURE_ASSOCIATIONS = ['PAL', 'DPOR', 'CSP'];

function CertificationSelect({ label, value, onChange }: { label: string; value: string; onChange: (id: string) => void }) {
  const catalog = useCatalog();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {catalog.map((c) => (
          <option key={c.id} value={c.id}>
            {short(c.name)}
          </option>
        ))}
      </select>
    </label>
  );
}

let counter = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function QuickActions({ onAdd, day }: { onAdd: (c: Change) => void; day: string }) {
  const edition = getEdition(useEdition());
  const catalog = useCatalog();
  return (
    <div className="quick" role="group" aria-label="Quick actions">
      {edition.quickCertifications.map((id) => {
        const cert = catalog.find((c) => c.id === id);
        if (!cert) return null;
        return (
          <button
            key={id}
            type="button"
            onClick={() => onAdd({ type: 'addPerson', personId: uid(`new-${cert.examCodes[0] ?? id}`), name: `New ${short(cert.name)}`, certifications: [{ certificationId: id, earnedOn: day }] })}
          >
            +1 {short(cert.name)}
          </button>
        );
      })}
    </div>
  );
}

export function AddPersonForm({ onAdd, day }: { onAdd: (c: Change) => void; day: string }) {
  const catalog = useCatalog();
  const [name, setName] = useState('');
  const [certs, setCerts] = useState<string[]>([catalog[0]!.id]);
  const [earned, setEarned] = useState(day);
  return (
    <form
      className="change-form"
      aria-label="Add a certified person"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd({ type: 'addPerson', personId: uid('person'), name: name.trim() || 'New person', certifications: certs.map((certificationId) => ({ certificationId, earnedOn: earned })) });
        setName('');
      }}
    >
      <h4>Add a certified person</h4>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New person" />
      </label>
      <label>
        Certifications
        <select multiple size={5} value={certs} onChange={(e) => setCerts([...e.target.selectedOptions].map((o) => o.value))}>
          {catalog.map((c) => (
            <option key={c.id} value={c.id}>
              {short(c.name)}
              {c.examCodes[0] ? ` (${c.examCodes[0]})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Earned on <input type="date" value={earned} onChange={(e) => setEarned(e.target.value)} required />
      </label>
      <button type="submit" disabled={certs.length === 0}>
        Add person
      </button>
    </form>
  );
}

export function AddCustomerForm({ onAdd, month }: { onAdd: (c: Change) => void; month: string }) {
  const [name, setName] = useState('');
  const [segment, setSegment] = useState('SMB');
  const [from, setFrom] = useState(month);
  const [acr, setAcr] = useState(1000);
  const [service, setService] = useState('Virtual Machines');
  const [azureAssoc, setAzureAssoc] = useState('PAL');
  const [seats, setSeats] = useState(0);
  const [active, setActive] = useState(0);
  const [workload, setWorkload] = useState('Teams');
  const [m365Assoc, setM365Assoc] = useState('CPOR');
  const [revenue, setRevenue] = useState(0);
  const [users, setUsers] = useState(0);
  const [baWorkload, setBaWorkload] = useState('Business Central');
  const valid = acr > 0 || seats > 0 || revenue > 0 || users > 0;
  return (
    <form
      className="change-form"
      aria-label="Add a customer"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        onAdd({
          type: 'addCustomer',
          tenantId: uid('customer'),
          name: name.trim() || 'New customer',
          segment,
          fromMonth: from,
          ...(acr > 0 ? { azure: [{ service, association: azureAssoc, acrUsd: acr }] } : {}),
          ...(seats > 0 ? { m365: [{ workload, association: m365Assoc, paidSeats: seats, activeUsers: Math.min(active, seats) }] } : {}),
          ...(revenue > 0 ? { bizappsRevenue: [{ workload: baWorkload, association: 'CSP', revenueUsd: revenue }] } : {}),
          ...(users > 0 ? { bizappsUsage: [{ workload: baWorkload, association: baWorkload.startsWith('Power') ? 'PAL' : 'CSP', usage: users }] } : {}),
        });
        setName('');
      }}
    >
      <h4>Add a customer</h4>
      <div className="form-grid">
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New customer" />
        </label>
        <label>
          Segment
          <select value={segment} onChange={(e) => setSegment(e.target.value)}>
            <option>SMB</option>
            <option>SMC</option>
            <option>Enterprise</option>
          </select>
        </label>
        <label>
          From month <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          Azure ACR per month (USD) <input type="number" min={0} value={acr} onChange={(e) => setAcr(Number(e.target.value))} />
        </label>
        <label>
          Azure service <input value={service} onChange={(e) => setService(e.target.value)} />
        </label>
        <AssociationSelect label="Azure association" value={azureAssoc} onChange={setAzureAssoc} options={AZURE_ASSOCIATIONS} />
        <label>
          Microsoft 365 paid seats <input type="number" min={0} value={seats} onChange={(e) => setSeats(Number(e.target.value))} />
        </label>
        <label>
          Microsoft 365 active users <input type="number" min={0} value={active} onChange={(e) => setActive(Number(e.target.value))} />
        </label>
        <label>
          Microsoft 365 workload
          <select value={workload} onChange={(e) => setWorkload(e.target.value)}>
            {['Teams', 'Exchange Online', 'SharePoint Online', 'Intune', 'Entra ID Premium', 'Microsoft Defender for Endpoint'].map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <AssociationSelect label="Microsoft 365 association" value={m365Assoc} onChange={setM365Assoc} options={['CPOR', 'DPOR', 'CSP']} />
        <label>
          Dynamics/Power Platform revenue per month (USD) <input type="number" min={0} value={revenue} onChange={(e) => setRevenue(Number(e.target.value))} />
        </label>
        <label>
          Dynamics/Power Platform monthly users <input type="number" min={0} value={users} onChange={(e) => setUsers(Number(e.target.value))} />
        </label>
        <label>
          Dynamics/Power Platform workload
          <select value={baWorkload} onChange={(e) => setBaWorkload(e.target.value)}>
            {['Business Central', 'Sales', 'Customer Service', 'Power BI', 'Power Apps'].map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" disabled={!valid}>
        Add customer
      </button>
    </form>
  );
}

export function OtherChangesForm({ onAdd, month, day }: { onAdd: (c: Change) => void; month: string; day: string }) {
  const catalog = useCatalog();
  const [tenant, setTenant] = useState('');
  const [person, setPerson] = useState('');
  const [certificationId, setCertificationId] = useState(catalog[0]!.id);
  const [on, setOn] = useState(day);
  const [growTenant, setGrowTenant] = useState('');
  const [growKind, setGrowKind] = useState<'azure' | 'm365' | 'bizappsRevenue' | 'bizappsUsage'>('azure');
  const [growService, setGrowService] = useState('Virtual Machines');
  const [growAssoc, setGrowAssoc] = useState('PAL');
  const [delta, setDelta] = useState(500);
  const [certPerson, setCertPerson] = useState('');
  const [newCert, setNewCert] = useState(catalog[0]!.id);
  const GROW: Record<typeof growKind, { label: string; unit: string; name: string; associations: string[] }> = {
    azure: { label: 'Azure consumed revenue', unit: 'USD a month', name: 'Service', associations: AZURE_ASSOCIATIONS },
    m365: { label: 'Microsoft 365 active users', unit: 'users', name: 'Workload', associations: ['CPOR', 'DPOR', 'CSP'] },
    bizappsRevenue: { label: 'Dynamics / Power Platform revenue', unit: 'USD a month', name: 'Workload', associations: ['CSP', 'DPOR', 'CPOR RevRec', 'CPOR OSA'] },
    bizappsUsage: { label: 'Dynamics / Power Platform users', unit: 'users', name: 'Workload', associations: ['CSP', 'DPOR', 'CPOR', 'PAL'] },
  };
  return (
    <div className="change-forms-other">
      <form
        className="change-form"
        aria-label="Let a certification expire"
        onSubmit={(e) => {
          e.preventDefault();
          if (person.trim()) onAdd({ type: 'expireCertification', personId: person.trim(), certificationId, on });
        }}
      >
        <h4>Let a certification expire</h4>
        <label>
          Person (email or id) <input value={person} onChange={(e) => setPerson(e.target.value)} required />
        </label>
        <CertificationSelect label="Certification" value={certificationId} onChange={setCertificationId} />
        <label>
          Last valid day <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required />
        </label>
        <button type="submit">Add expiry</button>
      </form>
      <form
        className="change-form"
        aria-label="Certify an existing person"
        onSubmit={(e) => {
          e.preventDefault();
          if (certPerson.trim()) onAdd({ type: 'certifyPerson', personId: certPerson.trim(), certificationId: newCert, earnedOn: day });
        }}
      >
        <h4>Certify an existing person</h4>
        <label>
          Person (email or id) <input value={certPerson} onChange={(e) => setCertPerson(e.target.value)} required />
        </label>
        <CertificationSelect label="New certification" value={newCert} onChange={setNewCert} />
        <button type="submit">Add certification</button>
      </form>
      <form
        className="change-form"
        aria-label="Grow or shrink a customer's usage"
        onSubmit={(e) => {
          e.preventDefault();
          if (growTenant.trim() && Number.isInteger(delta))
            onAdd({ type: 'growUsage', tenantId: growTenant.trim(), kind: growKind, name: growService, association: growAssoc, delta, fromMonth: month });
        }}
      >
        <h4>Grow or shrink a customer's usage</h4>
        <label>
          Tenant id <input value={growTenant} onChange={(e) => setGrowTenant(e.target.value)} required />
        </label>
        <label>
          What
          <select
            value={growKind}
            onChange={(e) => {
              const kind = e.target.value as typeof growKind;
              setGrowKind(kind);
              setGrowAssoc(GROW[kind].associations[0]!);
            }}
          >
            {(Object.keys(GROW) as (typeof growKind)[]).map((k) => (
              <option key={k} value={k}>
                {GROW[k].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {GROW[growKind].name} <input value={growService} onChange={(e) => setGrowService(e.target.value)} />
        </label>
        <AssociationSelect label="Association" value={growAssoc} onChange={setGrowAssoc} options={GROW[growKind].associations} />
        <label>
          Change per month ({GROW[growKind].unit}; negative to shrink) <input type="number" step={1} value={delta} onChange={(e) => setDelta(Number(e.target.value))} />
        </label>
        <button type="submit">Add usage change</button>
      </form>
      <form
        className="change-form"
        aria-label="Remove a customer"
        onSubmit={(e) => {
          e.preventDefault();
          if (tenant.trim()) onAdd({ type: 'removeCustomer', tenantId: tenant.trim() });
        }}
      >
        <h4>Remove a customer</h4>
        <label>
          Tenant id <input value={tenant} onChange={(e) => setTenant(e.target.value)} required />
        </label>
        <button type="submit">Remove customer</button>
      </form>
    </div>
  );
}

export function describeChange(change: Change): string {
  const certName = (id: string) =>
    short(
      Object.values(editions)
        .flatMap((e) => e.certifications)
        .find((c) => c.id === id)?.name ?? id,
    );
  switch (change.type) {
    case 'addPerson':
      return `Add ${change.name ?? change.personId} with ${change.certifications.map((c) => certName(c.certificationId)).join(', ')}`;
    case 'certifyPerson':
      return `Certify ${change.personId}: ${certName(change.certificationId)}`;
    case 'expireCertification':
      return `${certName(change.certificationId)} of ${change.personId} expires on ${change.on}`;
    case 'addCustomer': {
      const parts = [
        change.azure?.map((a) => `$${a.acrUsd}/month ${a.service} (${a.association})`).join(', '),
        change.m365?.map((m) => `${m.paidSeats} ${m.workload} seats, ${m.activeUsers} active (${m.association})`).join(', '),
        change.bizappsRevenue?.map((r) => `$${r.revenueUsd}/month ${r.workload}`).join(', '),
        change.bizappsUsage?.map((u) => `${u.usage} ${u.workload} users`).join(', '),
      ].filter(Boolean);
      return `Add customer ${change.name ?? change.tenantId} from ${change.fromMonth}: ${parts.join('; ')}`;
    }
    case 'growUsage':
      return `${change.delta >= 0 ? 'Grow' : 'Shrink'} ${change.tenantId} ${change.name} by ${Math.abs(change.delta)} a month from ${change.fromMonth}`;
    case 'removeCustomer':
      return `Remove customer ${change.tenantId}`;
  }
}
