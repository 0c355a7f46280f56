import { sql } from 'kysely';

/**
 * People who attended, over rows of the training_attended view: a named person counts once however
 * many sessions they sat; a head count adds its number, since nobody in it is named. Both engines
 * read it alike (PostgreSQL's bigint sum comes back as a JS number, see postgresDialect.ts).
 */
export const attendedPeople = () => sql<number>`count(DISTINCT staff_id) + coalesce(sum(CASE WHEN staff_id IS NULL THEN head_count END), 0)`;
