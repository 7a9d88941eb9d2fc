/** Rule edition 2026: the Solutions Partner rules in force in 2026 (Learn pages checked 2026-05-08) as data. */
import { EDITION_NAMES } from '../ids';
import { specializations2024 } from '../edition2024/specializations';
import type { Edition } from '../types';
import { changesFrom2024 } from './changes';
import { certifications2026 } from './certifications';
import { designations2026 } from './designations';
import { associations2026, azure2026, bizapps2026, m365WorkloadAliases2026, modernWork2026, security2026 } from './vocabulary';

export const edition2026: Edition = {
  id: '2026',
  name: EDITION_NAMES['2026']!,
  changesFrom: { edition: '2024', changes: changesFrom2024 },
  // §1.1 / AMB26-03: 70 points in total and at least 1 point in every metric (unchanged).
  qualification: { minTotal: 70, minPointsPerMetric: 1 },
  associations: associations2026,
  azure: azure2026,
  modernWork: modernWork2026,
  security: security2026,
  m365WorkloadAliases: m365WorkloadAliases2026,
  // AMB26-28: rows of different associations describe the same seats: the largest counts, never the sum.
  m365SeatsAcrossAssociations: 'max',
  // AMB26-47: "if completed before retirement".
  certificationRules: { earnedAfterRetirementCounts: false },
  bizapps: bizapps2026,
  certifications: certifications2026,
  // Prerequisites and common scoring certifications that are not retired (§1.4.1).
  quickCertifications: [
    'azure-administrator-associate',
    'azure-solutions-architect-expert',
    'azure-ai-cloud-developer-associate',
    'azure-devops-engineer-expert',
    'security-operations-analyst-associate',
    'cloud-ai-security-engineer-associate',
    'm365-teams-administrator-associate',
    'd365-sales-ai-consultant-associate',
  ],
  designations: designations2026,
  // §6.1 / AMB26-42: carried from edition 2024, not re-verified for 2026.
  specializations: specializations2024,
  specializationsNote: 'Carried from the 2024 rules; not re-verified for 2026.',
};
