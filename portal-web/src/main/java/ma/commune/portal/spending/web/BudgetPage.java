package ma.commune.portal.spending.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import ma.commune.portal.shared.web.Suppliers;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.boundary.ListQuery;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.spending.boundary.BudgetExecution;
import ma.commune.portal.spending.boundary.BudgetReport;
import ma.commune.portal.spending.entity.BudgetSection;
import org.omnifaces.cdi.Param;

/**
 * {@code /budget?year=&section=&chapter=&article=}: the execution of a year's budget, chapters first, then
 * the articles of a chapter, then the lines of an article — credits opened, committed, ordered, paid and
 * the rates — with a chart drawn on the server as SVG (like {@code /allo/accountability}: no script, each
 * chart followed by the table of its data) and the suppliers paid the most. A stateless, bookmarkable GET.
 */
@Named
@RequestScoped
public class BudgetPage {

    static final int WIDTH = 720;
    static final int SIDE = 12;
    /** Room for the value written past the longest bar. */
    static final int VALUE_ROOM = 170;
    static final int TOP = 8;
    static final int BAR = 12;
    /** One row of the chart: its code and label, then three bars (opened, committed, paid). */
    static final int ROW = 22 + 3 * (BAR + 3) + 10;

    @EJB
    BudgetExecution execution;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(name = "year")
    String year;

    @Inject
    @Param(name = "section")
    String section;

    @Inject
    @Param(name = "chapter")
    String chapter;

    @Inject
    @Param(name = "article")
    String article;

    private List<Integer> years;
    private BudgetReport report;
    private boolean loaded;

    public List<Integer> getYears() {
        if (years == null) {
            years = execution.years();
        }
        return years;
    }

    /** The report the address asks for; the newest year by default; null when no budget was imported. */
    public BudgetReport getReport() {
        if (!loaded) {
            loaded = true;
            Integer asked = ListQuery.year(year);
            Integer shown = asked != null && getYears().contains(asked) ? asked : getYears().isEmpty() ? null : getYears().get(0);
            if (shown != null) {
                String c = ListQuery.code(chapter);
                report = execution.report(shown, ListQuery.constant(BudgetSection.class, section), c, c == null ? null : ListQuery.code(article));
            }
        }
        return report;
    }

    public BudgetSection[] getSections() {
        return BudgetSection.values();
    }

    /** The address of this view one level down (a chapter's articles, an article's lines), or up. */
    public String link(String toChapter, String toArticle) {
        BudgetReport r = getReport();
        StringBuilder link = new StringBuilder("/budget?year=").append(r.getYear());
        if (r.getSection() != null) {
            link.append("&section=").append(r.getSection());
        }
        // EL hands a null as an empty string.
        if (toChapter != null && !toChapter.isEmpty()) {
            link.append("&chapter=").append(URLEncoder.encode(toChapter, StandardCharsets.UTF_8));
            if (toArticle != null && !toArticle.isEmpty()) {
                link.append("&article=").append(URLEncoder.encode(toArticle, StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

    /** The heading of a row: "Chapitre 10", "Article 10.20", or a line's label in the page's language. */
    public String rowName(BudgetReport.Row row) {
        return switch (getReport().getLevel()) {
            case "CHAPTER" -> Messages.text("spending.budget.chapterNamed", row.getCode());
            case "ARTICLE" -> Messages.text("spending.budget.articleNamed", row.getCode());
            default -> lineLabel(row).getText();
        };
    }

    public LocalizedText.Localized lineLabel(BudgetReport.Row row) {
        return language.of(LocalizedText.of(row.getLabelAr(), row.getLabelFr()));
    }

    public String rate(BigDecimal percent) {
        return percent == null ? "—" : Messages.text("money.percent", language.number(percent));
    }

    public String supplier(BudgetReport.Supplier supplier) {
        return Suppliers.shown(supplier.getName(), supplier.getIce());
    }

    // ---- the chart: per row, three horizontal bars scaled to the largest amount of the view

    /** One bar, its value written past its end. */
    public record Bar(String x, String y, String width, String height, String kind, String label, String labelX, String labelY) {

        public String getX() {
            return x;
        }

        public String getY() {
            return y;
        }

        public String getWidth() {
            return width;
        }

        public String getHeight() {
            return height;
        }

        public String getKind() {
            return kind;
        }

        public String getLabel() {
            return label;
        }

        public String getLabelX() {
            return labelX;
        }

        public String getLabelY() {
            return labelY;
        }
    }

    /** A row's name in the chart. */
    public record Label(String text, String x, String y) {

        public String getText() {
            return text;
        }

        public String getX() {
            return x;
        }

        public String getY() {
            return y;
        }
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + (TOP + getReport().getRows().size() * ROW);
    }

    public List<Bar> getBars() {
        List<BudgetReport.Row> rows = getReport().getRows();
        BigDecimal max = BigDecimal.ONE;
        for (BudgetReport.Row row : rows) {
            max = max.max(row.getOpened()).max(row.getCommitted()).max(row.getPaid());
        }
        double plot = WIDTH - 2 * SIDE - VALUE_ROOM;
        boolean rtl = language.isRtl();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BudgetReport.Row row = rows.get(i);
            BigDecimal[] amounts = {row.getOpened(), row.getCommitted(), row.getPaid()};
            String[] kinds = {"opened", "committed", "paid"};
            for (int k = 0; k < 3; k++) {
                double w = plot * amounts[k].doubleValue() / max.doubleValue();
                double y = TOP + i * ROW + 22 + k * (BAR + 3);
                double x = rtl ? WIDTH - SIDE - w : SIDE;
                double labelX = rtl ? x - 6 : x + w + 6;
                bars.add(new Bar(svg(x), svg(y), svg(w), String.valueOf(BAR), kinds[k], money(amounts[k]), svg(labelX), svg(y + BAR - 2)));
            }
        }
        return bars;
    }

    public List<Label> getLabels() {
        List<BudgetReport.Row> rows = getReport().getRows();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            labels.add(new Label(rowName(rows.get(i)), svg(language.isRtl() ? WIDTH - SIDE : SIDE), svg(TOP + i * ROW + 16)));
        }
        return labels;
    }

    /** The texts start at the right in Arabic; the chart itself is drawn left to right ({@code direction="ltr"}). */
    public String getAnchor() {
        return language.isRtl() ? "end" : "start";
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(language.get().formattingLocale());
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    private static String svg(double value) {
        return String.valueOf(Math.round(value * 10) / 10d);
    }
}
