/** Exit statuses, following the common convention that 2 means "you asked for something that cannot be done". */
export const EXIT_OK = 0;
/** Something unexpected went wrong inside sitrep. */
export const EXIT_FAILURE = 1;
/** Bad arguments, or a briefing that cannot be read or is not valid. */
export const EXIT_USAGE = 2;
