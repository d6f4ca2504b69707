package vn.dangbo.dashboard.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.ImportReport;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * The committee boundary is one column and one rule that fails closed: every table of party data carries the
 * committee its row belongs to and every entity reads through the scope filter, the column always agrees with the
 * committee tree, and no scope reads nothing.
 */
@ProvinceDatabaseTest
class CommitteeBoundaryTest {
    /**
     * What is not one committee's records: the committee tree itself, Flyway's history. (Accounts carry their grant in
     * the same column; the audit log carries its committee and is read by its own rule, AuditCommittees.)
     */
    private static final Set<String> NOT_PER_COMMITTEE = Set.of("party_committee", "flyway_schema_history");
    private static final Set<String> READ_BY_THEIR_OWN_RULE = Set.of("audit_event");

    @Autowired EntityManagerFactory entities;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    @Autowired CommitteeColumns columns;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired OrganisationService organisation;
    @Autowired TransactionTemplate transaction;
    @Autowired DataExport export;
    @Autowired ImportService imports;
    @Autowired vn.dangbo.dashboard.users.UserService users;

    private long id(String code) {
        return directory.byCode(code).orElseThrow().id();
    }

    private List<String> tables() {
        return jdbc.queryForList("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
                + " and table_type in ('BASE TABLE', 'TABLE')", String.class);
    }

    private boolean hasCommitteeColumn(String table) {
        return jdbc.queryForObject("select count(*) from information_schema.columns where lower(table_schema) = 'public'"
                + " and lower(table_name) = ? and lower(column_name) = 'committee_id'", Integer.class, table) == 1;
    }

    @Test
    void every_table_of_the_schema_carries_the_committee_column_but_the_tree_and_flyways_history() {
        List<String> tables = tables();
        assertThat(tables).contains("member", "member_rating", "presentation_choice", "audit_event").hasSizeGreaterThan(15);

        List<String> without = tables.stream().filter(t -> !NOT_PER_COMMITTEE.contains(t) && !hasCommitteeColumn(t)).toList();

        assertThat(without).as("tables of party data without a committee column").isEmpty();
    }

    @Test
    void every_entity_reads_through_the_committee_filter_on_a_table_with_the_committee_column() {
        SessionFactoryImplementor factory = entities.unwrap(SessionFactoryImplementor.class);
        List<String> unscoped = new ArrayList<>();
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            String table = ((AbstractEntityPersister) factory.getMappingMetamodel()
                    .getEntityDescriptor(entity.getJavaType())).getTableName().toLowerCase(Locale.ROOT);
            Filter filter = entity.getJavaType().getAnnotation(Filter.class);
            boolean scoped = filter != null && filter.name().equals(ScopeFilter.NAME) && hasCommitteeColumn(table);
            if (!scoped && !NOT_PER_COMMITTEE.contains(table) && !READ_BY_THEIR_OWN_RULE.contains(table)) {
                unscoped.add(entity.getName() + " (" + table + ")");
            }
        }

