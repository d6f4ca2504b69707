package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Folding;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationLevel;

/**
 * The committee a file is imported into, never another: the one its code names (within the user's committees), or
 * the page's committee when the file names none, or the only committee of a one-commune deployment. A code no
 * committee has yet adds a commune (under the province whose page imports it). Anything else is refused before a
 * row is read.
 *
 * @param id        the committee's id; null when the file adds it
 * @param newCode   the code of the committee the file adds
 * @param newParent the committee the added one lies under (a province), or null
 */
record ImportTarget(@Nullable Long id, @Nullable String newCode, @Nullable Long newParent) {
    /** A committee's code: lower-case letters and digits in at least two parts joined by hyphens ("hai-nam"). */
    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){1,5}");
    static final String CODE_HEADER = "Mã đảng bộ";

    /** The condition that keeps a table's rows to this committee's own (none yet for one the file adds). */
    String own(String table, String alias) {
        return OwnRecords.of(table, alias, id == null ? CommitteeScope.NOTHING : id);
    }

    boolean exists() {
        return id != null;
    }

    /**
     * The committee of the page (the record editor's and the export's): the committee in scope, or with every
     * committee in scope the first (one commune); none when the page may see none.
     */
    static ImportTarget page(CommitteeDirectory directory) {
        return new ImportTarget(directory.ofPage().orElse(null), null, null);
    }

    /** A committee by id (a province's export, commune by commune). */
    static ImportTarget of(long committeeId) {
        return new ImportTarget(committeeId, null, null);
    }

    static ImportTarget resolve(Map<ImportSheet, List<RawRow>> rows, CommitteeDirectory directory) {
        List<RawRow> committee = rows.getOrDefault(ImportSheet.COMMITTEE, List.of());
        // Walked, not indexed: a CSV file's rows are read in order only.
        RawRow first = committee.isEmpty() ? null : committee.iterator().next();
        String code = first == null ? "" : first.get(CODE_HEADER);
        String name = first == null ? "" : first.get("Tên Đảng bộ");
        long scope = CommitteeScope.currentId();
        if (scope < 0) {
            // A committee outside the grant, or no scope at all (a bug): nothing is imported anywhere.
            throw new ImportRefused("import.error.committee-refused");
        }
        Optional<CommitteeNode> page = scope > 0 ? directory.byId(scope) : Optional.empty();
        if (!code.isEmpty()) {
            if (!CODE.matcher(code).matches()) {
                throw new ImportRefused("import.error.committee-code", code);
            }
            Optional<CommitteeNode> named = directory.byCode(code);
            if (named.isPresent()) {
                if (scope != CommitteeScope.ALL && !directory.covers(scope, named.get().id())) {
                    throw new ImportRefused("import.error.other-committee", code, page.map(CommitteeNode::name).orElse(""));
                }
                return new ImportTarget(named.get().id(), null, null);
            }
            if (page.isPresent() && page.get().level() != OrganisationLevel.PROVINCE) {
                throw new ImportRefused("import.error.other-committee", code, page.get().name());
            }
            return new ImportTarget(null, code, page.map(CommitteeNode::id).orElse(null));
        }
        if (page.isPresent()) {
            if (page.get().level() == OrganisationLevel.PROVINCE) {
                throw new ImportRefused("import.error.no-committee-code", CODE_HEADER);
            }
            return new ImportTarget(page.get().id(), null, null);
        }
        if (directory.many()) {
            throw new ImportRefused("import.error.no-committee-code", CODE_HEADER);
        }
        return directory.first().map(only -> new ImportTarget(only.id(), null, null))
                .orElseGet(() -> new ImportTarget(null, codeFrom(name), null));
    }

    /** A code made from a committee's name for a file that gives none: "Đảng bộ xã Hải Nam" → "xa-hai-nam". */
    static String codeFrom(String name) {
        String plain = Folding.fold(name).replaceFirst("^dang bo\\s+", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String code = plain.length() > 40 ? plain.substring(0, 40).replaceAll("-$", "") : plain;
        return CODE.matcher(code).matches() ? code : "dang-bo" + (code.isEmpty() ? "" : "-" + code);
    }
}
