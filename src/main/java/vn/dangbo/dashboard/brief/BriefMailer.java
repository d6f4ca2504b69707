package vn.dangbo.dashboard.brief;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.print.WordPage;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.users.BriefSubscriber;
import vn.dangbo.dashboard.users.UserService;

/**
 * Sends each committee's monthly brief (.docx attached) to the accounts that asked for it, at 7:00 on the day before
 * the committee's monthly meeting: the day set ({@code dangbo.brief.meeting-day}), else the day its cells usually meet.
 * Off unless a mail server is configured ({@code spring.mail.host}); a failure to one address is logged and the others
 * still sent. Each committee's brief is sent once for a meeting day, whichever server claims it first.
 */
@Configuration
@EnableScheduling
public class BriefMailer {
    private static final Logger log = LoggerFactory.getLogger(BriefMailer.class);
    private static final Locale VIETNAMESE = Locale.of("vi", "VN");
    private final ObjectProvider<JavaMailSender> mail;
    private final UserService users;
    private final BriefService briefs;
    private final MeetingService meetings;
    private final OrganisationService organisation;
    private final CommitteeDirectory directory;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final int meetingDay;
    private final String from;

    BriefMailer(ObjectProvider<JavaMailSender> mail, UserService users, BriefService briefs, MeetingService meetings,
                OrganisationService organisation, CommitteeDirectory directory, Clock clock,
                org.springframework.jdbc.core.JdbcTemplate jdbc, @Value("${dangbo.brief.meeting-day:0}") int meetingDay,
                @Value("${dangbo.brief.mail-from:bantin@dangbo.local}") String from) {
        this.mail = mail;
        this.users = users;
        this.briefs = briefs;
        this.meetings = meetings;
        this.organisation = organisation;
        this.directory = directory;
        this.clock = clock;
        this.jdbc = jdbc;
        this.meetingDay = meetingDay;
        this.from = from;
    }

    /** Whether a mail server is configured, so that briefs are sent. */
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Scheduled(cron = "${dangbo.brief.mail-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void sendOnTheDayBefore() {
        sendIfDue(LocalDate.now(clock));
    }

    /**
     * Sends every committee's brief whose monthly meeting is the day after {@code today} to its subscribers.
     *
     * @return how many e-mails were sent
     */
    public int sendIfDue(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host): no brief is sent.");
            return 0;
        }
        Optional<Long> only = CommitteeScope.call(CommitteeScope.ALL, directory::ofPage);
        Map<Long, List<BriefSubscriber>> byCommittee = CommitteeScope.call(CommitteeScope.ALL, users::briefSubscribers)
                .stream().filter(s -> s.committeeId() != null || only.isPresent())
                .collect(Collectors.groupingBy(s -> s.committeeId() != null ? s.committeeId() : only.get()));
        int sent = 0;
        for (Map.Entry<Long, List<BriefSubscriber>> committee : byCommittee.entrySet()) {
            sent += CommitteeScope.call(committee.getKey(), () -> briefs.briefsHere() && meetsTomorrow(today)
                    && claim(committee.getKey(), today.plusDays(1)) ? send(sender, committee.getValue()) : 0);
        }
        return sent;
    }

    /**
     * Claims the sending of a committee's brief for a meeting day: true once, false for every later attempt (another
     * server at the same minute, a restart, a second run of the day).
     */
    private boolean claim(long committee, LocalDate meetingDay) {
        try {
            jdbc.update("insert into brief_mail_sent (committee_id, meeting_day, sent_at) values (?, ?, ?)", committee,
                    java.sql.Date.valueOf(meetingDay), java.sql.Timestamp.from(clock.instant()));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException sentAlready) {
            return false;
        }
    }

    private boolean meetsTomorrow(LocalDate today) {
        int day = meetingDay > 0 ? meetingDay : organisation.currentTerm()
                .map(term -> meetings.usualMeetingDay(term).orElse(0)).orElse(0);
        LocalDate tomorrow = today.plusDays(1);
        // A meeting day past the month's end (the 31st in a month of 30) falls on its last day.
        return day > 0 && tomorrow.getDayOfMonth() == Math.min(day, tomorrow.lengthOfMonth());
    }

    private int send(JavaMailSender sender, List<BriefSubscriber> subscribers) {
        MonthlyBrief brief = briefs.brief();
        byte[] docx = BriefDocument.write(brief, Message::vietnamese, VIETNAMESE);
        String month = brief.month().getMonthValue() + "/" + brief.month().getYear();
        int sent = 0;
        for (BriefSubscriber subscriber : subscribers) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(subscriber.address());
                helper.setSubject(new Message("brief.mail.subject", month, brief.committee()).vietnamese());
                helper.setText(new Message("brief.mail.body", month, brief.committee()).vietnamese());
                helper.addAttachment(BriefDocument.fileName(brief), new ByteArrayResource(docx), WordPage.DOCX_TYPE);
                sender.send(message);
                sent++;
            } catch (MessagingException | MailException e) {
                log.warn("The brief could not be sent to {}'s address: {}", subscriber.username(), e.getMessage());
            }
        }
        return sent;
    }
}
