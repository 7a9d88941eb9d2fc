/** Display names shared by the engine's explanations, the CLI and the UI (one place for each). */
import type { PathId } from './types';

export const PATH_NAMES: Record<PathId | (string & {}), string> = { enterprise: 'Enterprise', smb: 'SMB', standard: 'Standard' };

/** A certification's name without the optional "Microsoft Certified:" / "Microsoft 365 Certified:" / "GitHub Certified:" prefix (AMB26-43). */
export function shortCertificationName(name: string): string {
  return name.replace(/^(Microsoft (365 )?|GitHub )Certified: /, '');
}
