package vn.dangbo.dashboard.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

@ProvinceDatabaseTest
class CommitteeScopeTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired RecruitmentService recruitment;
    @Autowired OrganisationService organisation;

    private long id(String code) {
        return directory.byCode(code).orElseThrow().id();
    }

    private <T> T in(String code, Supplier<T> work) {
        return CommitteeScope.call(id(code), work);
    }

    private long membersInCellsOf(String code) {
        return jdbc.queryForObject("""
                select count(*) from member m join cell c on c.id = m.cell_id join party_committee p on p.id = c.committee_id
                where p.code = ? and m.left_date is null""", Long.class, code);
    }

    @Test
    void a_commune_reads_only_its_own_members() {
        long own = in("mau-01", () -> members.currentMembership().total());

        assertThat(own).isEqualTo(membersInCellsOf("mau-01")).isPositive();
        assertThat(in("hai-nam", () -> members.currentMembership().total())).isEqualTo(membersInCellsOf("hai-nam"));
        assertThat(members.currentMembership().total()).isGreaterThan(own);
    }

    @Test
    void a_committee_outside_the_grant_reads_nothing() {
        assertThat(CommitteeScope.call(CommitteeScope.NOTHING, () -> members.currentMembership().total())).isZero();
        assertThat(CommitteeScope.call(CommitteeScope.NOTHING, () -> ratings.memberDistribution(2024).rated())).isZero();
        assertThat(CommitteeScope.call(CommitteeScope.NOTHING, organisation::cells)).isEmpty();
    }

    @Test
    void the_province_totals_are_the_sums_of_its_communes() {
        List<CommitteeNode> communes = directory.communesUnder(id(ProvinceCodes.PROVINCE));
        assertThat(communes).hasSize(12);

        RatingDistribution province = in(ProvinceCodes.PROVINCE, () -> ratings.memberDistribution(2024));
        for (RatingLevel level : RatingLevel.values()) {
            long sum = communes.stream().mapToLong(c -> CommitteeScope.call(c.id(),
                    () -> ratings.memberDistribution(2024)).count(level)).sum();
            assertThat(province.count(level)).as(level.name()).isEqualTo(sum);
        }
        long members = communes.stream().mapToLong(c -> CommitteeScope.call(c.id(),
                () -> this.members.currentMembership().total())).sum();
        assertThat(in(ProvinceCodes.PROVINCE, () -> this.members.currentMembership().total())).isEqualTo(members).isPositive();
    }

    @Test
    void a_merged_communes_2022_figures_are_the_sums_of_its_former_communes() {
        List<CommitteeNode> formers = directory.formerOf(id("mau-12"));
        assertThat(formers).hasSize(3);

        RatingDistribution merged = in("mau-12", () -> ratings.memberDistribution(2022));
        for (RatingLevel level : RatingLevel.values()) {
            long sum = formers.stream().mapToLong(f -> CommitteeScope.call(f.id(),
                    () -> ratings.memberDistribution(2022)).count(level)).sum();
            assertThat(merged.count(level)).as(level.name()).isEqualTo(sum);
        }
        assertThat(merged.rated()).isPositive();
        TermPeriod before = in("mau-12", () -> organisation.term("2020-2025").orElseThrow());
        long targets = formers.stream().mapToLong(f -> CommitteeScope.call(f.id(),
                () -> recruitment.termProgress(before).target())).sum();
        assertThat(in("mau-12", () -> recruitment.termProgress(before).target())).isEqualTo(targets).isPositive();
    }

    @Test
    void a_merged_commune_lists_its_own_term_and_its_former_communes_terms_once_each() {
        assertThat(in("mau-12", organisation::terms)).extracting(TermPeriod::label).containsExactly("2025-2030", "2020-2025");
    }

    @Test
    void a_cell_code_two_communes_share_names_no_cell_at_the_province_and_each_communes_own_cell_within_it() {
        String code = jdbc.queryForObject("select min(code) from cell where committee_id = ?", String.class, id("mau-01"));
        jdbc.update("insert into cell (committee_id, code, name, kind) values (?, ?, 'Chi bộ trùng mã (thử)', 'HAMLET')",
                id("mau-02"), code);
        try {
            assertThat(in(ProvinceCodes.PROVINCE, () -> organisation.cell(code))).isEmpty();
            assertThat(in("mau-01", () -> organisation.cell(code))).isPresent();
            assertThat(in("mau-02", () -> organisation.cell(code))).hasValueSatisfying(
                    cell -> assertThat(cell.name()).isEqualTo("Chi bộ trùng mã (thử)"));
        } finally {
            jdbc.update("delete from cell where committee_id = ? and code = ?", id("mau-02"), code);
        }
    }
}
