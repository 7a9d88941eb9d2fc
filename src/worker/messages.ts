/** Values the page and the worker share without the page loading the engine (this module imports nothing). */

/** The message of the error `load` throws when the import was cancelled (the page says so without alarm). */
export const IMPORT_CANCELLED = 'import cancelled';

/** The message of the error a request throws when the page cancelled it (it no longer needs the answer). */
export const REQUEST_CANCELLED = 'request cancelled';
