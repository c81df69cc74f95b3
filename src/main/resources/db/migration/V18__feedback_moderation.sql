-- Deployment feedback is held until an administrator approves it (issue #16, the observatory), instead of public at
-- once and hidden afterwards. Each feedback has a state: PENDING (written, waiting for moderation), APPROVED (public)
-- or REJECTED (never public; its reason kept for the audit and shown to the administration that wrote it). Who
-- moderated it and when are kept. The form also asks which kind of public body the administration is, so that the
-- observatory counts deployments by type of administration.
alter table deployment_feedback add column state varchar(20);
alter table deployment_feedback add column administration_type varchar(40) default 'OTHER' not null;
alter table deployment_feedback add column moderated_at timestamp with time zone;
alter table deployment_feedback add column moderated_by varchar(255);
alter table deployment_feedback add column rejection_reason varchar(1000);

-- What was public stays public, approved by « migration » when it was written; what an administrator had hidden is
-- rejected, with the reason, by the same administrator, at the same instant.
update deployment_feedback set state = 'APPROVED', moderated_at = created_at, moderated_by = 'migration'
    where hidden_at is null;
update deployment_feedback set state = 'REJECTED', moderated_at = hidden_at, moderated_by = hidden_by,
    rejection_reason = hidden_reason
    where hidden_at is not null;
alter table deployment_feedback alter column state set not null;

alter table deployment_feedback drop column hidden_at;
alter table deployment_feedback drop column hidden_by;
alter table deployment_feedback drop column hidden_reason;

-- The moderation queue reads the pending ones; the public pages the approved ones.
create index deployment_feedback_by_state on deployment_feedback (state, entry_id);
