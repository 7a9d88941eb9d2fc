/**
 * The Azure skilling structure shared by the editions (RULES.md §2.4, RULES-2026 §2.5, the same in both):
 * prerequisite steps (Enterprise: 2 people, no points; SMB: 1 person, 4 points each, AMB-09 / AMB26-12), then
 * 4 points per person holding a scoring certification. Each edition passes its own lists and source.
 */
import type { CertRef, ComponentRule, MetricRule } from './types';

type AzurePath = 'enterprise' | 'smb';
const refs = (...ids: string[]): CertRef[] => ids.map((id) => ({ id }));

export const AAA = 'azure-administrator-associate';
export const SAE = 'azure-solutions-architect-expert';
const CERT_NAMES: Record<string, string> = { [AAA]: 'Azure Administrator Associate', [SAE]: 'Azure Solutions Architect Expert' };

function prerequisite(certId: string, path: AzurePath): ComponentRule {
  const minPeople = path === 'enterprise' ? 2 : 1;
  return {
    id: `prerequisite-${certId}`,
    label: `Prerequisite: ${minPeople} ${CERT_NAMES[certId]}${minPeople > 1 ? 's' : ''}`,
    measure: { kind: 'certifiedPeople', certifications: refs(certId), minPeople },
    unitsForMax: 1,
    // §2.4: the prerequisite earns 0 points on the Enterprise path and 4 on the SMB path (AMB-09).
    pointsAtMax: path === 'enterprise' ? 0 : 4,
    prerequisite: true,
  };
}

/** §2.4: DAI/Infra intermediate or advanced (one prerequisite), D&AI intermediate (two prerequisites). */
export function azureSkilling(
  id: 'intermediate-certifications' | 'advanced-certifications',
  path: AzurePath,
  prerequisites: string[],
  scoring: string[],
  maxPoints: number,
  source: string,
): MetricRule {
  const pre = prerequisites.map((certId) => prerequisite(certId, path));
  const prereqPoints = pre.reduce((sum, p) => sum + p.pointsAtMax, 0);
  const people = (maxPoints - prereqPoints) / 4;
  const preText = pre.map((p) => p.label.replace('Prerequisite: ', '')).join(' and ');
  return {
    id,
    label: id === 'intermediate-certifications' ? 'Intermediate certifications' : 'Advanced certifications',
    maxPoints,
    combine: 'sum',
    unit: 'people',
    rule:
      path === 'enterprise'
        ? `First ${preText} (no points), then 4 points for each person holding a scoring certification, ${people} people for the maximum of ${maxPoints}.`
        : `${preText} earn${pre.length > 1 ? '' : 's'} 4 points${pre.length > 1 ? ' each' : ''}; once met, 4 points for each person holding a scoring certification, up to ${people} people (maximum ${maxPoints}).`,
    source,
    components: [
      ...pre,
      {
        id: 'scoring',
        label: 'People with a scoring certification',
        measure: { kind: 'certifiedPeople', certifications: refs(...scoring) },
        unitsForMax: people,
        pointsAtMax: people * 4,
        requires: pre.map((p) => p.id),
      },
    ],
  };
}
