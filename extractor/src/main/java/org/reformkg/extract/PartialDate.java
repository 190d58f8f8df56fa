package org.reformkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at the precision a text supports: a year, a year and month, or a full date.
 * {@code month} and {@code day} are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1000 || year > 2999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day != 0 && (month == 0 || day > YearMonth.of(year, month).lengthOfMonth() || day < 0))
            throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
    }

    public static PartialDate ofYear(int y) { return new PartialDate(y, 0, 0); }
    public static PartialDate ofMonth(int y, int m) { return new PartialDate(y, m, 0); }
    public static PartialDate ofDay(int y, int m, int d) { return new PartialDate(y, m, d); }

    /** A date when the parts are valid, else null (texts contain typos such as 2月30日). */
    public static PartialDate ofValid(int y, int m, int d) {
        try {
            return new PartialDate(y, m, d);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO 8601 at this precision: 2014, 2014-06, 2016-02-23. Also the sortable key. */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** Adds days; the result has day precision only when this date has. */
    public PartialDate plusDays(long n) {
        if (precision() != Precision.DAY) return this;
        LocalDate d = LocalDate.of(year, month, day).plusDays(n);
        return ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Adds months; keeps this date's precision (a day that does not exist in the target month is dropped). */
    public PartialDate plusMonths(long n) {
        if (precision() == Precision.YEAR) return this;
        YearMonth ym = YearMonth.of(year, month).plusMonths(n);
        if (precision() == Precision.MONTH) return ofMonth(ym.getYear(), ym.getMonthValue());
        return day <= ym.lengthOfMonth() ? ofDay(ym.getYear(), ym.getMonthValue(), day) : ofMonth(ym.getYear(), ym.getMonthValue());
    }

    public PartialDate plusYears(int n) {
        return new PartialDate(year + n, month, day);
    }

    public boolean moreSpecificThan(PartialDate other) {
        return other == null || precision().compareTo(other.precision()) > 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        return iso().compareTo(o.iso());
    }

    @Override
    public String toString() {
        return iso();
    }
}
