package vn.dangbo.dashboard.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.users.UserService;

/** The synthetic province's accounts, one per kind of grant; docs/SECURITY.md names them. The demo password. */
final class ProvinceAccounts {

    private ProvinceAccounts() {
    }

    static void create(UserService users, JdbcTemplate jdbc, long province) {
        CommitteeScope.run(province, () -> {
            users.createDemoAccount("bantochuc.tinh", "Ban Tổ chức Tỉnh ủy (giả lập)", Role.PROVINCE, null, DemoAccounts.PASSWORD);
            users.createDemoAccount("quantri.tinh", "Quản trị tỉnh (giả lập)", Role.ADMIN, null, DemoAccounts.PASSWORD);
        });
        for (int commune : new int[] {1, 11}) {
            String code = ProvinceDemo.communeCode(commune);
            List<Long> found = DemoSql.ids(jdbc, "select id from party_committee where code = ?", code);
            if (found.isEmpty()) {
                continue; // a province of fewer communes (the benchmark's commune alone)
            }
            long id = found.getFirst();
            String suffix = code.replace("-", "");
            String name = "Mẫu " + code.substring(code.indexOf('-') + 1);
            CommitteeScope.run(id, () -> {
                users.createDemoAccount("vanphong." + suffix, "Văn phòng xã " + name + " (giả lập)", Role.CLERK, null,
                        DemoAccounts.PASSWORD);
                users.createDemoAccount("danguy." + suffix, "Đảng ủy viên xã " + name + " (giả lập)", Role.COMMITTEE, null,
                        DemoAccounts.PASSWORD);
            });
        }
    }
}
