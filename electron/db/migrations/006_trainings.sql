-- Reserved for the trainings area's tables.
SELECT 1;
