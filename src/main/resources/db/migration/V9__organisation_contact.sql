-- Issue #14: an organisation is edited after it is declared (name, SIREN, postal address, contact); the address and
-- the contact are optional, as they were never asked before.

alter table organisation add column postal_address varchar(500);
alter table organisation add column contact_email varchar(254);
alter table organisation add column contact_phone varchar(40);
