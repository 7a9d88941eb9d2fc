/** RULES.md §6.1: specialization → the designations any one of which opens it (AMB-39 decided). */
import type { SpecializationDef } from '../types';

const s = (id: string, name: string, solutionArea: string, requiresAnyOf: SpecializationDef['requiresAnyOf'], aliases?: string[]): SpecializationDef => ({
  id, name, solutionArea, requiresAnyOf, ...(aliases ? { aliases } : {}),
});

export const specializations2024: SpecializationDef[] = [
  s('ai-ml-azure', 'AI and Machine Learning on Microsoft Azure', 'Azure', ['data-ai', 'digital-app-innovation']),
  s('analytics-azure', 'Analytics on Microsoft Azure', 'Azure', ['data-ai']),
  s('build-modernize-ai-apps', 'Build and Modernize AI Apps with Microsoft Azure', 'Azure', ['data-ai', 'digital-app-innovation']),
  s('data-warehouse-migration', 'Data Warehouse Migration to Microsoft Azure', 'Azure', ['data-ai']),
  s('devops-github', 'DevOps with GitHub on Microsoft Azure', 'Azure', ['digital-app-innovation']),
  s('hybrid-cloud-stack-hci', 'Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI', 'Azure', ['infrastructure', 'data-ai', 'digital-app-innovation']),
  s('infra-database-migration', 'Infra and Database Migration to Microsoft Azure', 'Azure', ['data-ai', 'infrastructure']),
  s('kubernetes-azure', 'Kubernetes on Microsoft Azure', 'Azure', ['data-ai', 'digital-app-innovation']),
  s('azure-vmware', 'Microsoft Azure VMware Solution', 'Azure', ['infrastructure']),
  s('azure-virtual-desktop', 'Microsoft Azure Virtual Desktop', 'Azure', ['infrastructure'], ['Microsoft Windows Virtual Desktop']),
  s('migrate-enterprise-apps', 'Migrate Enterprise Applications to Microsoft Azure', 'Azure', ['data-ai', 'digital-app-innovation'], ['Migrate Enterprise Apps to Microsoft Azure']),
  s('modernize-web-apps', 'Modernization of Web Apps to Microsoft Azure', 'Azure', ['data-ai', 'digital-app-innovation']),
  s('networking-services', 'Networking Services in Microsoft Azure', 'Azure', ['infrastructure']),
  s('sap-azure', 'SAP on Microsoft Azure', 'Azure', ['infrastructure']),
  s('adoption-change-management', 'Adoption and Change Management', 'Modern Work', ['modern-work']),
  s('calling-teams', 'Calling for Microsoft Teams', 'Modern Work', ['modern-work']),
  s('custom-solutions-teams', 'Custom Solutions for Microsoft Teams', 'Modern Work', ['modern-work'], ['Customer Solutions for Microsoft Teams']),
  s('meetings-rooms-teams', 'Meetings and Meeting Rooms for Microsoft Teams', 'Modern Work', ['modern-work']),
  s('teamwork-deployment', 'Teamwork Deployment', 'Modern Work', ['modern-work']),
  s('modernize-endpoints', 'Modernize Endpoints', 'Modern Work', ['modern-work']),
  s('cloud-security', 'Cloud Security', 'Security', ['security']),
  s('identity-access-management', 'Identity and Access Management', 'Security', ['security']),
  s('information-protection-governance', 'Information Protection and Governance', 'Security', ['security']),
  s('threat-protection', 'Threat Protection', 'Security', ['security']),
  s('business-intelligence', 'Business Intelligence', 'Business Applications', ['data-ai', 'business-applications']),
  s('finance', 'Finance', 'Business Applications', ['business-applications']),
  s('intelligent-automation', 'Intelligent Automation', 'Business Applications', ['digital-app-innovation', 'business-applications']),
  s('low-code-app-development', 'Low Code Application Development', 'Business Applications', ['business-applications', 'digital-app-innovation'], ['Microsoft Low Code Application Development']),
  s('sales', 'Sales', 'Business Applications', ['business-applications']),
  s('service', 'Service', 'Business Applications', ['business-applications']),
  s('smb-management', 'Small and Midsize Business Management', 'Business Applications', ['business-applications']),
  s('supply-chain', 'Supply Chain', 'Business Applications', ['business-applications']),
];
