/** Counting every match of a broad term costs as much as the search itself; past this, "more than" will do.
 *  A module of its own: the search page shows it, and must not pull the database code into its bundle. */
export const maxCountedHits = 1000;
