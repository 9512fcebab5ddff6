package org.govtechhub.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCellTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefusedWithAQuoteAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"",
                SpreadsheetCell.csv("=HYPERLINK(\"http://evil.example\",\"Click\")"));
        assertEquals("\"'+1+cmd|' /C calc'!A0\"", SpreadsheetCell.csv("+1+cmd|' /C calc'!A0"));
        assertEquals("\"'-2+3\"", SpreadsheetCell.csv("-2+3"));
        assertEquals("\"'@SUM(1+1)\"", SpreadsheetCell.csv("@SUM(1+1)"));
        assertEquals("\"'\t=1+1\"", SpreadsheetCell.csv("\t=1+1"));
        assertEquals("\"'\r=1+1\"", SpreadsheetCell.csv("\r=1+1"));
        assertEquals("'=1+1", SpreadsheetCell.neutralised("=1+1"), "XLSX cells get the same quote, unquoted");
    }

    @Test
    void ordinaryTextStaysAsItIsAndIsQuotedOnlyWhenRfc4180AsksForIt() {
        assertEquals("StreetJournal", SpreadsheetCell.csv("StreetJournal"));
        assertEquals("a = b", SpreadsheetCell.csv("a = b"), "an equals sign inside the text is no formula");
        assertEquals("\"Moscow, Russia\"", SpreadsheetCell.csv("Moscow, Russia"));
        assertEquals("\"say \"\"hello\"\"\"", SpreadsheetCell.csv("say \"hello\""));
        assertEquals("\"two\nlines\"", SpreadsheetCell.csv("two\nlines"));
        assertEquals("", SpreadsheetCell.csv(""));
        assertEquals("", SpreadsheetCell.csv(null));
    }
}
