/** The rule editions the engine knows, chosen at run time by id (`--edition 2024`). */
import { edition2024 } from './edition2024';
import type { Edition } from './types';

export const editions: Record<string, Edition> = { [edition2024.id]: edition2024 };
export const DEFAULT_EDITION = edition2024.id;

export function getEdition(id: string = DEFAULT_EDITION): Edition {
  const edition = editions[id];
  if (!edition) throw new Error(`unknown rule edition '${id}' (known: ${Object.keys(editions).join(', ')})`);
  return edition;
}

export type * from './types';
