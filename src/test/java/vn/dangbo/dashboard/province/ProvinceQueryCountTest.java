package vn.dangbo.dashboard.province;

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
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

/**
 * The province's views and a commune's read aggregates grouped by committee: the number of SQL statements a view
 * issues does not grow when communes are added. Measured with Hibernate's statistics, before and after adding three
 * communes of cells and members.
 */
@ProvinceDatabaseTest
class ProvinceQueryCountTest extends UiTest {
    private static final List<String> VIEWS = List.of("communes?term=2020-2025&year=2024", "ratings?year=2024",
            "recruitment", "cells?year=2024", "");

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired vn.dangbo.dashboard.base.live.SharedFigures figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;

    @Test
    void no_view_issues_more_statements_when_communes_are_added() {
        Map<String, Long> before = new LinkedHashMap<>();
        before.putAll(countStatements("tinh-mau"));
        before.putAll(countStatements("mau-01"));
        try {
            addCommunes(3);
            assertThat(directory.communesUnder(directory.byCode("tinh-mau").orElseThrow().id())).hasSize(15);
            Map<String, Long> after = new LinkedHashMap<>();
            after.putAll(countStatements("tinh-mau"));
            after.putAll(countStatements("mau-01"));
            assertThat(after).isEqualTo(before);
        } finally {
            removeAddedCommunes();
        }
        // A commune's overview carries its attention list's twelve rules too (a province's does not check them).
        before.forEach((view, count) -> assertThat(count).as(view).isLessThanOrEqualTo(view.equals("mau-01/") ? 45 : 25));
    }

    private Map<String, Long> countStatements(String committee) {
        signInAs("bantochuc.tinh", committee);
        open("communes");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String view : VIEWS) {
            // Figures shared between views are read again (the rows were written beside the services).
            figures.forgetAll();
            statistics.clear();
            open(view);
            counts.put(committee + "/" + view, statistics.getPrepareStatementCount());
        }
        return counts;
    }

    private void addCommunes(int communes) {
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        for (int n = 1; n <= communes; n++) {
            String code = "them-" + n;
            jdbc.update("insert into party_committee (code, name, org_level, parent_id) values (?, ?, 'COMMUNE', ?)",
                    code, "Đảng bộ xã thêm " + n, province);
            long commune = jdbc.queryForObject("select id from party_committee where code = ?", Long.class, code);
            jdbc.update("insert into term (committee_id, start_year, end_year) values (?, 2020, 2025)", commune);
            for (int c = 1; c <= 3; c++) {
                jdbc.update("insert into cell (committee_id, code, name, kind) values (?, ?, ?, 'HAMLET')",
                        commune, "THEM" + n + "-" + c, "Chi bộ thêm " + c);
                long cell = jdbc.queryForObject("select id from cell where code = ?", Long.class, "THEM" + n + "-" + c);
                jdbc.update("insert into cell_rating (cell_id, rating_year, level) values (?, 2024, 'GOOD')", cell);
                vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
                for (int m = 1; m <= 5; m++) {
                    String member = "THEM" + n + "-" + c + "-" + m;
                    jdbc.update("""
                            insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date,
                                exempt, direct_worker, political_theory)
                            values (?, ?, 'FEMALE', 1985, ?, 'FULL', date '2012-05-05', false, false, 'NONE')""",
                            member, "Đảng viên thêm " + member, cell);
                    vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
                    jdbc.update("insert into member_rating (member_id, rating_year, level) "
                            + "select id, 2024, 'GOOD' from member where code = ?", member);
                    vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
                }
            }
        }
        directory.refresh();
    }

    private void removeAddedCommunes() {
        jdbc.update("delete from member_rating where member_id in (select id from member where code like 'THEM%')");
        jdbc.update("delete from member where code like 'THEM%'");
        jdbc.update("delete from cell_rating where cell_id in (select id from cell where code like 'THEM%')");
        jdbc.update("delete from cell where code like 'THEM%'");
        jdbc.update("delete from term where committee_id in (select id from party_committee where code like 'them-%')");
        jdbc.update("delete from party_committee where code like 'them-%'");
        directory.refresh();
    }
}
