-- Reserved for the healing area's tables.
SELECT 1;
