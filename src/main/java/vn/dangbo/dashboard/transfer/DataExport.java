package vn.dangbo.dashboard.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.ColumnType.Coded;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ColumnType.YesNo;

/**
 * All the data, in the import template's shape: one sheet per kind of record, written as the office writes it. A
 * workbook exported here imports into an empty database as the same data.
 */
@Service
public class DataExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcTemplate jdbc;
    private final CommitteeDirectory directory;

    DataExport(JdbcTemplate jdbc, CommitteeDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Every sheet of the page's committee, as an .xlsx workbook. */
    @Transactional(readOnly = true)
    public byte[] workbook() {
        return TableFiles.xlsx(tables());
    }

    /** Every sheet of the page's committee as a table, in import order. */
    @Transactional(readOnly = true)
    public List<Table> tables() {
        return tables(ImportTarget.page(directory));
    }

    private List<Table> tables(ImportTarget committee) {
        List<Table> tables = new ArrayList<>();
        for (ImportSheet sheet : ImportSheet.values()) {
            tables.add(new Table(sheet.title(), sheet.columns(), rows(sheet, committee)));
        }
        return tables;
    }

    /**
     * Writes the workbooks of every commune under the page's committee into a .zip as they are made, one commune's in
     * memory at a time, telling {@code progress} after each; a province's whole data this way.
     */
    @Transactional(readOnly = true)
    public void writeCommuneWorkbooks(OutputStream out, FileOutcome.Progress progress) throws IOException {
        long scope = CommitteeScope.currentId();
        List<CommitteeNode> communes = directory.hasCommunesIn(scope) ? directory.communesIn(scope) : List.of();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (int i = 0; i < communes.size(); i++) {
            CommitteeNode commune = communes.get(i);
            zip.putNextEntry(new ZipEntry(commune.code() + ".xlsx"));
            zip.write(TableFiles.xlsx(tables(ImportTarget.of(commune.id()))));
            zip.closeEntry();
            progress.file(i + 1, communes.size(), commune.name());
        }
        zip.finish();
        zip.flush();
    }

    /** A sheet's rows of the page's committee as the sheet writes them, ordered by their key. */
    List<List<Object>> rows(ImportSheet sheet) {
        return rows(sheet, ImportTarget.page(directory));
    }

    private List<List<Object>> rows(ImportSheet sheet, ImportTarget committee) {
        List<SheetColumn> columns = sheet.sheetColumns();
        List<String> selected = new ArrayList<>();
        long keys = columns.stream().filter(SheetColumn::isKey).count();
        for (SheetColumn column : columns) {
            selected.add(expression(column));
        }
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= Math.max(keys, 1); i++) {
            order.append(i == 1 ? "" : ", ").append(i);
        }
        return jdbc.query("select " + String.join(", ", selected) + " from " + sheet.table() + " t where "
                        + committee.own(sheet.table(), "t") + " order by " + order,
                (rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        row.add(written(columns.get(c), rs.getObject(c + 1)));
                    }
                    return row;
                });
    }

    /** How a column of table {@code t} is selected as the sheet holds it: a reference as the other row's key. */
    static String expression(SheetColumn column) {
        return column.type() instanceof Reference reference
                ? "(select r." + reference.target().referenceKey().dbColumn() + " from " + reference.target().table()
                        + " r where r.id = t." + column.dbColumn() + ")"
                : "t." + column.dbColumn();
    }

    /** A value as a form or a message shows it: decimals with a comma, blanks empty. */
    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString().replace('.', ',');
            default -> value.toString();
        };
    }

    /** A stored value as the sheet writes it: words for codes, Có/Không, day/month/year, numbers as numbers. */
    static @Nullable Object written(SheetColumn column, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case Coded coded -> ImportCodes.word(coded.words(), value.toString());
            case YesNo yesNo -> Boolean.TRUE.equals(value) ? "Có" : "Không";
            default -> switch (value) {
                case Date date -> date.toLocalDate().format(DATE);
                case java.time.LocalDate date -> date.format(DATE);
                case BigDecimal decimal -> decimal.stripTrailingZeros();
                case Number number -> number.longValue();
                default -> value;
            };
        };
    }
}
