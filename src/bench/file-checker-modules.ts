/** The file checker's own modules: it should load with the first file, not at start (the limiter that bounds checks is loaded at start). */
export const FILE_CHECKER = /[\\/]dist[\\/]files[\\/](check-file|check-worker|check-in-worker|read-xlsx|read-csv|write-annotated)\.js$/;