        assertThat(entities.getMetamodel().getEntities()).hasSizeGreaterThan(15);
        assertThat(unscoped).as("entities read across committees").isEmpty();
    }

    @Test
    void the_committee_column_agrees_with_the_tree_after_the_demo_load() {
        assertThat(columns.disagreements()).hasSize(CommitteeColumns.derivedTables().size())
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void a_member_moved_between_the_former_communes_of_a_merged_commune_takes_their_ratings_along() {
        List<CommitteeNode> formers = directory.formerOf(id("mau-12"));
        Map<String, Object> member = jdbc.queryForMap("""
                select m.code, m.version, m.committee_id from member m join cell c on c.id = m.cell_id
                where c.former_committee_id = ? and m.left_date is null and exists (select 1 from member_rating r
                where r.member_id = m.id) order by m.code limit 1""", formers.get(0).id());
        String otherCell = jdbc.queryForObject("select min(code) from cell where former_committee_id = ?", String.class,
                formers.get(1).id());
        String code = (String) member.get("code");

        transaction.executeWithoutResult(status -> {
            CommitteeScope.run(id("mau-12"), () -> members.transfer(code, ((Number) member.get("version")).longValue(), otherCell));

            assertThat(jdbc.queryForList("select distinct r.committee_id from member_rating r join member m on m.id = r.member_id"
                    + " where m.code = ?", Long.class, code)).containsExactly(formers.get(1).id());
            assertThat(columns.disagreements()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(CommitteeScope.call(formers.get(0).id(), () -> members.draft(code))).as("read by its former commune")
                    .isEmpty();
            assertThat(CommitteeScope.call(formers.get(1).id(), () -> members.draft(code))).isPresent();
            status.setRollbackOnly();
        });
    }

    @Test
    void a_workbook_that_moves_a_member_between_former_communes_moves_their_ratings_along() {
        long merged = id("mau-12");
        List<CommitteeNode> formers = directory.formerOf(merged);
        String code = jdbc.queryForObject("select min(m.code) from member m join cell c on c.id = m.cell_id"
                + " where c.former_committee_id = ? and m.left_date is null"
                + " and exists (select 1 from member_rating r where r.member_id = m.id)", String.class, formers.get(0).id());
        String otherCell = jdbc.queryForObject("select min(code) from cell where former_committee_id = ?", String.class,
                formers.get(1).id());
        List<Table> tables = new ArrayList<>(CommitteeScope.call(merged, export::tables));
        int sheet = ImportSheet.MEMBERS.ordinal();
        Table members = tables.get(sheet);
        int cellColumn = members.headers().indexOf("Mã chi bộ");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : members.rows()) {
            List<Object> copy = new ArrayList<>(row);
            if (code.equals(row.getFirst())) {
                copy.set(cellColumn, otherCell);
            }
            rows.add(copy);
        }
        tables.set(sheet, new Table(members.name(), members.headers(), rows));

        transaction.executeWithoutResult(status -> {
            ImportReport report = CommitteeScope.call(merged, () -> imports.importFile(TableFiles.xlsx(tables), "mau-12.xlsx"));

            assertThat(report.changed(ImportSheet.MEMBERS)).isEqualTo(1);
            assertThat(jdbc.queryForList("select distinct r.committee_id from member_rating r join member m on m.id = r.member_id"
                    + " where m.code = ?", Long.class, code)).containsExactly(formers.get(1).id());
            assertThat(columns.disagreements()).allSatisfy((table, wrong) -> assertThat(wrong).as(table).isZero());
            status.setRollbackOnly();
        });
    }

    @Test
    void a_rating_recorded_on_a_page_carries_the_committee_of_its_member() {
        String code = jdbc.queryForObject("select min(m.code) from member m join cell c on c.id = m.cell_id"
                + " join party_committee p on p.id = c.committee_id where p.code = 'mau-03' and m.left_date is null"
                + " and m.admission_date < '2015-01-01'", String.class);

        transaction.executeWithoutResult(status -> {
            CommitteeScope.run(id("mau-03"), () -> ratings.recordMemberRating(code, 2016, RatingLevel.GOOD, null, null));

            assertThat(jdbc.queryForObject("select r.committee_id from member_rating r join member m on m.id = r.member_id"
                    + " where m.code = ? and r.rating_year = 2016", Long.class, code)).isEqualTo(id("mau-03"));
            status.setRollbackOnly();
        });
    }

    @Test
    void no_scope_reads_nothing() {
        try (CommitteeScope.Entered ignored = CommitteeScope.serve(CommitteeScope.UNSET)) {
            assertThat(members.currentMembership().total()).isZero();
            assertThat(ratings.memberDistribution(2024).rated()).isZero();
            assertThat(organisation.cells()).isEmpty();
            assertThat(directory.communesIn(CommitteeScope.currentId())).as("communes to compare").isEmpty();
            assertThat(users.grantableRoles()).as("roles an account could be given").isEmpty();
            assertThatThrownBy(() -> imports.preview("Năm,Danh hiệu,Cấp khen\r\n2025,Bằng khen,UBND\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "khen.csv"))
                    .isInstanceOfSatisfying(vn.dangbo.dashboard.transfer.ImportRefused.class,
                            refused -> assertThat(refused.key()).isEqualTo("import.error.committee-refused"));
        }
        assertThat(members.currentMembership().total()).as("every committee, as the suite's own work reads").isPositive();
    }
}
