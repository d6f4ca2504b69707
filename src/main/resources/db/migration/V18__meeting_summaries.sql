-- The cells' regular meetings counted per committee and day (meetings held, members present, members required),
-- kept up to date in the transaction of every change (meetings/MeetingSummaries), so that a province's views read a
-- few thousand rows instead of every meeting. Derived data, counted again at every start: no foreign key.
create table meeting_summary (
    committee_id  bigint not null,
    meeting_year  int    not null,
    meeting_month int    not null,
    meeting_day   int    not null,
    meetings      bigint not null,
    present       bigint not null,
    required      bigint not null,
    constraint meeting_summary_key unique (committee_id, meeting_year, meeting_month, meeting_day)
);
create index meeting_summary_year on meeting_summary (meeting_year);
