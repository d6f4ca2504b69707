-- The audit log per committee: each event records the committee it concerns (the page's committee for a change, the
-- account's for a sign-in), and an administrator reads only the committees their grant covers. A database holding one
-- committee places every earlier event there; in a database of many, an earlier event cannot be placed and stays
-- without a committee, shown only to a deployment-wide account. No foreign key: the log outlives what it records (a
-- committee removed keeps its lines, read then only deployment-wide).
alter table audit_event add column committee_id bigint;
update audit_event set committee_id = (select min(id) from party_committee)
    where (select count(*) from party_committee) = 1;
create index audit_event_committee on audit_event (committee_id, id);

-- An event's details are a message key and its parameters, rendered in the reader's language: the key in a column of
-- its own; a line kept before has none, and its details are shown as they were written.
alter table audit_event add column detail_key varchar(80);
