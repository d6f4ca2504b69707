package vn.dangbo.dashboard.demo;

import java.util.List;
import java.util.Random;

/** Synthetic Vietnamese names: no demo member is a real person. */
final class DemoNames {
    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Vũ", "Vũ", "Phạm", "Đỗ", "Hoàng", "Lê", "Bùi", "Đặng", "Mai",
            "Đinh", "Phan", "Ngô", "Lương", "Trịnh", "Đoàn");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân", "Thanh");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng");
    private static final List<String> MALE_GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Mạnh", "Nam", "Nghĩa", "Phong",
            "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai", "Nga",
            "Ngân", "Nhung", "Oanh", "Phương", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến");

    private DemoNames() {
    }

    static String of(boolean female, Random random) {
        return pick(FAMILY, random) + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE, random) + " "
                + pick(female ? FEMALE_GIVEN : MALE_GIVEN, random);
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }
}
