package vn.dangbo.dashboard.demo;

import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.users.UserService;

/** One account per role, only with the demo data; the README and docs/SECURITY.md name them. */
final class DemoAccounts {
    static final String PASSWORD = "demo-hainam";

    private DemoAccounts() {
    }

    static void create(UserService users) {
        users.createDemoAccount("quantri", "Quản trị (demo)", Role.ADMIN, null, PASSWORD);
        users.createDemoAccount("vanphong", "Văn phòng Đảng ủy (demo)", Role.CLERK, null, PASSWORD);
        users.createDemoAccount("danguy", "Đảng ủy viên (demo)", Role.COMMITTEE, null, PASSWORD);
        users.createDemoAccount("bithu.xom1", "Bí thư chi bộ xóm 1 (demo)", Role.CELL_SECRETARY, "X01", PASSWORD);
        users.createDemoAccount("trinhchieu", "Máy trình chiếu hội trường (demo)", Role.PRESENTER, null, PASSWORD);
    }
}
