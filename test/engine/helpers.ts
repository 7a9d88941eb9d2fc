/** Small builders for hand-made datasets. Scoring month in these tests: 2024-06 (M-1), so M-13 = 2023-06. */
import { emptyDataset, getEdition, scoreDataset, vocabularyOf, type Dataset, type DesignationId, type MetricId, type PathId } from '../../src/engine';

export const M1 = '2024-06';
export const M2 = '2024-05';
export const M13 = '2023-06';
export const M14 = '2023-05';

export function dataset(parts: Partial<Dataset> = {}): Dataset {
  return { ...emptyDataset(), ...parts };
}

const vocabulary = vocabularyOf(getEdition('2024'));

/** A certification row; `cert` may be a name, alias or exam code, as people write them. */
export function cert(personId: string, certName: string, earnedOn = '2023-01-01', expiresOn?: string) {
  const found = vocabulary.certification(certName);
  if (!found) throw new Error(`test uses unknown certification ${certName}`);
  return { personId, certificationId: found.id, certificationName: certName, earnedOn, ...(expiresOn ? { expiresOn } : {}) };
}

export function azure(tenantId: string, month: string, acrUsd: number, service = 'Virtual Machines', association = 'PAL', offer?: string) {
  return { tenantId, month, service, association, acrUsd, ...(offer ? { offer } : {}) };
}

export function m365(tenantId: string, month: string, workload: string, association: string, paidSeats: number, activeUsers: number, associatedOn?: string) {
  return { tenantId, month, workload, association, paidSeats, activeUsers, ...(associatedOn ? { associatedOn } : {}) };
}

export function revenue(tenantId: string, month: string, workload: string, revenueUsd: number, association = 'CSP') {
  return { tenantId, month, workload, association, revenueUsd };
}

export function usage(tenantId: string, month: string, workload: string, amount: number, association = 'CSP') {
  return { tenantId, month, workload, association, usage: amount };
}

export function score(data: Dataset, month = M1) {
  return scoreDataset(data, { month, edition: '2024' });
}

export function path(data: Dataset | ReturnType<typeof score>, designation: DesignationId, pathId: PathId) {
  const report = 'designations' in data ? data : score(data);
  const d = report.designations.find((x) => x.id === designation)!;
  return d.paths.find((p) => p.path === pathId)!;
}

export function metric(data: Dataset | ReturnType<typeof score>, designation: DesignationId, pathId: PathId, metricId: MetricId) {
  return path(data, designation, pathId).metrics.find((m) => m.id === metricId)!;
}

/** One component (part) of a metric by id, e.g. the Azure or Microsoft 365 part of a pooled Security metric. */
export function part(m: ReturnType<typeof metric>, id: string) {
  return m.components.find((c) => c.id === id)!;
}

/** n people holding the same certification: p-<prefix>-1 … */
export function people(prefix: string, certName: string, n: number, earnedOn = '2023-01-01', expiresOn?: string) {
  return Array.from({ length: n }, (_, i) => cert(`${prefix}-${i + 1}@example.test`, certName, earnedOn, expiresOn));
}

// ------------------------------------------------------------------------------------------ edition 2026
/** Edition-2026 tests score 2026-10 (M-1); M-2 = 2026-09, M-13 = 2025-10, M-14 = 2025-09. */
export const N1 = '2026-10';
export const N2 = '2026-09';
export const N13 = '2025-10';
export const N14 = '2025-09';
/** The 12 months of the TTM ending 2026-10, and of the previous TTM ending 2025-10. */
export const TTM = Array.from({ length: 12 }, (_, i) => {
  const m = 2025 * 12 + 10 + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});
export const PREVIOUS_TTM = Array.from({ length: 12 }, (_, i) => {
  const m = 2024 * 12 + 10 + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});

const vocabulary2026 = vocabularyOf(getEdition('2026'));

/** A certification row resolved with the 2026 catalogue. */
export function cert26(personId: string, certName: string, earnedOn = '2025-01-01', expiresOn?: string) {
  const found = vocabulary2026.certification(certName);
  if (!found) throw new Error(`test uses unknown 2026 certification ${certName}`);
  return { personId, certificationId: found.id, certificationName: certName, earnedOn, ...(expiresOn ? { expiresOn } : {}) };
}

export function people26(prefix: string, certName: string, n: number, earnedOn = '2025-01-01') {
  return Array.from({ length: n }, (_, i) => cert26(`${prefix}-${i + 1}@example.test`, certName, earnedOn));
}

export function score26(data: Dataset, month = N1) {
  return scoreDataset(data, { month, edition: '2026' });
}

export function metric26(data: Dataset, designation: DesignationId, pathId: PathId, metricId: MetricId, month = N1) {
  return metric(score26(data, month), designation, pathId, metricId);
}
