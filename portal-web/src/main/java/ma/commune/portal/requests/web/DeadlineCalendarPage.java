package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.commune.portal.identity.entity.Department;
import ma.commune.portal.requests.boundary.DeadlineCalendar;
import ma.commune.portal.requests.entity.Deadlines;
import ma.commune.portal.requests.entity.PublicHoliday;
import ma.commune.portal.requests.entity.RequestCategory;
import ma.commune.portal.requests.entity.RequestSettings;
import ma.commune.portal.requests.entity.TargetUnit;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.LocalizedText;
import ma.commune.portal.shared.web.CurrentLanguage;
import ma.commune.portal.shared.web.Messages;

/**
 * The administrators' legal calendar: a year's days off (a form adds the Islamic holidays once announced,
 * corrects or deletes one), the Allo Citizen categories' targets, and the legal clocks and routing of the other
 * cases. Each change moves the open cases' due dates.
 */
@Named
@ViewScoped
public class DeadlineCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "holiday.rule.nameInBothLanguages", "calendar:nameFr",
            "holiday.rule.days", "calendar:days",
            "holiday.rule.date", "calendar:firstDate",
            "calendar.rule.overlap", "calendar:firstDate",
            "requests.settings.rule.informationDays", "calendar:clockInformation",
            "requests.settings.rule.extensionDays", "calendar:clockExtension",
            "requests.settings.rule.urgentDays", "calendar:clockUrgent",
            "requests.settings.rule.urgentLonger", "calendar:clockUrgent",
            "requests.settings.rule.complaintDays", "calendar:clockComplaint",
            "requests.settings.rule.appealDays", "calendar:clockAppeal");

    @EJB
    DeadlineCalendar calendar;

    @Inject
    CurrentLanguage language;

    private int year = LocalDate.now(CommuneTime.ZONE).getYear();
    private List<DeadlineCalendar.DayOff> daysOff;
    private List<RequestCategory> categories;
    // Typed text, as the form sends it (a map's values get no converter from their declared type).
    private final Map<Long, String> targetValues = new HashMap<>();
    private final Map<Long, String> targetUnits = new HashMap<>();

    // The legal clocks and routing, typed as text and checked by the rules (Deadlines, RequestSettings).
    private final Map<String, String> clocks = new HashMap<>();
    private String complaintsDepartment;
    private String informationDepartment;
    private long settingsVersion;
    private List<Department> departments;

    private Long id;
    private long version;
    private PublicHoliday.Kind kind = PublicHoliday.Kind.ISLAMIC;
    private String nameAr;
    private String nameFr;
    private LocalDate firstDate;
    private int days = 1;
    private Integer month;
    private Integer day;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        daysOff = calendar.daysOff(year);
        categories = calendar.categories();
        for (RequestCategory c : categories) {
            targetValues.put(c.getId(), String.valueOf(c.getTargetValue()));
            targetUnits.put(c.getId(), c.getTargetUnit().name());
        }
        RequestSettings settings = calendar.settings();
        clocks.put("information", String.valueOf(settings.getInformationDays()));
        clocks.put("extension", String.valueOf(settings.getInformationExtensionDays()));
        clocks.put("urgent", String.valueOf(settings.getUrgentInformationDays()));
        clocks.put("complaint", String.valueOf(settings.getComplaintDays()));
        clocks.put("appeal", String.valueOf(settings.getAppealDays()));
        complaintsDepartment = settings.getComplaintsDepartmentCode();
        informationDepartment = settings.getInformationDepartmentCode();
        settingsVersion = settings.getVersion();
        departments = calendar.departments();
    }

    /** Saves the legal clocks and the routing; the open cases' due dates follow. */
    public void saveSettings() {
        try {
            Deadlines deadlines = new Deadlines(number(clocks.get("information")), number(clocks.get("extension")),
                    number(clocks.get("urgent")), number(clocks.get("complaint")), number(clocks.get("appeal")));
            calendar.changeSettings(settingsVersion, deadlines, complaintsDepartment, informationDepartment);
            Messages.info("calendar.settings.saved");
            reload();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void showYear() {
        reload();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(CommuneTime.ZONE).getYear();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, language.get().formattingLocale());
    }

    public void edit(PublicHoliday holiday) {
        id = holiday.getId();
        version = holiday.getVersion();
        kind = holiday.getKind();
        nameAr = holiday.getName().getAr();
        nameFr = holiday.getName().getFr();
        firstDate = holiday.getFirstDate();
        days = holiday.getDays();
        month = holiday.getMonth();
        day = holiday.getDay();
    }

    public void clear() {
        id = null;
        version = 0;
        kind = PublicHoliday.Kind.ISLAMIC;
        nameAr = null;
        nameFr = null;
        firstDate = null;
        days = 1;
        month = null;
        day = null;
    }

    public void save() {
        try {
            LocalizedText name = LocalizedText.of(nameAr, nameFr);
            if (id != null) {
                calendar.change(id, version, name, month, day, firstDate, days);
            } else if (kind == PublicHoliday.Kind.FIXED) {
                calendar.addFixed(name, month == null ? 0 : month, day == null ? 0 : day, firstDate);
            } else {
                calendar.addIslamic(name, firstDate, days);
            }
            Messages.info("calendar.saved");
            if (firstDate != null && kind == PublicHoliday.Kind.ISLAMIC) {
                year = firstDate.getYear();
            }
            clear();
            reload();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FIELD_OF_RULE);
        }
    }

    public void delete(long holidayId) {
        try {
            calendar.delete(holidayId);
            Messages.info("calendar.deleted");
            reload();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void saveTarget(RequestCategory category) {
        try {
            calendar.target(category.getId(), number(targetValues.get(category.getId())), unit(targetUnits.get(category.getId())));
            Messages.info("calendar.targetSaved");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        reload();
    }

    /** A typed number, 0 (refused by the rules) when it is none. */
    private static int number(String typed) {
        try {
            return typed == null ? 0 : Integer.parseInt(typed.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static TargetUnit unit(String chosen) {
        for (TargetUnit unit : TargetUnit.values()) {
            if (unit.name().equals(chosen)) {
                return unit;
            }
        }
        return null;
    }

    public Map<String, String> getClocks() {
        return clocks;
    }

    public String getComplaintsDepartment() {
        return complaintsDepartment;
    }

    public void setComplaintsDepartment(String complaintsDepartment) {
        this.complaintsDepartment = complaintsDepartment;
    }

    public String getInformationDepartment() {
        return informationDepartment;
    }

    public void setInformationDepartment(String informationDepartment) {
        this.informationDepartment = informationDepartment;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public TargetUnit[] getUnits() {
        return TargetUnit.values();
    }

    public PublicHoliday.Kind[] getKinds() {
        return PublicHoliday.Kind.values();
    }

    public List<DeadlineCalendar.DayOff> getDaysOff() {
        return daysOff;
    }

    public Map<Long, String> getTargetValues() {
        return targetValues;
    }

    public Map<Long, String> getTargetUnits() {
        return targetUnits;
    }

    public List<RequestCategory> getCategories() {
        return categories;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getId() {
        return id;
    }

    public PublicHoliday.Kind getKind() {
        return kind;
    }

    public void setKind(PublicHoliday.Kind kind) {
        this.kind = kind;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }
}
