-- Reserved for the loans area's tables.
SELECT 1;
