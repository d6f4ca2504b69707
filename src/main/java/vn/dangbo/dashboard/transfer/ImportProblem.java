package vn.dangbo.dashboard.transfer;

import vn.dangbo.dashboard.base.i18n.Message;

/**
 * One thing wrong in an uploaded file: where (sheet and column as the file names them, row as Excel numbers it),
 * the field the column fills (its database column, by which a form finds its own field), and why.
 */
public record ImportProblem(String sheet, int row, String column, String field, Message reason) {
}
