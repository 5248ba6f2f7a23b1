package ma.commune.portal.content.entity;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ma.commune.portal.shared.LocalizedText;

/** A key figure of the commune (population, area, ...), with its unit, year and source. */
@Entity
@Table(name = "key_figure")
public class KeyFigure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr"))})
    private LocalizedText label = new LocalizedText();

    @Column(name = "figure_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ar", column = @Column(name = "unit_ar")),
            @AttributeOverride(name = "fr", column = @Column(name = "unit_fr"))})
    private LocalizedText unit = new LocalizedText();

    @Column(name = "reference_year")
    private Integer year;

    @Column(length = 190)
    private String source;

    @Column(nullable = false)
    private int position;

    public KeyFigure() {
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public void setLabel(LocalizedText label) {
        this.label = label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalizedText getUnit() {
        return unit;
    }

    public void setUnit(LocalizedText unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
