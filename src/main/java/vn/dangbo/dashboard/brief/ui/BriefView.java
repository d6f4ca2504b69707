package vn.dangbo.dashboard.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.dangbo.dashboard.attention.AttentionItem;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.print.WordPage;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Change;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.MonthInAddress;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.brief.BriefChange;
import vn.dangbo.dashboard.brief.BriefDocument;
import vn.dangbo.dashboard.brief.BriefMailer;
import vn.dangbo.dashboard.brief.BriefService;
import vn.dangbo.dashboard.brief.MonthlyBrief;
import vn.dangbo.dashboard.conclusions.ui.CarriedForward;
import vn.dangbo.dashboard.users.UserService;

/**
 * The monthly meeting's brief on one page ({@code /brief?month=2026-11}): the changes, what needs attention, the
 * conclusions carried forward; printed or saved as PDF from the header, downloaded as .docx here.
 */
@Route(BriefView.ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
public class BriefView extends LiveDashboard implements HasDynamicTitle {
    public static final String ROUTE = "brief";
    /** Items shown under a rule on the page; the attention page lists them all. */
    private static final int ITEMS = 3;
    private final BriefService briefs;
    private final BriefMailer mailer;
    private final UserService users;
    private final CurrentUser currentUser;

    BriefView(BriefService briefs, LiveUpdates live, BriefMailer mailer, UserService users, CurrentUser currentUser) {
        super(live, Topic.all());
        this.briefs = briefs;
        this.mailer = mailer;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("brief-page");
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        Texts texts = new Texts(getLocale());
        if (!briefs.briefsHere()) {
            add(new H2(texts.t("brief.page-title")), Paragraphs.notice("brief-per-commune", texts.t("attention.per-commune")));
            return;
        }
        MonthInAddress asked = MonthInAddress.read(query(), briefs::available);
        MonthlyBrief brief = briefs.brief(asked.orElseGet(briefs::defaultMonth));
        String month = brief.month().getMonthValue() + "/" + brief.month().getYear();
        add(new H2(texts.t("brief.title", month)), new Paragraph(texts.t("brief.as-of", Formats.date(brief.asOf()))));
        asked.refusal().ifPresent(refusal -> add(Paragraphs.notice("brief-bad-month", texts.t(refusal))));
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = BriefDocument.write(brief, texts::t, texts.locale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), BriefDocument.fileName(brief),
                    WordPage.DOCX_TYPE, bytes.length);
        }), texts.t("brief.download.docx"));
        docx.setId("brief-docx");
        add(new Paragraph(docx), changes(brief, texts), attention(brief, texts), CarriedForward.of(brief.conclusions(), texts,
                "brief.section.conclusions"));
        currentUser.get().ifPresent(user -> add(subscription(user.username(), texts)));
    }

    /** The person's own subscription: the address the brief is sent to the day before the meeting, or none. */
    private Div subscription(String username, Texts texts) {
        TextField address = new TextField(texts.t("brief.mail.address"));
        address.setId("brief-mail-address");
        address.setValue(users.briefAddress(username).orElse(""));
        address.setWidth("24em");
        Paragraph message = new Paragraph();
        message.setId("brief-mail-message");
        Button save = new Button(texts.t("brief.mail.save"), e -> {
            try {
                users.sendBriefTo(username, address.getValue());
                message.removeClassName("page-error");
                message.setText(texts.t(address.getValue().isBlank() ? "brief.mail.stopped" : "brief.mail.saved",
                        address.getValue().strip()));
            } catch (Refusal refused) {
                message.addClassName("page-error");
                message.setText(texts.t(refused.message()));
            }
        });
        save.setId("brief-mail-save");
        Div section = section("brief-mail", texts.t("brief.mail.title"), new Div(address, save, message));
        section.addClassName("brief-mail");
        if (!mailer.configured()) {
            Paragraph off = new Paragraph(texts.t("brief.mail.not-configured"));
            off.addClassName("attention-source");
            section.add(off);
        }
        return section;
    }

    private Div changes(MonthlyBrief brief, Texts texts) {
        Div table = new Div();
        table.setId("brief-changes");
        table.addClassName("rating-table");
        table.add(row(new Span(texts.t("brief.column.figure")), new Span(texts.t("brief.column.now")),
                new Span(texts.t("brief.column.change"))));
        for (BriefChange change : brief.changes()) {
            table.add(row(new Span(texts.t(change.figure())), new Span(texts.n(change.now())),
                    Change.of(change.now(), change.before(), Change.of(change.better()), texts.t(change.comparedWith())
                            + ": " + texts.n(change.before()), null, texts.locale())));
        }
        return section("brief-changes-section", texts.t("brief.section.changes"), table);
    }

    private Div attention(MonthlyBrief brief, Texts texts) {
        UnorderedList list = new UnorderedList();
        for (AttentionRule rule : AttentionRule.values()) {
            List<AttentionItem> items = brief.attention().items(rule);
            if (!items.isEmpty()) {
                String first = String.join("; ", items.stream().limit(ITEMS).map(AttentionItem::subject).toList());
                list.add(new ListItem(new Span(texts.t(rule.titleKey()) + ": " + texts.n(items.size()) + " — " + first
                        + (items.size() > ITEMS ? "…" : ""))));
            }
        }
        return section("brief-attention", texts.t("brief.section.attention"), brief.attention().isEmpty()
                ? new Paragraph(texts.t("brief.attention.none", String.valueOf(AttentionRule.values().length))) : list);
    }

    private static Div row(com.vaadin.flow.component.Component... cells) {
        Div row = new Div(cells);
        row.addClassName("rating-row");
        return row;
    }

    private static Div section(String id, String title, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H3(title), content);
        section.setId(id);
        section.addClassName("card");
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("brief.page-title") + " · " + getTranslation("app.name");
    }
}
