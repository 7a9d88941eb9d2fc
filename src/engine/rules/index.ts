/** The rule editions the engine knows, chosen at run time by id (`--edition 2026`); the default is the newest. */
import { edition2024 } from './edition2024';
import { edition2026 } from './edition2026';
import { DEFAULT_EDITION, EDITION_IDS } from './ids';
import type { Edition } from './types';

export const editions: Record<string, Edition> = { [edition2024.id]: edition2024, [edition2026.id]: edition2026 };
export { DEFAULT_EDITION, EDITION_IDS } from './ids';

export function getEdition(id: string = DEFAULT_EDITION): Edition {
  const edition = editions[id];
  if (!edition) throw new Error(`unknown rule edition '${id}' (known: ${EDITION_IDS.join(', ')})`);
  return edition;
}

export type * from './types';
