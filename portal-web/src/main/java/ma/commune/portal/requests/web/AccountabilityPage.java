package ma.commune.portal.requests.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.requests.boundary.Accountability;
import ma.commune.portal.requests.boundary.AccountabilityReport;
import ma.commune.portal.requests.entity.ResponseTally;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * {@code /allo/accountability?months=12}: how the commune answers its residents, per department and per
 * category, and month by month, with two charts drawn on the server as SVG (bars with their values written
 * on them, each followed by the table of its data) — no chart script: the page stays within the CSP, light,
 * and complete without JavaScript. A public, stateless, bookmarkable GET; counts only, no personal data.
 */
@Named
@RequestScoped
public class AccountabilityPage {

    /** The monthly chart's drawing area, in SVG units (it scales to the page's width). */
    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 24;
    static final int BOTTOM = 44;
    /** The departments' chart: one row per department. */
    static final int ROW = 44;

    @EJB
    Accountability accountability;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(name = "months")
    String monthsParameter;

    private AccountabilityReport report;

    /** One bar: its rectangle, and its value written above (or beside) it. */
    public static final class Bar {
        private final double x;
        private final double y;
        private final double width;
        private final double height;
        private final String label;
        private final double labelX;
        private final double labelY;
        private final String kind;

        Bar(double x, double y, double width, double height, String label, double labelX, double labelY, String kind) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.label = label;
            this.labelX = labelX;
            this.labelY = labelY;
            this.kind = kind;
        }

        public String getX() {
            return svg(x);
        }

        public String getY() {
            return svg(y);
        }

        public String getWidth() {
            return svg(width);
        }

        public String getHeight() {
            return svg(height);
        }

        public String getLabel() {
            return label;
        }

        public String getLabelX() {
            return svg(labelX);
        }

        public String getLabelY() {
            return svg(labelY);
        }

