package vn.dangbo.dashboard.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import vn.dangbo.dashboard.statistics.Behind;
import vn.dangbo.dashboard.statistics.CommuneFigure;

/** What a figure is made of: the members (or cells, committees, people, awards) behind it, or a province's communes. */
class BehindPanel extends Div {

    BehindPanel(String title) {
        setId("statistics-behind");
        addClassName("card");
        addClassName("statistics-behind");
        add(new H3(title));
    }

    BehindPanel records(List<Behind> records) {
        add(new Paragraph(getTranslation("stat.behind.count", records.size())));
        if (records.isEmpty()) {
            return this;
        }
        Behind.Kind kind = records.getFirst().kind();
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        boolean coded = kind != Behind.Kind.PERSON && kind != Behind.Kind.AWARD;
        boolean placed = kind != Behind.Kind.CELL;
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("stat.behind.number"));
        if (coded) {
            head.addHeaderCell().setText(getTranslation("stat.behind.code." + kind));
        }
        head.addHeaderCell().setText(getTranslation("stat.behind.name." + kind));
        if (placed) {
            head.addHeaderCell().setText(getTranslation("stat.behind.where." + kind));
        }
        int number = 1;
        for (Behind record : records) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(String.valueOf(number++));
            if (kind == Behind.Kind.MEMBER) {
                row.addDataCell().add(new Anchor("members?code=" + java.net.URLEncoder.encode(record.code(),
                        java.nio.charset.StandardCharsets.UTF_8), record.code()));
            } else if (coded) {
                row.addDataCell().setText(record.code());
            }
            row.addDataCell().setText(record.name());
            if (placed) {
                row.addDataCell().setText(record.where());
            }
        }
        add(table);
        return this;
    }

    BehindPanel communes(List<CommuneFigure> communes, Function<CommuneFigure, String> link) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("stat.behind.commune"));
        head.addHeaderCell().setText(getTranslation("stat.behind.figure"));
        for (CommuneFigure commune : communes) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(commune.name());
            var cell = row.addDataCell();
            cell.addClassName("number");
            if (commune.figure() == 0) {
                cell.setText("0");
            } else {
                cell.add(new Anchor(link.apply(commune), String.valueOf(commune.figure())));
            }
        }
        add(new Paragraph(getTranslation("stat.behind.communes")), table);
        return this;
    }
}
