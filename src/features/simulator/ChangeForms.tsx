/**
 * Forms that add one change to a scenario: people, certifications, customers, usage, removals. Customers and
 * people are picked by name or id from the loaded data, certifications by name or exam code.
 */
import { useId, useState } from 'react';
import type { CertificationChoice } from '../../engine/catalogue';
import type { Change } from '../../engine/scenario';
import { useDirectory, useEditionSummary } from '../queries';

/** The certifications a person can still earn under the edition shown (listed there, not retired). */
function useCatalog(): CertificationChoice[] {
  return useEditionSummary().data?.certifications ?? [];
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

const matches = (c: CertificationChoice, q: string) => `${c.name} ${c.examCodes.join(' ')}`.toLowerCase().includes(q.trim().toLowerCase());
const certLabel = (c: CertificationChoice) => `${c.name}${c.examCodes[0] ? ` (${c.examCodes.join(', ')})` : ''}`;

/** One certification, found by typing part of its name or exam code. */
function CertificationSelect({ label, value, onChange }: { label: string; value: string; onChange: (id: string) => void }) {
  const catalog = useCatalog();
  const listId = useId();
  const [text, setText] = useState('');
  const chosen = catalog.find((c) => c.id === value);
  return (
    <label>
      {label}
      <input
        list={listId}
        value={text || (chosen ? certLabel(chosen) : '')}
        placeholder="name or exam code, e.g. AZ-305"
        onChange={(e) => {
          setText(e.target.value);
          // The option picked from the list, else the only certification the typed text matches.
          const found = catalog.filter((c) => matches(c, e.target.value));
          const picked = catalog.find((c) => certLabel(c) === e.target.value) ?? (found.length === 1 ? found[0] : undefined);
          if (picked) onChange(picked.id);
        }}
        onBlur={() => setText('')}
      />
      <datalist id={listId}>
        {catalog.map((c) => (
          <option key={c.id} value={certLabel(c)} />
        ))}
      </datalist>
    </label>
  );
}

/** Several certifications: a filter box and checkboxes (no Ctrl-click list). */
function CertificationChecklist({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const catalog = useCatalog();
  const [q, setQ] = useState('');
  const shown = catalog.filter((c) => value.includes(c.id) || matches(c, q));
  return (
    <fieldset className="cert-picker">
      <legend>Certifications ({value.length} chosen)</legend>
      <label>
        Find <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="name or exam code, e.g. AZ-305" />
      </label>
      <div className="cert-options" role="group" aria-label="Certifications to add">
        {shown.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={value.includes(c.id)} onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))} /> {certLabel(c)}
          </label>
        ))}
        {shown.length === 0 && <p className="muted small">No certification matches “{q}”.</p>}
      </div>
    </fieldset>
  );
}

/** A customer or person of the loaded data, by name or id (the id is what the change stores). */
function EntityPicker({ label, kind, value, onChange }: { label: string; kind: 'tenants' | 'people'; value: string; onChange: (id: string) => void }) {
  const directory = useDirectory();
  const listId = useId();
  const entries = directory.data?.[kind] ?? [];
  const text = (e: { id: string; name?: string }) => (e.name ? `${e.name} — ${e.id}` : e.id);
  return (
    <label>
      {label}
      <input
        list={listId}
        value={value}
        required
        placeholder={kind === 'tenants' ? 'customer name or tenant id' : 'name or e-mail'}
        onChange={(e) => {
          const typed = e.target.value;
          const picked = entries.find((x) => text(x) === typed);
          onChange(picked ? picked.id : typed);
        }}
      />
      <datalist id={listId}>
        {entries.map((x) => (
          <option key={x.id} value={text(x)} />
        ))}
      </datalist>
    </label>
  );
}

let counter = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function QuickActions({ onAdd, day }: { onAdd: (c: Change) => void; day: string }) {
  const summary = useEditionSummary().data;
  const catalog = summary?.certifications ?? [];
  return (
    <div className="quick" role="group" aria-label="Quick actions">
      {(summary?.quickCertifications ?? []).map((id) => {
        const cert = catalog.find((c) => c.id === id);
        if (!cert) return null;
        return (
          <button
            key={id}
            type="button"
            onClick={() => onAdd({ type: 'addPerson', personId: uid(`new-${cert.examCodes[0] ?? id}`), name: `New ${cert.name}`, certifications: [{ certificationId: id, earnedOn: day }] })}
          >
            +1 {cert.name}
          </button>
        );
      })}
    </div>
  );
}

export function AddPersonForm({ onAdd, day }: { onAdd: (c: Change) => void; day: string }) {
  const [name, setName] = useState('');
  const [certs, setCerts] = useState<string[]>([]);
  const [earned, setEarned] = useState(day);
  return (
    <form
      className="change-form"
      aria-label="Add a certified person"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd({ type: 'addPerson', personId: uid('person'), name: name.trim() || 'New person', certifications: certs.map((certificationId) => ({ certificationId, earnedOn: earned })) });
        setName('');
        setCerts([]);
      }}
    >
      <h4>Add a certified person</h4>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New person" />
      </label>
      <CertificationChecklist value={certs} onChange={setCerts} />
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
  const [certificationId, setCertificationId] = useState(catalog[0]?.id ?? '');
  const [on, setOn] = useState(day);
  const [growTenant, setGrowTenant] = useState('');
  const [growKind, setGrowKind] = useState<'azure' | 'm365' | 'bizappsRevenue' | 'bizappsUsage'>('azure');
  const [growService, setGrowService] = useState('Virtual Machines');
  const [growAssoc, setGrowAssoc] = useState('PAL');
  const [delta, setDelta] = useState(500);
  const [certPerson, setCertPerson] = useState('');
  const [newCert, setNewCert] = useState(catalog[0]?.id ?? '');
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
          if (person.trim() && certificationId) onAdd({ type: 'expireCertification', personId: person.trim(), certificationId, on });
        }}
      >
        <h4>Let a certification expire</h4>
        <EntityPicker label="Person" kind="people" value={person} onChange={setPerson} />
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
          if (certPerson.trim() && newCert) onAdd({ type: 'certifyPerson', personId: certPerson.trim(), certificationId: newCert, earnedOn: day });
        }}
      >
        <h4>Certify an existing person</h4>
        <EntityPicker label="Person" kind="people" value={certPerson} onChange={setCertPerson} />
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
        <EntityPicker label="Customer" kind="tenants" value={growTenant} onChange={setGrowTenant} />
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
        <EntityPicker label="Customer" kind="tenants" value={tenant} onChange={setTenant} />
        <button type="submit">Remove customer</button>
      </form>
    </div>
  );
}

export function describeChange(change: Change, names: Record<string, string> = {}): string {
  const certName = (id: string) => names[id] ?? id;
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
