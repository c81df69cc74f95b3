-- Issue #10: an administration is verified by an administrator before its members may sign public deployment
-- feedback in its name; who verified it, and when, is kept.

alter table organisation add column verified_at timestamp with time zone;
alter table organisation add column verified_by varchar(255);

-- Whether the administration was verified when the feedback was written: the public pages say so beside it.
alter table deployment_feedback add column organisation_verified boolean not null default false;
