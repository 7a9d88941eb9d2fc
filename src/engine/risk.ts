/**
 * "Customers near a line": tenants within 10 % of a threshold that counts for them in the scoring month. Every
 * threshold is read from the edition's rule data (the Azure Enterprise net-add threshold, the Modern Work
 * Enterprise seat band and deployment share, the Business Applications deployment MCV), so a rule change moves
 * the risk view with it.
 */
import type { DesignationId } from './types';
import type { MonthIndex } from './months';
import type { Prepared } from './prepare';
import { SEP, seatCellsAt } from './prepare';
import type { MeasureSpec, Threshold } from './rules/types';
import { usdWhole, usd } from './measures/context';

export interface NearThreshold {
  designation: DesignationId;
  metric: string;
  subject: string;
  detail: string;
}

/** "Near" is within 10 % above a threshold: x < line × 11/10, compared in integers so 1,100 is not near 1,000. */
const isNear = (x: number, line: number) => x >= line && x * 10 < line * 11;

const value = (t: Threshold) => ('over' in t ? t.over : t.atLeast);

/** The first measure of a kind on a designation's Enterprise path (where the risk view looks). */
function enterpriseMeasure<K extends MeasureSpec['kind']>(prepared: Prepared, designation: DesignationId, kind: K): Extract<MeasureSpec, { kind: K }>[] {
  const found: Extract<MeasureSpec, { kind: K }>[] = [];
  const rule = prepared.edition.designations.find((d) => d.id === designation);
  for (const path of rule?.paths ?? []) {
    if (path.id !== 'enterprise') continue;
    for (const metric of path.metrics) for (const c of metric.components) if (c.measure.kind === kind) found.push(c.measure as Extract<MeasureSpec, { kind: K }>);
  }
  return found;
}

export function nearThresholds(prepared: Prepared, month: MonthIndex): NearThreshold[] {
  const out: NearThreshold[] = [];
  const name = (tenant: string) => prepared.tenants.get(tenant)?.name ?? tenant;

  // Azure net customer adds (Enterprise): the largest of M-1 and M-2 just at or above the threshold.
  const nca = enterpriseMeasure(prepared, 'infrastructure', 'azureNetCustomerAdds')[0];
  if (nca) {
    const cents = value(nca.threshold) * 100;
    for (const [tenant, series] of prepared.azure.acr) {
      const recent = Math.max(series.get(month) ?? 0, series.get(month - 1) ?? 0);
      if (isNear(recent, cents))
        out.push({
          designation: 'infrastructure',
          metric: 'Net customer adds (Azure)',
          subject: name(tenant),
          detail: `${usd(recent)} ACR: within 10 % of the ${usdWhole(value(nca.threshold))} Enterprise threshold`,
        });
    }
  }

  // Modern Work: the Enterprise seat band's lower edge and the deployments' active share.
  const band = prepared.edition.modernWork.tracks.enterprise.paidSeatsOver;
  const deployment = enterpriseMeasure(prepared, 'modern-work', 'm365Deployments')[0];
  const percent = deployment ? value(deployment.activePercent) : null;
  for (const [tenant, byMonth] of prepared.m365.cells) {
    for (const cell of seatCellsAt(byMonth, month)) {
      // active / paid >= p % and < 1.1 × p %, without dividing.
      if (percent !== null && cell.paidSeats > 0 && cell.activeUsers * 100 >= percent * cell.paidSeats && cell.activeUsers * 1000 < percent * 11 * cell.paidSeats) {
        out.push({
          designation: 'modern-work',
          metric: 'Deployments',
          subject: name(tenant),
          detail: `${cell.workload}: ${((cell.activeUsers / cell.paidSeats) * 100).toFixed(1)} % active, close to the ${percent} % line`,
        });
      }
      if (cell.paidSeats > band && cell.paidSeats * 10 <= band * 11)
        out.push({
          designation: 'modern-work',
          metric: 'Net customer adds',
          subject: name(tenant),
          detail: `${cell.workload}: ${cell.paidSeats} paid seats, close to the ${band}-seat Enterprise band edge`,
        });
    }
  }

  // Business Applications deployments: every MCV threshold of either path.
  const mcvLines = [
    ...new Set(
      prepared.edition.designations
        .find((d) => d.id === 'business-applications')
        ?.paths.flatMap((p) => p.metrics.flatMap((m) => m.components.map((c) => c.measure)))
        .filter((s): s is Extract<MeasureSpec, { kind: 'bizappsNetPairs' }> => s.kind === 'bizappsNetPairs' && s.source === 'mcv')
        .map((s) => value(s.threshold)) ?? [],
    ),
  ];
  for (const [key, series] of prepared.bizapps.mcv) {
    const mcv = (series.get(month) ?? 0) / 1000;
    const [tenant, workload] = key.split(SEP);
    if (mcvLines.some((line) => isNear(mcv, line)))
      out.push({
        designation: 'business-applications',
        metric: 'Deployments',
        subject: `${name(tenant!)} · ${workload}`,
        detail: `MCV ${mcv.toLocaleString('en-US')}: within 10 % of a deployment threshold`,
      });
  }
  return out;
}
