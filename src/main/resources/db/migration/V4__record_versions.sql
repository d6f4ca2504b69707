-- Optimistic locking: two clerks editing the same record do not overwrite each other silently.
alter table member add column version bigint not null default 0;
alter table member_rating add column version bigint not null default 0;
