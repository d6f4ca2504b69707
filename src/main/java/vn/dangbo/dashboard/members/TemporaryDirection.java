package vn.dangbo.dashboard.members;

/** A temporary transfer of party activity (sinh hoạt đảng tạm thời): a member of ours sent out, or one of elsewhere received. */
public enum TemporaryDirection {
    SENT, RECEIVED
}
