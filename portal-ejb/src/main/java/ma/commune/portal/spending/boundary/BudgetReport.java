package ma.commune.portal.spending.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The execution of a fiscal year's budget at one level of the drill-down (chapters, the articles of a
 * chapter, or the lines of an article): per row, credits opened, committed, ordered and paid.
 */
public record BudgetReport(int year, String section, String chapter, String article, List<Row> rows, Row total,
        List<Supplier> suppliers, Supplier naturalPersons) implements Serializable {

    /** The level shown: {@code CHAPTER}, {@code ARTICLE} or {@code LINE}. */
    public String getLevel() {
        return chapter == null ? "CHAPTER" : article == null ? "ARTICLE" : "LINE";
    }

    public int getYear() {
        return year;
    }

    public String getSection() {
        return section;
    }

    public String getChapter() {
        return chapter;
    }

    public String getArticle() {
        return article;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getTotal() {
        return total;
    }

    public List<Supplier> getSuppliers() {
        return suppliers;
    }

    /** The natural persons' payments, one anonymous line (null when none). */
    public Supplier getNaturalPersons() {
        return naturalPersons;
    }

    /** One row: a chapter ({@code 10}), an article ({@code 10.20}) or a line ({@code 10.20.30.11}, with its labels). */
    public record Row(String code, String chapter, String article, String labelAr, String labelFr,
            BigDecimal opened, BigDecimal committed, BigDecimal ordered, BigDecimal paid) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getChapter() {
            return chapter;
        }

        public String getArticle() {
            return article;
        }

        public String getLabelAr() {
            return labelAr;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public BigDecimal getOpened() {
            return opened;
        }

        public BigDecimal getCommitted() {
            return committed;
        }

        public BigDecimal getOrdered() {
            return ordered;
        }

        public BigDecimal getPaid() {
            return paid;
        }

        /** Paid / opened, in percent with one decimal; null when nothing was opened. */
        public BigDecimal getPaidRate() {
            return rate(paid);
        }

        /** Committed / opened, in percent with one decimal. */
        public BigDecimal getCommittedRate() {
            return rate(committed);
        }

        private BigDecimal rate(BigDecimal amount) {
            if (opened == null || opened.signum() == 0) {
                return null;
            }
            return amount.multiply(BigDecimal.valueOf(100)).divide(opened, 1, RoundingMode.HALF_UP);
        }

        Row plus(Row other) {
            return new Row(code, chapter, article, labelAr, labelFr, opened.add(other.opened), committed.add(other.committed),
                    ordered.add(other.ordered), paid.add(other.paid));
        }
    }

    /** A supplier with an ICE and what it was paid; natural persons are one line without a name or ICE. */
    public record Supplier(String name, String ice, BigDecimal paid) implements Serializable {

        public String getName() {
            return name;
        }

        public String getIce() {
            return ice;
        }

        public BigDecimal getPaid() {
            return paid;
        }
    }
}
