/**
 * The localStorage keys of the reader's study data, versioned. In a module of their
 * own: the script every question page runs at load reads them without loading the
 * code that parses and updates the data.
 */
export const PRACTICE_KEY = 'transformer-qa:practice:v1';
export const PROGRESS_KEY = 'transformer-qa:progress:v1';
export const SCHEDULE_KEY = 'transformer-qa:schedule:v1';
export const DRILL_KEY = 'transformer-qa:drill:v1';
