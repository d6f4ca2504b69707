package vn.dangbo.dashboard.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Enlargeable;

/**
 * An ApexCharts chart. Options are typed ({@link ChartOptions}, built with {@link Charts}); the toolbar's texts,
 * month names and number format follow the UI's locale (bundle keys {@code chart.*}).
 */
@Tag("dangbo-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./charts/apex-chart.js")
public class ApexChart extends Component implements HasSize, Enlargeable {
    private @Nullable ChartOptions options;
    private int decimals = 1;
    private String suffix = "";
    private String unit = "";
    private String fileName = "";
    private int wrap;
    private boolean labelLinks;
    private String name = "";

    public ApexChart() {
        setWidthFull();
        getElement().setAttribute("role", "img");
    }

    /**
     * What the chart is, as a person would name it (its card's title): with the description of its figures, the
     * chart's accessible name for a screen reader, which does not read the drawing itself.
     */
    @Override
    public void nameAs(String chartName) {
        this.name = chartName == null ? "" : chartName;
        resend();
    }

    public ApexChart(ChartOptions options) {
        this();
        setOptions(options);
    }

    public @Nullable ChartOptions getOptions() {
        return options;
    }

    public void setOptions(ChartOptions newOptions) {
        this.options = newOptions;
        if (isAttached()) {
            send();
        }
    }

    /** How values are written in labels and tooltips: decimals at most, and a unit after them (e.g. "%"). */
    public void setValueFormat(int maxDecimals, String unit) {
        this.decimals = maxDecimals;
        this.suffix = unit == null ? "" : unit;
        if (isAttached()) {
            send();
        }
    }

    /**
     * What a value counts, written after it in tooltips with its share of the whole where the chart shows shares:
     * "HTXS: 74 đảng viên – 14,9%".
     */
    public ApexChart setUnit(String unitText) {
        this.unit = unitText == null ? "" : unitText;
        resend();
        return this;
    }

    /** The name (without extension) of the chart's downloaded image and data, e.g. "xep-loai-dang-vien-2019". */
    public ApexChart setFileName(String name) {
        this.fileName = name == null ? "" : name;
        resend();
        return this;
    }

    /** Wraps category labels longer than this many characters onto more lines instead of cutting them (slides). */
    public ApexChart setWrapLabels(int characters) {
        this.wrap = characters;
        resend();
        return this;
    }

    private void resend() {
        if (isAttached()) {
            send();
        }
    }

    /** The same chart on its own, filling what holds it (the card's full-screen view), without its click. */
    @Override
    public ApexChart enlarged() {
        ChartOptions drawn = Objects.requireNonNull(options, "a chart is enlarged only once it has its options");
        ChartOptions.Chart c = drawn.chart();
        ApexChart copy = new ApexChart(drawn.withChart(new ChartOptions.Chart(c.type(), c.stacked(), c.stackType(), "100%",
                c.toolbar(), c.locales(), c.defaultLocale(), c.animations(), c.background(), c.foreColor())));
        copy.decimals = decimals;
        copy.suffix = suffix;
        copy.unit = unit;
        copy.fileName = fileName;
        copy.wrap = wrap;
        copy.name = name;
        copy.setHeightFull();
        copy.setId(getId().map(id -> id + "-enlarged").orElse(null));
        return copy;
    }

    /** Listens to clicks on bars, slices and cells; the chart then shows that they can be clicked. */
    public Registration addDataPointClickListener(ComponentEventListener<DataPointClickEvent> listener) {
        addClassName("clickable");
        return addListener(DataPointClickEvent.class, listener);
    }

    /**
     * Listens to clicks on the category names written beside the chart (the y axis: a heatmap's rows, a horizontal
     * bar chart's bars), which then look like links.
     */
    public Registration addLabelClickListener(ComponentEventListener<LabelClickEvent> listener) {
        labelLinks = true;
        resend();
        return addListener(LabelClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        send();
    }

    private void send() {
        if (options == null) {
            return;
        }
        Locale locale = getLocale();
        getElement().setPropertyJson("format", ChartJson.tree(Map.of("locale", locale.toLanguageTag(),
                "decimals", decimals, "suffix", suffix, "unit", unit, "fileName", fileName, "wrap", wrap, "labelLinks", labelLinks)));
        getElement().setPropertyJson("options", ChartJson.tree(localised(options, locale)));
        String described = ChartDescription.of(options, locale, (key, params) -> getTranslation(key, params));
        String title = name.isBlank() ? options.title() == null ? t("chart.name") : options.title().text() : name;
        getElement().setAttribute("aria-label", getTranslation("chart.accessible-name", title, described));
    }

    ChartOptions localised(ChartOptions source, Locale locale) {
        ChartLocale chartLocale = new ChartLocale(locale.getLanguage(), new ChartLocale.Texts(
                list("chart.months"), list("chart.months.short"), list("chart.days"), list("chart.days.short"),
                new ChartLocale.ToolbarTexts(t("chart.toolbar.svg"), t("chart.toolbar.png"), t("chart.toolbar.csv"),
                        t("chart.toolbar.menu"), t("chart.toolbar.selection"), t("chart.toolbar.selection-zoom"),
                        t("chart.toolbar.zoom-in"), t("chart.toolbar.zoom-out"), t("chart.toolbar.pan"),
                        t("chart.toolbar.reset"))));
        ChartOptions.Chart c = source.chart();
        return source.withChart(new ChartOptions.Chart(c.type(), c.stacked(), c.stackType(), c.height(), c.toolbar(),
                        List.of(chartLocale), chartLocale.name(), c.animations(), c.background(), c.foreColor()))
                .withNoData(new ChartOptions.NoData(t("chart.no-data")));
    }

    private String t(String key) {
        return getTranslation(key);
    }

    private List<String> list(String key) {
        return List.of(t(key).split(","));
    }
}
