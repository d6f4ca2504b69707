package vn.dangbo.dashboard.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.users.UserService;

/**
 * The brief by e-mail, against a local SMTP test server: sent with the .docx attached on the day before the seed
 * commune's monthly meeting (its cells meet on the 3rd), not on another day, and only to those who asked for it.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class BriefMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);
    @Autowired BriefMailer mailer;
    @Autowired UserService users;

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void stopSending() {
        users.sendBriefTo("danguy", "");
        jdbc.update("delete from brief_mail_sent");
    }

    @Test
    void on_the_day_before_the_monthly_meeting_each_subscriber_receives_the_brief_with_the_word_document() throws Exception {
        users.sendBriefTo("danguy", "danguy@hainam.vn");

        assertThat(mailer.sendIfDue(LocalDate.of(2026, 12, 2))).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("danguy@hainam.vn");
        assertThat(received[0].getSubject()).isEqualTo("Bản tin họp tháng 6/2020 — Đảng bộ xã Hải Nam");
        Multipart parts = (Multipart) received[0].getContent();
        BodyPart attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("ban-tin-hop-thang-2020-06.docx".equals(parts.getBodyPart(i).getFileName())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).as("the brief attached").isNotNull();
        try (XWPFDocument document = new XWPFDocument(attachment.getInputStream())) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains("Bản tin họp tháng 6/2020");
        }
    }

    @Test
    void a_second_run_for_the_same_meeting_sends_nothing_more_as_a_second_server_would_not() {
        users.sendBriefTo("danguy", "danguy@hainam.vn");

        assertThat(mailer.sendIfDue(LocalDate.of(2026, 12, 2))).isEqualTo(1);
        assertThat(mailer.sendIfDue(LocalDate.of(2026, 12, 2))).isZero();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void on_another_day_or_to_no_one_nothing_is_sent() {
        users.sendBriefTo("danguy", "danguy@hainam.vn");
        assertThat(mailer.sendIfDue(LocalDate.of(2026, 12, 3))).isZero();

        users.sendBriefTo("danguy", "  ");
        assertThat(mailer.sendIfDue(LocalDate.of(2026, 12, 2))).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_address_that_is_not_one_is_refused_in_words_and_the_old_one_kept() {
        users.sendBriefTo("danguy", "danguy@hainam.vn");

        assertThatThrownBy(() -> users.sendBriefTo("danguy", "danguy at hainam"))
                .extracting(e -> ((Refusal) e).message().key()).isEqualTo("brief.mail.error.address");
        assertThat(users.briefAddress("danguy")).hasValue("danguy@hainam.vn");
    }
}
