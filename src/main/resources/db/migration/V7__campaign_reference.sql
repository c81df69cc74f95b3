-- Candidature references without contention (issue #11): the last number handed out per campaign lives in a row
-- of its own, so that creating a draft never writes (nor version-checks) the campaign row that administrators and
-- the engine also change. The row is taken by its UPDATE, held only until the draft's transaction commits.

create table campaign_reference (
    campaign_id bigint  not null primary key references campaign (id),
    last_number integer not null default 0 check (last_number >= 0)
);

insert into campaign_reference (campaign_id, last_number) select id, reference_counter from campaign;

alter table campaign drop column reference_counter;
