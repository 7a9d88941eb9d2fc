/** Rule edition 2024: RULES.md as data. */
import { EDITION_NAMES } from '../ids';
import type { Edition } from '../types';
import { certifications2024 } from './certifications';
import { designations2024 } from './designations';
import { specializations2024 } from './specializations';
import { associations2024, azure2024, bizapps2024, m365WorkloadAliases2024, modernWork2024, security2024 } from './vocabulary';

export const edition2024: Edition = {
  id: '2024',
  name: EDITION_NAMES['2024']!,
  // §1.1 / AMB-02: 70 points in total and at least 1 point in every metric.
  qualification: { minTotal: 70, minPointsPerMetric: 1 },
  associations: associations2024,
  azure: azure2024,
  modernWork: modernWork2024,
  security: security2024,
  m365WorkloadAliases: m365WorkloadAliases2024,
  // AMB-56: each association's row is tested on its own (any row in the band counts).
  m365SeatsAcrossAssociations: 'any',
  // §1.4: a retired certification counts for a year; RULES.md says nothing of one earned after retirement.
  certificationRules: { earnedAfterRetirementCounts: true },
  bizapps: bizapps2024,
  certifications: certifications2024,
  quickCertifications: [
    'azure-administrator-associate',
    'azure-solutions-architect-expert',
    'azure-developer-associate',
    'azure-devops-engineer-expert',
    'security-operations-analyst-associate',
    'azure-security-engineer-associate',
    'm365-teams-administrator-associate',
    'power-platform-functional-consultant-associate',
  ],
  designations: designations2024,
  specializations: specializations2024,
};
