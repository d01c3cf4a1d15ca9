/** Where the exports and the pages they point to are on the site. */

/** The page an assessor signs staff off on (src/pages/sheets/sign-off.astro). */
export const SIGN_OFF_PATH = 'sheets/sign-off/';

/** The page that lists the exports and how to import them. */
export const DOWNLOADS_PATH = 'framework/downloads/';

export const CASE_FILE = 'framework.case.json';
export const MOODLE_FILE = 'framework.moodle.csv';
