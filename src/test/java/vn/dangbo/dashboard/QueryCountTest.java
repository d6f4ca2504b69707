package vn.dangbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.organisation.OrganisationService;

/**
 * Every view reads aggregates: the number of SQL statements a view issues does not grow with the number of cells
 * and members. Measured with Hibernate's statistics, before and after adding ten cells of members.
 */
class QueryCountTest extends UiTest {
    /** The overview last: opening the address the browser is already at would not render it again. */
    private static final List<String> VIEWS = List.of("ratings?year=2019", "ratings/members?year=2019&level=GOOD",
            "recruitment", "cells?year=2019", "cells/X01?year=2019", "attention?month=2020-06", "");

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired vn.dangbo.dashboard.base.live.SharedFigures figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationService organisation;

    @Test
    void no_view_issues_more_statements_when_cells_and_members_grow() {
        Map<String, Long> before = countStatements();
        try {
            addCells(10, 20);
            assertThat(organisation.cells()).hasSize(35);
            Map<String, Long> after = countStatements();
            assertThat(after).isEqualTo(before);
        } finally {
            removeAddedCells();
        }
        // A page reads a score of aggregates; the overview two: its own and the attention list's twelve rules.
        before.forEach((view, count) -> assertThat(count).as(view).isLessThanOrEqualTo(view.isEmpty() ? 45 : 20));
    }

    @Test
    void every_view_is_drawn_in_one_read_only_transaction() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String view : VIEWS) {
            open("change-password");
            statistics.clear();
            open(view);
            assertThat(statistics.getTransactionCount()).as(view).isEqualTo(1);
        }
        open("change-password");
        statistics.clear();
        open("present/5");
        assertThat(statistics.getTransactionCount()).as("a slide").isEqualTo(1);
    }

    private Map<String, Long> countStatements() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String view : VIEWS) {
            // Figures shared between views are read again (the rows were written beside the services).
            figures.forgetAll();
            statistics.clear();
            open(view);
            counts.put(view, statistics.getPrepareStatementCount());
        }
        return counts;
    }

    private void addCells(int cells, int membersEach) {
        long committee = jdbc.queryForObject("select min(id) from party_committee", Long.class);
        for (int c = 1; c <= cells; c++) {
            jdbc.update("insert into cell (committee_id, code, name, kind) values (?, ?, ?, 'HAMLET')",
                    committee, "TEST" + c, "Chi bộ thử " + c);
            long cell = jdbc.queryForObject("select id from cell where code = ?", Long.class, "TEST" + c);
            jdbc.update("insert into cell_rating (cell_id, rating_year, level) values (?, 2019, 'GOOD')", cell);
            vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
            jdbc.update("insert into cell_meeting (cell_id, meeting_date, kind, present, required) "
                    + "values (?, date '2019-03-03', 'REGULAR', 18, 20)", cell);
            vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
            for (int m = 1; m <= membersEach; m++) {
                String code = "TEST" + c + "-" + m;
                jdbc.update("""
                        insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date,
                            exempt, direct_worker, political_theory)
                        values (?, ?, 'MALE', 1980, ?, 'FULL', date '2010-01-01', false, false, 'NONE')""",
                        code, "Đảng viên thử " + code, cell);
                vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
                jdbc.update("insert into member_rating (member_id, rating_year, level) "
                        + "select id, 2019, 'GOOD' from member where code = ?", code);
                vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
            }
        }
    }

    private void removeAddedCells() {
        jdbc.update("delete from member_rating where member_id in (select id from member where code like 'TEST%')");
        jdbc.update("delete from member where code like 'TEST%'");
        jdbc.update("delete from cell_meeting where cell_id in (select id from cell where code like 'TEST%')");
        jdbc.update("delete from cell_rating where cell_id in (select id from cell where code like 'TEST%')");
        jdbc.update("delete from cell where code like 'TEST%'");
    }
}
