-- Reserved for the kindness area's tables.
SELECT 1;
