/** Counting every match of a broad term costs as much as the search itself; past this, "more than" will do.
 *  A module of its own: the search page shows it, and must not pull the database code into its bundle. */
export const maxCountedHits = 1000;

/** The longest search term taken (a source's page cuts its title to it to offer a search). */
export const searchTermLength = 200;