        public String getKind() {
            return kind;
        }
    }

    /** A text of a chart (a month under its bars, a department over its bar, a scale value). */
    public static final class Label {
        private final String text;
        private final double x;
        private final double y;

        Label(String text, double x, double y) {
            this.text = text;
            this.x = x;
            this.y = y;
        }

        public String getText() {
            return text;
        }

        public String getX() {
            return svg(x);
        }

        public String getY() {
            return svg(y);
        }
    }

    public AccountabilityReport getReport() {
        if (report == null) {
            report = accountability.report(months());
        }
        return report;
    }

    private int months() {
        try {
            return monthsParameter == null ? Accountability.DEFAULT_MONTHS : Integer.parseInt(monthsParameter.trim());
        } catch (NumberFormatException notANumber) {
            return Accountability.DEFAULT_MONTHS;
        }
    }

    public List<Integer> getPeriods() {
        return List.of(3, 6, 12, 24);
    }

    // ---- figures as text (numbers as strings: MessageFormat would write Eastern Arabic digits)

    public String percent(Integer value) {
        return value == null ? "—" : Messages.text("accountability.percent", String.valueOf(value));
    }

    public String days(Double value) {
        return value == null ? "—" : language.number(value);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", language.get().formattingLocale()).format(month);
    }

    private String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yy", language.get().formattingLocale()).format(month);
    }

    // ---- the monthly chart: received and answered on time, per month of receipt

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private long monthlyMaximum() {
        long max = 1;
        for (AccountabilityReport.MonthLine line : getReport().getMonthly()) {
            max = Math.max(max, line.getTally().getReceived());
        }
        return niceCeiling(max);
    }

    public List<Bar> getMonthlyBars() {
        List<AccountabilityReport.MonthLine> months = getReport().getMonthly();
        double plot = WIDTH - LEFT - RIGHT;
        double group = plot / Math.max(1, months.size());
        double bar = group * 0.36;
        double height = HEIGHT - TOP - BOTTOM;
        long max = monthlyMaximum();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ResponseTally tally = months.get(i).getTally();
            double x = LEFT + i * group + group * 0.12;
            bars.add(vertical(x, bar, tally.getReceived(), max, height, "received"));
            bars.add(vertical(x + bar + group * 0.04, bar, tally.getAnsweredOnTime(), max, height, "ontime"));
        }
        return bars;
    }

    private static Bar vertical(double x, double width, long value, long max, double plotHeight, String kind) {
        double h = plotHeight * value / max;
        double y = TOP + plotHeight - h;
        return new Bar(x, y, width, h, String.valueOf(value), x + width / 2, y - 4, kind);
    }

    public List<Label> getMonthLabels() {
        List<AccountabilityReport.MonthLine> months = getReport().getMonthly();
        double group = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, months.size());
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            labels.add(new Label(shortMonth(months.get(i).getMonth()), LEFT + i * group + group / 2, HEIGHT - BOTTOM + 18));
        }
        return labels;
    }

    /** The scale: four lines, from 0 to the (rounded) largest month. */
    public List<Label> getScale() {
        long max = monthlyMaximum();
        double height = HEIGHT - TOP - BOTTOM;
        List<Label> scale = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            scale.add(new Label(String.valueOf(value), LEFT - 6, TOP + height - height * value / max));
        }
        return scale;
    }

    public String getPlotLeft() {
        return String.valueOf(LEFT);
    }

    public String getPlotRight() {
        return String.valueOf(WIDTH - RIGHT);
    }

    public String getAxisY() {
        return String.valueOf(HEIGHT - BOTTOM);
    }

    // ---- the departments' chart: the share of answers given on time

    /** The departments that answered something in the period. */
    private List<AccountabilityReport.Line> answering() {
        return getReport().getDepartments().stream().filter(l -> l.getTally().getAnswered() > 0).toList();
    }

    public String getDepartmentsViewBox() {
        return "0 0 " + WIDTH + " " + (TOP + answering().size() * ROW + 8);
    }

    public List<Bar> getDepartmentBars() {
        boolean rtl = language.isRtl();
        double plot = WIDTH - LEFT - RIGHT - 60;
        List<Bar> bars = new ArrayList<>();
        List<AccountabilityReport.Line> lines = answering();
        for (int i = 0; i < lines.size(); i++) {
            int percent = lines.get(i).getTally().getOnTimePercent();
            double w = plot * percent / 100d;
            double y = TOP + i * ROW + 18;
            double x = rtl ? WIDTH - LEFT - w : LEFT;
            double labelX = rtl ? x - 6 : x + w + 6;
            bars.add(new Bar(x, y, w, 16, percent(percent), labelX, y + 13, "ontime"));
        }
        return bars;
    }

    public List<Label> getDepartmentLabels() {
        boolean rtl = language.isRtl();
        List<Label> labels = new ArrayList<>();
        List<AccountabilityReport.Line> lines = answering();
        for (int i = 0; i < lines.size(); i++) {
            labels.add(new Label(language.of(lines.get(i).getName()).getText(), rtl ? WIDTH - LEFT : LEFT, TOP + i * ROW + 12));
        }
        return labels;
    }

    /**
     * Where the departments' texts start: at the right in Arabic, at the left in French. The charts are drawn
     * left to right ({@code direction="ltr"}), so that anchors mean the same sides in both languages.
     */
    public String getAnchor() {
        return language.isRtl() ? "end" : "start";
    }

    /** Where a bar's value goes: past its end, on the side the bar grows to. */
    public String getValueAnchor() {
        return language.isRtl() ? "end" : "start";
    }

    /** The top of the scale: four equal steps of 1, 2 or 5 × 10ⁿ, so that every scale line is a round number. */
    static long niceCeiling(long value) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (4 * m * power >= value) {
                    return 4 * m * power;
                }
            }
            power *= 10;
        }
    }

    private static String svg(double value) {
        return String.valueOf(Math.round(value * 10) / 10d);
    }
}
