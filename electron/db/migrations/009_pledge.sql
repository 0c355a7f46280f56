-- Reserved for the pledge area's tables.
SELECT 1;
