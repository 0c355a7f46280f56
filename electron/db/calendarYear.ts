import { sql, type RawBuilder } from 'kysely';

/**
 * The calendar year of a stored date, month or timestamp ('2024-03-05', '2024-03', '2024-03-05 10:00'),
 * as SQL: its first four characters (both engines keep these as text). The figures group by it to answer
 * every year of a period in one query. Written literally, not as parameters: PostgreSQL must see the
 * grouped expression and the selected one as the same.
 */
export const yearOfColumn = (column: string): RawBuilder<string> => sql<string>`substr(${sql.ref(column)}, 1, 4)`;

