/**
 * The sample's contents, bundled with the engine worker (no request needed to load it, so the page can forbid
 * every connection, and the page's own script stays small). The CLI and tests read the same files from
 * public/samples/.
 */
const contents = import.meta.glob('../../public/samples/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function sampleFile(name: string): string {
  const text = contents[`../../public/samples/${name}`];
  if (text === undefined) throw new Error(`sample file ${name} is not bundled`);
  return text;
}
