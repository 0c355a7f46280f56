-- Reserved for the guides area's tables.
SELECT 1;
