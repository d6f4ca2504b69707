package vn.dangbo.dashboard.members.ui;

import vn.dangbo.dashboard.base.ui.Grids;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.members.FoundMember;
import vn.dangbo.dashboard.members.MemberService;

/** Finds a member by code or name in any cell, including those who left; a click opens their record. */
class MemberSearch extends Div {
    static final int LIMIT = 50;
    private final MemberService members;
    private final TextField text = new TextField();
    private final Grid<FoundMember> found = new Grid<>();

    MemberSearch(MemberService members) {
        this.members = members;
        setId("member-search");
        text.setId("member-search-text");
        text.setLabel(getTranslation("members.search"));
        text.setPlaceholder(getTranslation("members.search-hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("24em");
        text.addValueChangeListener(e -> search());
        found.setId("member-search-results");
        found.addColumn(FoundMember::code).setHeader(getTranslation("members.code")).setAutoWidth(true);
        found.addColumn(FoundMember::fullName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        found.addColumn(FoundMember::cellName).setHeader(getTranslation("members.cell")).setAutoWidth(true);
        found.addColumn(m -> m.left() ? getTranslation("members.search-left") : "").setAutoWidth(true);
        Grids.scrollSideways(found);
        found.setAllRowsVisible(true);
        found.setVisible(false);
        MemberRecords.open(found, true, FoundMember::cellCode, FoundMember::code);
        add(text, found);
    }

    private void search() {
        List<FoundMember> results = text.getValue().trim().length() < 2 ? List.of() : members.search(text.getValue(), LIMIT);
        found.setItems(results);
        found.setVisible(!results.isEmpty());
        text.setHelperText(text.getValue().trim().length() < 2 ? null
                : results.isEmpty() ? getTranslation("members.search-none")
                : results.size() == LIMIT ? getTranslation("members.search-more", String.valueOf(LIMIT)) : null);
    }
}
