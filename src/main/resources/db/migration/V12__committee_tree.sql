-- Many committees in one deployment: province → commune (or ward) → partial committee, each named in the address by
-- its code ("hai-nam"). A merged commune's former communes are committees too, merged into it on a day; its cells
-- keep the former commune they came from. Every user is granted a committee (and what lies under it).
alter table party_committee add column code varchar(40);
alter table party_committee add column parent_id bigint references party_committee (id);
alter table party_committee add column org_level varchar(20) default 'COMMUNE' not null;
alter table party_committee add column merged_into_id bigint references party_committee (id);
alter table party_committee add column merged_on date;
update party_committee set code = 'dang-bo-' || cast(id as varchar(20)) where code is null;
alter table party_committee alter column code set not null;
alter table party_committee add constraint party_committee_code_unique unique (code);
create index party_committee_parent on party_committee (parent_id);
create index party_committee_merged_into on party_committee (merged_into_id);

alter table cell add column former_committee_id bigint references party_committee (id);
create index cell_committee on cell (committee_id);

alter table app_user add column committee_id bigint references party_committee (id);
update app_user set committee_id = (select min(id) from party_committee) where committee_id is null;
