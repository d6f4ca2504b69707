-- The member ratings counted per committee, year and outcome, kept up to date in the transaction of every change
-- (ratings/RatingSummaries), so that a province's views read a few thousand rows instead of every rating.
-- The outcome is a level or a reason for not rating (the other is '' here, so that the key holds no null).
-- Derived data, counted again from member_rating at every start: no foreign key, so that removing a committee's
-- records never waits on its counts (a removed committee's counts are read by no scope).
create table member_rating_summary (
    committee_id     bigint      not null,
    rating_year      int         not null,
    level            varchar(20) not null,
    not_rated_reason varchar(30) not null,
    members          bigint      not null,
    constraint member_rating_summary_key unique (committee_id, rating_year, level, not_rated_reason)
);
create index member_rating_summary_year on member_rating_summary (rating_year);
