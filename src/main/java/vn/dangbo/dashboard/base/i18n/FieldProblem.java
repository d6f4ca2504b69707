package vn.dangbo.dashboard.base.i18n;

/**
 * A party rule broken by one record: the field it concerns, named as its database column ({@code admission_date}),
 * so that a form, an imported sheet and Danh mục can each point at their own place for it, and why.
 */
public record FieldProblem(String field, Message reason) {

    public FieldProblem(String field, String key, Object... parameters) {
        this(field, new Message(key, parameters));
    }
}
