package vn.dangbo.dashboard.demo;

import java.math.BigDecimal;
import java.util.List;

/** The demo commune's term results: socio-economic targets, awards, studies of resolutions, hamlets. */
final class DemoResults {

    record Target(String name, String unit, String direction, BigDecimal target, BigDecimal result) {
        Target(String name, String unit, String direction, String target, String result) {
            this(name, unit, direction, new BigDecimal(target), new BigDecimal(result));
        }
    }

    record Award(int year, String title, String awardedBy) {
    }

    record Study(String resolution, int year, double participation) {
    }

    /** The eleven socio-economic targets of the 2015–2020 congress, all achieved (the names are synthetic). */
    static final List<Target> TARGETS = List.of(
            new Target("Tốc độ tăng trưởng giá trị sản xuất bình quân/năm", "%", "AT_LEAST", "10", "11.2"),
            new Target("Thu nhập bình quân đầu người năm 2020", "triệu đồng", "AT_LEAST", "45", "48.5"),
            new Target("Sản lượng lương thực bình quân/năm", "tấn", "AT_LEAST", "5200", "5350"),
            new Target("Tỷ lệ hộ nghèo cuối nhiệm kỳ", "%", "AT_MOST", "2.5", "1.8"),
            new Target("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "AT_LEAST", "90", "92.5"),
            new Target("Tỷ lệ lao động qua đào tạo", "%", "AT_LEAST", "65", "68"),
            new Target("Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa", "%", "AT_LEAST", "90", "92"),
            new Target("Tỷ lệ hộ dân dùng nước sạch", "%", "AT_LEAST", "95", "98"),
            new Target("Thu ngân sách trên địa bàn tăng bình quân/năm", "%", "AT_LEAST", "8", "10.5"),
            new Target("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "AT_MOST", "8", "6.5"),
            new Target("Hoàn thành chỉ tiêu tuyển quân hằng năm", "%", "AT_LEAST", "100", "100"));

    static final List<Award> AWARDS = List.of(
            new Award(2016, "Cờ \"Đảng bộ trong sạch, vững mạnh tiêu biểu\"", "Tỉnh ủy Nam Định"),
            new Award(2017, "Cờ \"Đảng bộ trong sạch, vững mạnh tiêu biểu\"", "Tỉnh ủy Nam Định"),
            new Award(2018, "Cờ \"Đảng bộ trong sạch, vững mạnh tiêu biểu\"", "Tỉnh ủy Nam Định"),
            new Award(2019, "Cờ \"Đảng bộ trong sạch, vững mạnh tiêu biểu\"", "Tỉnh ủy Nam Định"),
            new Award(2019, "Cờ \"Đơn vị dẫn đầu phong trào thi đua\"", "UBND tỉnh Nam Định"),
            new Award(2018, "Danh hiệu \"Anh hùng Lực lượng vũ trang nhân dân\" thời kỳ kháng chiến chống thực dân Pháp",
                    "Chủ tịch nước"));

    /** Studies of resolutions and directives; members took part at 85–90%. */
    static final List<Study> STUDIES = List.of(
            new Study("Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", 2016, 0.872),
            new Study("Chỉ thị 05-CT/TW của Bộ Chính trị", 2016, 0.853),
            new Study("Nghị quyết Trung ương 4 (khóa XII)", 2017, 0.897),
            new Study("Nghị quyết 01 của Huyện ủy khóa XXVI", 2016, 0.861),
            new Study("Nghị quyết 02 của Huyện ủy khóa XXVI", 2016, 0.884),
            new Study("Nghị quyết Trung ương 6 (khóa XII)", 2018, 0.868),
            new Study("Chỉ thị 28-CT/TW của Ban Bí thư", 2019, 0.890),
            new Study("Nghị quyết Trung ương 7 (khóa XII)", 2018, 0.879));

    /** Per year from 2015: hamlets at the advanced new-rural standard, and at the model standard. */
    static final int[] ADVANCED_HAMLETS = {0, 0, 8, 14, 17};
    static final int[] MODEL_HAMLETS = {0, 0, 0, 0, 3};

    /** Cadres sent to training during the term: university, vocational intermediate, political-theory intermediate. */
    static final int UNIVERSITY = 4;
    static final int VOCATIONAL_INTERMEDIATE = 3;
    static final int POLITICAL_THEORY_INTERMEDIATE = 8;

    private DemoResults() {
    }
}
