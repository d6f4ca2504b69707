-- One definition of a committee's rows: every party table carries the committee its row belongs to, the most specific
-- one (a merged commune's cell from a former commune: that former commune; a partial committee's cell: the partial
-- committee), kept by the services and the import as rows are written and when a member moves. A page reads the rows
-- whose committee is one of those it covers (committee_id in (...)); the import and export use the same column. The
-- columns below are filled here from what each row hangs on; the indexes lead with the committee and go on with the
-- columns views filter by.
alter table member add column committee_id bigint;
alter table cell_rating add column committee_id bigint;
alter table cell_meeting add column committee_id bigint;
alter table candidate add column committee_id bigint;
alter table member_rating add column committee_id bigint;
alter table training add column committee_id bigint;
alter table party_badge add column committee_id bigint;
alter table discipline add column committee_id bigint;
alter table term_target add column committee_id bigint;
alter table recruitment_target add column committee_id bigint;
alter table hamlet_status add column committee_id bigint;

update member t set committee_id = (select coalesce(c.former_committee_id, c.committee_id) from cell c where c.id = t.cell_id);
update cell_rating t set committee_id = (select coalesce(c.former_committee_id, c.committee_id) from cell c where c.id = t.cell_id);
update cell_meeting t set committee_id = (select coalesce(c.former_committee_id, c.committee_id) from cell c where c.id = t.cell_id);
update candidate t set committee_id = (select coalesce(c.former_committee_id, c.committee_id) from cell c where c.id = t.cell_id);
update member_rating t set committee_id = (select m.committee_id from member m where m.id = t.member_id);
update training t set committee_id = (select m.committee_id from member m where m.id = t.member_id);
update party_badge t set committee_id = (select m.committee_id from member m where m.id = t.member_id);
update discipline t set committee_id = (select m.committee_id from member m where m.id = t.member_id);
update term_target t set committee_id = (select x.committee_id from term x where x.id = t.term_id);
update recruitment_target t set committee_id = (select x.committee_id from term x where x.id = t.term_id);
update hamlet_status t set committee_id = (select h.committee_id from hamlet h where h.id = t.hamlet_id);

create index cell_scope on cell (former_committee_id, committee_id);
create index member_committee on member (committee_id, cell_id);
create index member_rating_committee on member_rating (committee_id, rating_year);
create index cell_rating_committee on cell_rating (committee_id, rating_year);
create index cell_meeting_committee on cell_meeting (committee_id, meeting_date);
create index candidate_committee on candidate (committee_id, cell_id);
create index training_committee on training (committee_id, start_year);
create index party_badge_committee on party_badge (committee_id, awarded_on);
create index discipline_committee on discipline (committee_id, decided_on);
create index term_target_committee on term_target (committee_id, term_id);
create index recruitment_target_committee on recruitment_target (committee_id, term_id);
create index hamlet_status_committee on hamlet_status (committee_id, status_year);
-- term, study_campaign, award, hamlet and commune_criteria lead their unique keys with committee_id already.
