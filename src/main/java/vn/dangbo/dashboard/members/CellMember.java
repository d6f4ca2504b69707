package vn.dangbo.dashboard.members;

import java.time.LocalDate;

/** A current member of a cell, as the cell's list shows them. */
public record CellMember(String code, String fullName, MemberStatus status, boolean exempt, LocalDate admissionDate) {
}
