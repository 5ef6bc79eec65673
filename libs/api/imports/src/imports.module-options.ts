/** The media types of the import body: JSONL, or organisations as CSV. */
export const NDJSON = 'application/x-ndjson';
export const CSV = 'text/csv';

/** The import route's body limit; the global limit stays as configured for every other route. */
export const IMPORT_BODY_LIMIT = 200 * 1024 * 1024;
