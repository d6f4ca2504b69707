-- The audit log keeps what an edit changed, value by value (before → after): room for it. Its view pages and filters
-- by user and action.
alter table audit_event alter column details set data type varchar(4000);
create index audit_event_username on audit_event (username, occurred_at);
create index audit_event_action on audit_event (action, occurred_at);
