-- Issue #13: a selection calculated on the job executor cannot answer its request with the solver's refusal
-- (constraints that cannot all hold); the refusal waits here for the administrators' page, as assignment_note does.
alter table campaign add column selection_note varchar(4000);
