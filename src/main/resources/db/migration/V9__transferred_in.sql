-- The day a member transferred in from another party organisation (null: admitted here, or before the records);
-- with the leaving day and reason it gives the membership's movement over a term.
alter table member add column transferred_in_date date;
