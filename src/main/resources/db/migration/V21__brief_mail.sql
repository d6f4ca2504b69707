-- The e-mail address an account's monthly brief is sent to, the day before the committee's monthly meeting; none: not
-- sent. Set by the person on the brief's page.
alter table app_user add column brief_email varchar(200);
