-- The members counted per committee, year of admission, status, exemption and whether still in the party, kept up to
-- date in the transaction of every change (members/MemberSummaries), so that a province's views read a few thousand
-- rows instead of 150,000 members. Derived data, counted again at every start: no foreign key.
create table member_summary (
    committee_id   bigint      not null,
    admission_year int         not null,
    status         varchar(20) not null,
    exempt         boolean     not null,
    in_party       boolean     not null,
    members        bigint      not null,
    constraint member_summary_key unique (committee_id, admission_year, status, exempt, in_party)
);
