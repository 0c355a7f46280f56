-- Reserved for the interpretation area's tables.
SELECT 1;
