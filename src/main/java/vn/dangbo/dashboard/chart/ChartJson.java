package vn.dangbo.dashboard.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.node.BaseJsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns typed options into the JSON the browser's ApexCharts reads. */
public final class ChartJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ChartJson() {
    }

    public static BaseJsonNode tree(Object options) {
        return MAPPER.valueToTree(options);
    }

    public static String text(Object options) {
        return MAPPER.writeValueAsString(options);
    }
}
