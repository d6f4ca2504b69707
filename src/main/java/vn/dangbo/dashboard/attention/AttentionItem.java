package vn.dangbo.dashboard.attention;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.recruitment.CandidateStage;

/**
 * One thing that needs the committee's attention: the rule, what it is about (a cell's or a person's name, as
 * recorded: shown as text), the cell it belongs to (null: the committee as a whole), the member's code when it is
 * about a member, the year it concerns, the candidate's stage when about a candidate, and what is wrong.
 */
public record AttentionItem(AttentionRule rule, String subject, @Nullable String cellCode, @Nullable String memberCode, Integer year,
                            @Nullable CandidateStage stage, Message detail) {

    static AttentionItem cell(AttentionRule rule, String cellCode, String cellName, int year, Message detail) {
        return new AttentionItem(rule, cellName, cellCode, null, year, null, detail);
    }

    static AttentionItem member(AttentionRule rule, String code, String name, String cellCode, String cellName,
                                int year, Message detail) {
        return new AttentionItem(rule, name + " (" + cellName + ")", cellCode, code, year, null, detail);
    }

    static AttentionItem committee(AttentionRule rule, String committeeName, int year, Message detail) {
        return new AttentionItem(rule, committeeName, null, null, year, null, detail);
    }
}
