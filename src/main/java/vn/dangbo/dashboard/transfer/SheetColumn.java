package vn.dangbo.dashboard.transfer;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.members.MemberField;

/**
 * One column of a sheet: its Vietnamese header, the database column it fills, how it is read, and whether it is part
 * of the row's natural key (by which importing the same row again changes nothing), required, or optional.
 */
record SheetColumn(String header, String dbColumn, ColumnType type, Need need) {

    enum Need {
        KEY, OPTIONAL_KEY, REQUIRED, OPTIONAL
    }

    static SheetColumn key(String header, String dbColumn, ColumnType type) {
        return new SheetColumn(header, dbColumn, type, Need.KEY);
    }

    /** Part of the key, and may be blank (a recruitment target for the whole term has no year). */
    static SheetColumn optionalKey(String header, String dbColumn, ColumnType type) {
        return new SheetColumn(header, dbColumn, type, Need.OPTIONAL_KEY);
    }

    static SheetColumn required(String header, String dbColumn, ColumnType type) {
        return new SheetColumn(header, dbColumn, type, Need.REQUIRED);
    }

    static SheetColumn optional(String header, String dbColumn, ColumnType type) {
        return new SheetColumn(header, dbColumn, type, Need.OPTIONAL);
    }

    /** A member sheet's column, named as the member's own fields are ({@link MemberField}). */
    static SheetColumn key(MemberField field, ColumnType type) {
        return key(field.header(), field.column(), type);
    }

    static SheetColumn required(MemberField field, ColumnType type) {
        return required(field.header(), field.column(), type);
    }

    static SheetColumn optional(MemberField field, ColumnType type) {
        return optional(field.header(), field.column(), type);
    }

    boolean isKey() {
        return need == Need.KEY || need == Need.OPTIONAL_KEY;
    }

    boolean isRequired() {
        return need == Need.KEY || need == Need.REQUIRED;
    }

    /** What a blank cell of an optional column stands for: the coded default, no, or nothing. */
    @Nullable Object blankValue() {
        return switch (type) {
            case ColumnType.Coded coded -> coded.whenBlank();
            case ColumnType.YesNo yesNo -> Boolean.FALSE;
            default -> null;
        };
    }
}
