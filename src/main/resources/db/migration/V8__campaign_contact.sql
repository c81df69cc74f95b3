-- Issue #14: the receipt gives the contact of the administration running the call, not the candidate's own address.
-- Campaigns created before keep no contact: their receipts name the platform's contact (ami.contact.*).
alter table campaign add column contact_service varchar(200);
alter table campaign add column contact_email varchar(254);
