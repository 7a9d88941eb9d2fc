/** FORMATS.md: every rejected row is reported with file, row (1-based, header = row 1), column and reason. */
export interface Problem {
  file: string;
  /** 1-based record number, header = 1; 0 for a problem with the whole file. */
  row: number;
  column: string;
  message: string;
  /** `error`: the row (or file) was not loaded; `warning`: it loaded, or was counted once, and you should know. */
  severity: 'error' | 'warning';
}
