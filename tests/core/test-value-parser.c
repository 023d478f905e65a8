/* test-value-parser.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>
#include <string.h>

#include "accord-value-parser.h"
#include "accord-zone.h"

#define U ACCORD_DATE_ORDER_UNKNOWN
#define M ACCORD_DATE_ORDER_MONTH_FIRST
#define D ACCORD_DATE_ORDER_DAY_FIRST

/* Unix days worked out by hand: 1970-01-01 to 2024-01-01 is 54 years with
 * 13 leap days (1972 … 2020), 54 × 365 + 13 = 19723 days. Then January has
 * 31 days and February 2024 has 29, so 2024-03-01 is day 19783. */
#define DAY_2024_01_01 19723
#define DAY_2024_03_01 19783

typedef struct
{
  const char      *text;
  AccordDateOrder  order;
  int              year, month, day, hour, minute, second;
  gboolean         has_time;
  gboolean         has_offset;
  int              offset_seconds;
  AccordDateOrder  evidence;
  gboolean         ambiguous;
} DateCase;

/* Names the case in the log; cells may be invalid UTF-8, which TAP refuses. */
static void
note (const char *what,
      const char *text)
{
  g_autofree char *escaped = text != NULL ? g_strescape (text, NULL) : g_strdup ("(null)");

  g_test_message ("%s \"%s\"", what, escaped);
}

static void
check_dates (const DateCase *cases,
             guint           n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      const DateCase *c = &cases[i];
      g_autofree char *reason = NULL;
      AccordDateParts parts;
      AccordValueStatus status;

      note (c->order == U ? "date, order unknown" :
            c->order == M ? "date, month first" : "date, day first", c->text);
      status = accord_parse_date (c->text, c->order, &parts, &reason);
      g_assert_cmpstr (reason, ==, NULL);
      g_assert_cmpint (status, ==, ACCORD_VALUE_OK);
      g_assert_cmpint (parts.year, ==, c->year);
      g_assert_cmpint (parts.month, ==, c->month);
      g_assert_cmpint (parts.day, ==, c->day);
      g_assert_cmpint (parts.hour, ==, c->hour);
      g_assert_cmpint (parts.minute, ==, c->minute);
      g_assert_cmpint (parts.second, ==, c->second);
      g_assert_cmpint (parts.has_time, ==, c->has_time);
      g_assert_cmpint (parts.has_offset, ==, c->has_offset);
      g_assert_cmpint (parts.offset_seconds, ==, c->offset_seconds);
      g_assert_cmpint (parts.evidence, ==, c->evidence);
      g_assert_cmpint (parts.ambiguous, ==, c->ambiguous);
      g_assert_false (parts.epoch);
    }
}

static void
test_empty (void)
{
  const char *empty[] = {
    "", "   ", " \t ", "\u00a0", "#N/A", "#n/a", "N/A", "n/a", "#NV", "null",
    "NULL", "Null", "-", " - ", "—", "–", "000000000000000AAA",
    " 000000000000000AAA ",
  };
  const char *not_empty[] = {
    "0", "--", "x", "000000000000000AAB", "nul", "N/A/", "000000000000000",
  };

  g_assert_true (accord_value_is_empty (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autofree char *reason = NULL;
      AccordDateParts parts;
      double amount = 1;
      gint32 count = 1;
      gboolean flag = TRUE;

      note ("empty", empty[i]);
      g_assert_true (accord_value_is_empty (empty[i]));
      g_assert_cmpint (accord_parse_date (empty[i], U, &parts, &reason), ==, ACCORD_VALUE_EMPTY);
      g_assert_cmpint (accord_parse_amount (empty[i], &amount, &reason), ==, ACCORD_VALUE_EMPTY);
      g_assert_cmpint (accord_parse_count (empty[i], &count, &reason), ==, ACCORD_VALUE_EMPTY);
      g_assert_cmpint (accord_parse_band (empty[i], &count, &reason), ==, ACCORD_VALUE_EMPTY);
      g_assert_cmpint (accord_parse_boolean (empty[i], &flag, &reason), ==, ACCORD_VALUE_EMPTY);
      g_assert_cmpint (accord_parse_tier (empty[i]), ==, ACCORD_TIER_UNKNOWN);
      /* An empty cell has no reason. */
      g_assert_null (reason);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_empty); i++)
    {
      note ("not empty", not_empty[i]);
      g_assert_false (accord_value_is_empty (not_empty[i]));
    }
}

static void
test_date_iso (void)
{
  static const DateCase cases[] = {
    { "2024-03-15", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "2024-03-15", D, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "2024-03-15 14:30", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, U, FALSE },
    { "2024-03-15 14:30:05", U, 2024, 3, 15, 14, 30, 5, TRUE, FALSE, 0, U, FALSE },
    { "2024-03-15T14:30:05", U, 2024, 3, 15, 14, 30, 5, TRUE, FALSE, 0, U, FALSE },
    /* Fractions of a second are dropped. */
    { "2024-03-15T14:30:05.281", U, 2024, 3, 15, 14, 30, 5, TRUE, FALSE, 0, U, FALSE },
    /* HubSpot API v3. */
    { "2024-01-17T19:55:04.281Z", U, 2024, 1, 17, 19, 55, 4, TRUE, TRUE, 0, U, FALSE },
    /* +01:00 is 1 × 3600 s east; -05:00 is 5 × 3600 = 18000 s west. */
    { "2024-03-15T14:30:05+01:00", U, 2024, 3, 15, 14, 30, 5, TRUE, TRUE, 3600, U, FALSE },
    { "2024-03-15T14:30:05+0100", U, 2024, 3, 15, 14, 30, 5, TRUE, TRUE, 3600, U, FALSE },
    { "2024-03-15T14:30:05-05:00", U, 2024, 3, 15, 14, 30, 5, TRUE, TRUE, -18000, U, FALSE },
    /* +05:30 is 5 × 3600 + 30 × 60 = 19800 s. */
    { "2024-03-15T14:30:05.123+05:30", U, 2024, 3, 15, 14, 30, 5, TRUE, TRUE, 19800, U, FALSE },
    { "2024-03-15 14:30:05 UTC", U, 2024, 3, 15, 14, 30, 5, TRUE, TRUE, 0, U, FALSE },
    /* Salesforce backups write dates as midnight. */
    { "2024-03-15 00:00:00", U, 2024, 3, 15, 0, 0, 0, TRUE, FALSE, 0, U, FALSE },
    { "2024/03/15", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "2024-3-5", U, 2024, 3, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { " 2024-03-15\t", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "\u00a02024-03-15\u00a0", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    /* Leap years: 2024 and 2000 (divisible by 400) are. */
    { "2024-02-29", U, 2024, 2, 29, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "2000-02-29", U, 2000, 2, 29, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    /* The ends of the year range. */
    { "1900-01-01", U, 1900, 1, 1, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "2199-12-31 23:59:59", U, 2199, 12, 31, 23, 59, 59, TRUE, FALSE, 0, U, FALSE },
  };

  check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_date_numeric (void)
{
  static const DateCase cases[] = {
    /* 15 > 12 can only be the day: month first whatever the order. */
    { "3/15/2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, M, FALSE },
    { "3/15/2024", D, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, M, FALSE },
    { "15/3/2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, D, FALSE },
    { "15/3/2024", M, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, D, FALSE },
    /* Both ≤ 12 and different: the order decides, and it is ambiguous. */
    { "3/4/2024", U, 2024, 3, 4, 0, 0, 0, FALSE, FALSE, 0, U, TRUE },
    { "3/4/2024", M, 2024, 3, 4, 0, 0, 0, FALSE, FALSE, 0, U, TRUE },
    { "3/4/2024", D, 2024, 4, 3, 0, 0, 0, FALSE, FALSE, 0, U, TRUE },
    /* Equal numbers read the same both ways. */
    { "4/4/2024", D, 2024, 4, 4, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    /* 2 PM is 14:00. */
    { "03/15/2024 2:30 PM", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, M, FALSE },
    { "3/15/2024 14:30", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, M, FALSE },
    /* The Salesforce report form MM-DD-YYYY HH:MM. */
    { "03-15-2024 14:30", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, M, FALSE },
    { "03-04-2024 14:30", U, 2024, 3, 4, 14, 30, 0, TRUE, FALSE, 0, U, TRUE },
    { "03-04-2024 14:30", D, 2024, 4, 3, 14, 30, 0, TRUE, FALSE, 0, U, TRUE },
    { "15/03/2024 14:30:59", U, 2024, 3, 15, 14, 30, 59, TRUE, FALSE, 0, D, FALSE },
    /* 12 AM is midnight, 12 PM noon; 1 PM is 13, 11 p.m. is 23. */
    { "12/25/2024 12:00 AM", U, 2024, 12, 25, 0, 0, 0, TRUE, FALSE, 0, M, FALSE },
    { "12/25/2024 12:00 PM", U, 2024, 12, 25, 12, 0, 0, TRUE, FALSE, 0, M, FALSE },
    { "12/25/2024 12:59:59 am", U, 2024, 12, 25, 0, 59, 59, TRUE, FALSE, 0, M, FALSE },
    { "12/25/2024 1:05:09 pm", U, 2024, 12, 25, 13, 5, 9, TRUE, FALSE, 0, M, FALSE },
    { "12/25/2024 11:00 p.m.", U, 2024, 12, 25, 23, 0, 0, TRUE, FALSE, 0, M, FALSE },
    { "12/25/2024 9:00 AM", U, 2024, 12, 25, 9, 0, 0, TRUE, FALSE, 0, M, FALSE },
    /* ICU writes U+202F before AM/PM. */
    { "3/15/2024 2:30\u202fPM", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, M, FALSE },
    { "2/29/2024", U, 2024, 2, 29, 0, 0, 0, FALSE, FALSE, 0, M, FALSE },
  };

  check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_date_dotted (void)
{
  static const DateCase cases[] = {
    /* The dot is the European convention: day first, never ambiguous. */
    { "15.03.2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, D, FALSE },
    { "15.03.2024", M, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, D, FALSE },
    { "05.03.2024", U, 2024, 3, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "05.03.2024", M, 2024, 3, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "5.3.2024", D, 2024, 3, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "15.03.2024 14:30", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, D, FALSE },
  };

  check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_date_month_name (void)
{
  static const DateCase cases[] = {
    { "March 15, 2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "March 15, 2024", D, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "15 March 2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "Mar 15, 2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "mar 15 2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "MARCH 15, 2024 2:30 PM", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, U, FALSE },
    { "March 15, 2024, 2:30 PM", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, U, FALSE },
    { "March 15, 2024 at 2:30 PM", U, 2024, 3, 15, 14, 30, 0, TRUE, FALSE, 0, U, FALSE },
    { "March 15th, 2024", U, 2024, 3, 15, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "1st December 2024", U, 2024, 12, 1, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "Sept 5, 2024", U, 2024, 9, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "Sep. 5, 2024", U, 2024, 9, 5, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
    { "15-Mar-2024 09:15", U, 2024, 3, 15, 9, 15, 0, TRUE, FALSE, 0, U, FALSE },
    { "February 29, 2024", U, 2024, 2, 29, 0, 0, 0, FALSE, FALSE, 0, U, FALSE },
  };

  check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_date_epoch (void)
{
  static const struct
  {
    const char *text;
    gint64      seconds;
  } cases[] = {
    /* 2024-03-15 is day 19783 + 14 = 19797; 19797 × 86400 = 1710460800,
     * plus 14:30:05 = 52205 s gives 1710513005. */
    { "1710513005000", 1710513005 },
    /* Milliseconds are dropped, not rounded. */
    { "1710513005999", 1710513005 },
    /* Twelve digits are milliseconds too: 171051300500 / 1000. */
    { "171051300500", 171051300 },
    /* Ten digits are seconds. */
    { "1710513005", 1710513005 },
    { " 1710513005000 ", 1710513005 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AccordDateParts parts;

      note ("epoch", cases[i].text);
      g_assert_cmpint (accord_parse_date (cases[i].text, U, &parts, NULL), ==, ACCORD_VALUE_OK);
      g_assert_true (parts.epoch);
      g_assert_true (parts.has_time);
      g_assert_cmpint (parts.epoch_seconds, ==, cases[i].seconds);
      g_assert_cmpint (accord_date_parts_to_time (&parts, NULL), ==, cases[i].seconds);
    }
}

static void
test_date_invalid (void)
{
  static const struct
  {
    const char *text;
    const char *reason;  /* a part of the reason */
  } cases[] = {
    { "2024-02-30", "is not a valid date" },
    /* 2023 is no leap year, nor is 1900 (divisible by 100, not 400). */
    { "2023-02-29", "is not a valid date" },
    { "1900-02-29", "is not a valid date" },
    { "2024-13-01", "is not a valid date" },
    { "2024-00-10", "is not a valid date" },
    { "2024-04-31", "is not a valid date" },
    { "13/13/2024", "is not a valid date" },
    { "2/30/2024", "is not a valid date" },
    { "0/5/2024", "is not a valid date" },
    /* Dotted is day first, so month 15. */
    { "03.15.2024", "is not a valid date" },
    { "February 30, 2024", "is not a valid date" },
    { "2024-03-15 24:00", "is not a valid time" },
    { "2024-03-15 24:61", "is not a valid time" },
    { "2024-03-15 23:60", "is not a valid time" },
    { "2024-03-15 12:30:60", "is not a valid time" },
    { "2024-03-15T14:30:05+25:00", "is not a valid time" },
    { "3/15/2024 13:00 PM", "is not a valid time" },
    { "3/15/2024 0:30 PM", "is not a valid time" },
    { "0001-01-01", "year 0001 is out of range" },
    { "1899-12-31", "year 1899 is out of range" },
    { "2200-01-01", "year 2200 is out of range" },
    { "3/15/24", "two-digit year" },
    { "15.03.24", "two-digit year" },
    { "Mar 15, 24", "two-digit year" },
    { "15-Mar-24", "two-digit year" },
    /* 9999999999 s is in 2286, after 2199-12-31. */
    { "9999999999999", "after the year 2199" },
    { "9999999999", "after the year 2199" },
    /* Plain integers that are not 10, 12 or 13 digits long. */
    { "12345", "is not a date" },
    { "20240315", "is not a date" },
    { "12345678901", "is not a date" },
    { "12345678901234", "is not a date" },
    { "xyz", "is not a date" },
    { "2024-03-15 14:30 foo", "is not a date" },
    { "2024-03-15Z", "is not a date" },
    { "2024-03-15T", "is not a date" },
    { "2024-03", "is not a date" },
    { "2024-03-15 14", "is not a date" },
    { "2024-03-15 14:3", "is not a date" },
    { "Marc 15, 2024", "is not a date" },
    { "March 2024", "is not a date" },
    { "14:30", "is not a date" },
    { "3/15/2024 2:30 XM", "is not a date" },
    { "1.5", "is not a date" },
    { "+2024-03-15", "is not a date" },
    { "2024-03/15", "is not a date" },
    { "\xff\xfe", "is not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      AccordDateParts parts;

      note ("invalid date", cases[i].text);
      g_assert_cmpint (accord_parse_date (cases[i].text, U, &parts, &reason), ==, ACCORD_VALUE_INVALID);
      g_assert_nonnull (reason);
      g_assert_true (g_utf8_validate (reason, -1, NULL));
      g_assert_nonnull (strstr (reason, cases[i].reason));
      /* Without a place for the reason, none is made. */
      g_assert_cmpint (accord_parse_date (cases[i].text, D, &parts, NULL), ==, ACCORD_VALUE_INVALID);
    }
}

static void
test_date_reason (void)
{
  g_autofree char *reason = NULL;
  g_autofree char *long_reason = NULL;
  g_autofree char *x39 = g_strnfill (39, 'x');
  g_autofree char *expected = g_strconcat ("“", x39, "…” is not a date", NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  AccordDateParts parts;

  g_assert_cmpint (accord_parse_date (" xyz ", U, &parts, &reason), ==, ACCORD_VALUE_INVALID);
  g_assert_cmpstr (reason, ==, "“xyz” is not a date");

  /* A long cell is cut, and not inside a character: 39 × "x" then "é"
   * takes bytes 40 and 41, so the cut after 40 bytes falls back to 39. */
  for (int i = 0; i < 39; i++)
    g_string_append_c (long_text, 'x');
  for (int i = 0; i < 20; i++)
    g_string_append (long_text, "é");
  g_assert_cmpint (accord_parse_date (long_text->str, U, &parts, &long_reason), ==, ACCORD_VALUE_INVALID);
  g_assert_true (g_utf8_validate (long_reason, -1, NULL));
  g_assert_cmpstr (long_reason, ==, expected);
}

static void
test_date_swap_order (void)
{
  AccordDateParts parts;

  /* Read month first, then the column turns out day first. */
  g_assert_cmpint (accord_parse_date ("3/4/2024 10:00", U, &parts, NULL), ==, ACCORD_VALUE_OK);
  g_assert_true (parts.ambiguous);
  accord_date_parts_swap_order (&parts);
  g_assert_cmpint (parts.month, ==, 4);
  g_assert_cmpint (parts.day, ==, 3);
  g_assert_cmpint (parts.hour, ==, 10);
  accord_date_parts_swap_order (&parts);
  g_assert_cmpint (parts.month, ==, 3);
  g_assert_cmpint (parts.day, ==, 4);

  /* Only one reading is a date: nothing to swap. */
  g_assert_cmpint (accord_parse_date ("3/15/2024", U, &parts, NULL), ==, ACCORD_VALUE_OK);
  accord_date_parts_swap_order (&parts);
  g_assert_cmpint (parts.month, ==, 3);
  g_assert_cmpint (parts.day, ==, 15);

  g_assert_cmpint (accord_parse_date ("2024-03-04", U, &parts, NULL), ==, ACCORD_VALUE_OK);
  accord_date_parts_swap_order (&parts);
  g_assert_cmpint (parts.month, ==, 3);
  g_assert_cmpint (parts.day, ==, 4);
}

static gint64
parse_time (const char *text,
            AccordZone *zone)
{
  AccordDateParts parts;

  g_assert_cmpint (accord_parse_date (text, U, &parts, NULL), ==, ACCORD_VALUE_OK);
  return accord_date_parts_to_time (&parts, zone);
}

static void
test_date_to_time (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = NULL;
  AccordDateParts parts;
  AccordCivil civil;
  gint64 time;

  g_assert_nonnull (berlin);
  zone = accord_zone_new (berlin);

  /* 2024-01-15 00:00 CET (+01:00) is 2024-01-14 23:00 UTC:
   * (19723 + 13) × 86400 + 23 × 3600 = 1705190400 + 82800. */
  g_assert_cmpint (parse_time ("2024-01-15", zone), ==, 1705273200);

  /* 2024-07-01 is day 19783 + 31 + 30 + 31 + 30 = 19905; 12:00 CEST is
   * 10:00 UTC: 19905 × 86400 + 36000. */
  g_assert_cmpint (parse_time ("2024-07-01 12:00", zone), ==, 1719828000);

  /* 2024-03-31 is day 19783 + 30 = 19813 (× 86400 = 1711843200). Berlin
   * springs from 02:00 CET to 03:00 CEST at 01:00 UTC (1711846800).
   * 01:59 CET is 00:59 UTC: 1711843200 + 3540. */
  g_assert_cmpint (parse_time ("2024-03-31 01:59", zone), ==, 1711846740);
  /* 02:30 does not exist: it becomes a time after the gap, 03:00 CEST
   * (01:00 UTC) at the earliest, 03:30 CEST (01:30 UTC) at the latest. */
  time = parse_time ("2024-03-31 02:30", zone);
  g_assert_cmpint (time, >=, 1711846800);
  g_assert_cmpint (time, <=, 1711846800 + 1800);
  accord_zone_to_civil (zone, time, &civil);
  g_assert_cmpint (civil.day, ==, 31);
  g_assert_cmpint (civil.hour, ==, 3);

  /* With an offset, exact, whatever the zone: 2024-01-17 is day 19723 + 16
   * = 19739 (× 86400 = 1705449600), plus 19:55:04 = 71704 s. */
  g_assert_cmpint (parse_time ("2024-01-17T19:55:04.281Z", zone), ==, 1705521304);
  g_assert_cmpint (parse_time ("2024-01-17T19:55:04.281Z", NULL), ==, 1705521304);
  /* 14:30:05+01:00 is 13:30:05 UTC: 1710460800 + 48605. */
  g_assert_cmpint (parse_time ("2024-03-15T14:30:05+01:00", zone), ==, 1710509405);
  /* 09:30:05-05:00 is 14:30:05 UTC: 1710460800 + 52205. */
  g_assert_cmpint (parse_time ("2024-03-15T09:30:05-05:00", zone), ==, 1710513005);
  /* UTC timestamps of a Pipedrive or Salesforce backup, marked UTC. */
  g_assert_cmpint (parse_time ("2024-03-15 14:30:05 UTC", zone), ==, 1710513005);

  /* An ambiguous date swapped to 2024-04-03, midnight CEST (+02:00):
   * day 19783 + 31 + 2 = 19816, 19816 × 86400 - 7200. */
  g_assert_cmpint (accord_parse_date ("3/4/2024", U, &parts, NULL), ==, ACCORD_VALUE_OK);
  accord_date_parts_swap_order (&parts);
  g_assert_cmpint (accord_date_parts_to_time (&parts, zone), ==, 1712095200);

  /* Parts that are no date give no time. */
  memset (&parts, 0, sizeof parts);
  g_assert_cmpint (accord_date_parts_to_time (&parts, zone), ==, ACCORD_TIME_NONE);
}

static void
test_amount (void)
{
  static const struct
  {
    const char *text;
    double      value;
  } cases[] = {
    { "1234", 1234 },
    { "1234.5", 1234.5 },
    { "-12.5", -12.5 },
    { "+7", 7 },
    { "0", 0 },
    { "0.1", 0.1 },
    { ".5", 0.5 },
    /* Symbol, grouping and a trailing space (an Excel-saved report). */
    { "$177,000.00 ", 177000 },
    /* Decimal comma with European grouping. */
    { "€1.234,56", 1234.56 },
    { "1.234,56 €", 1234.56 },
    { "EUR 1.234,56", 1234.56 },
    { "1.234.567,89", 1234567.89 },
    { "1,234,567.89", 1234567.89 },
    /* A single comma: decimal before one or two digits, grouping before
     * exactly three (after 1–3 digits other than "0"). */
    { "1,5", 1.5 },
    { "1,50", 1.5 },
    { "1,098", 1098 },
    { "0,123", 0.123 },
    { "1234,567", 1234.567 },
    /* A single dot is a decimal point in an amount. */
    { "1.234", 1.234 },
    /* Space, U+00A0 and U+202F grouping. */
    { "1 234,56", 1234.56 },
    { "1\u00a0234,56", 1234.56 },
    { "1\u202f234,56 €", 1234.56 },
    { "12 345 678", 12345678 },
    /* Apostrophe grouping (Swiss), also U+2019. */
    { "CHF 1'234.50", 1234.5 },
    { "1’234.50 CHF", 1234.5 },
    { "USD 1,234.50", 1234.5 },
    { "1,234.50 USD", 1234.5 },
    { "1,234.50USD", 1234.5 },
    { "£12", 12 },
    { "¥1,000", 1000 },
    { "US$ 5", 5 },
    { "1 234 Kč", 1234 },
    { "100 kr", 100 },
    { "100 kr.", 100 },
    { "Rs. 500", 500 },
    /* Indian lakh grouping: 1,00,000 = 100000. */
    { "₹1,00,000", 100000 },
    /* Accounting negatives, and signs around the symbol; U+2212 minus. */
    { "(1,234.00)", -1234 },
    { "($1,234.00)", -1234 },
    { "$(1,234.00)", -1234 },
    { "-$12.50", -12.5 },
    { "$-12.50", -12.5 },
    { "\u22125", -5 },
    /* The percent sign is dropped: 12 % reads 12. */
    { "12%", 12 },
    { "12.5 %", 12.5 },
    { "0.00%", 0 },
    /* Exponents. */
    { "1e3", 1000 },
    { "1E-2", 0.01 },
    { "2.5e+2", 250 },
    /* The largest amount read, and the most negative. */
    { "1e18", 1e18 },
    { "-1,000,000,000,000,000,000", -1e18 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double value = -1;

      note ("amount", cases[i].text);
      g_assert_cmpint (accord_parse_amount (cases[i].text, &value, &reason), ==, ACCORD_VALUE_OK);
      g_assert_null (reason);
      /* Within a rounding step of the double nearest the decimal. */
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, MAX (fabs (cases[i].value) * 1e-15, 1e-300));
    }
}

static void
test_amount_long (void)
{
  double value;

  /* More digits than a double's 53-bit mantissa holds, below
   * ACCORD_MAX_AMOUNT: 1.23456789012345678e17, doubles 16 apart there. */
  g_assert_cmpint (accord_parse_amount ("123456789012345678", &value, NULL), ==, ACCORD_VALUE_OK);
  g_assert_cmpfloat_with_epsilon (value, 1.23456789012345678e17, 16);
  /* 0.000…01 with 30 zeros is 1e-31. */
  g_assert_cmpint (accord_parse_amount ("0.0000000000000000000000000000001", &value, NULL), ==, ACCORD_VALUE_OK);
  g_assert_cmpfloat_with_epsilon (value, 1e-31, 1e-45);
}

static void
test_amount_invalid (void)
{
  static const struct
  {
    const char *text;
    const char *reason;
  } cases[] = {
    { "abc", "is not an amount" },
    { "12abc", "is not an amount" },
    { "nan", "is not an amount" },
    { "NaN", "is not an amount" },
    { "inf", "is not an amount" },
    { "Infinity", "is not an amount" },
    { "1,2,3", "is not an amount" },
    { "1.2.3,4", "is not an amount" },
    { "1,234.567,1", "is not an amount" },
    { "12 34", "is not an amount" },
    /* Grouped two ways at once. */
    { "1,234 567", "is not an amount" },
    { "1.234'567", "is not an amount" },
    { "(12", "is not an amount" },
    { "12)", "is not an amount" },
    { "(-5)", "is not an amount" },
    { "$", "is not an amount" },
    { "+", "is not an amount" },
    { "--5", "is not an amount" },
    { "$$5", "is not an amount" },
    { "12-", "is not an amount" },
    { "0x10", "is not an amount" },
    { "12.", "is not an amount" },
    { "1,234e3", "is not an amount" },
    { "12 USDX", "is not an amount" },
    { "\xff", "is not an amount" },
    /* Past the largest double (about 1.8e308). */
    { "1e400", "too large" },
    { "-1e400", "too large" },
    /* Past ACCORD_MAX_AMOUNT: two of them would sum to infinity. */
    { "1e308", "too large" },
    { "-1e308", "too large" },
    { "1.1e18", "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double value = -1;

      note ("invalid amount", cases[i].text);
      g_assert_cmpint (accord_parse_amount (cases[i].text, &value, &reason), ==, ACCORD_VALUE_INVALID);
      g_assert_nonnull (reason);
      g_assert_true (g_utf8_validate (reason, -1, NULL));
      g_assert_nonnull (strstr (reason, cases[i].reason));
      g_assert_cmpint (accord_parse_amount (cases[i].text, &value, NULL), ==, ACCORD_VALUE_INVALID);
    }
}

static void
test_count (void)
{
  static const struct
  {
    const char *text;
    gint32      value;
  } cases[] = {
    { "12", 12 },
    { "12.0", 12 },
    { "1,098", 1098 },
    { " 7 ", 7 },
    { "0", 0 },
    { "+5", 5 },
    /* German grouping in a whole number. */
    { "1.000", 1000 },
    /* With space grouping the dot is decimal again. */
    { "1 000.0", 1000 },
    { "2147483647", G_MAXINT32 },
    { "1e3", 1000 },
  };
  static const struct
  {
    const char *text;
    const char *reason;
  } invalid[] = {
    { "-3", "negative" },
    { "2.5", "not a whole number" },
    { "abc", "not a whole number" },
    { "12 apples", "not a whole number" },
    { "$12", "not a whole number" },
    { "1,5", "not a whole number" },
    /* G_MAXINT32 + 1. */
    { "2147483648", "too large" },
    { "1e400", "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint32 value = -1;

      note ("count", cases[i].text);
      g_assert_cmpint (accord_parse_count (cases[i].text, &value, NULL), ==, ACCORD_VALUE_OK);
      g_assert_cmpint (value, ==, cases[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *reason = NULL;
      gint32 value = -1;

      note ("invalid count", invalid[i].text);
      g_assert_cmpint (accord_parse_count (invalid[i].text, &value, &reason), ==, ACCORD_VALUE_INVALID);
      g_assert_nonnull (reason);
      g_assert_nonnull (strstr (reason, invalid[i].reason));
    }
}

static void
test_band (void)
{
  /* DESIGN §2: a band counts as its lower bound. */
  static const struct
  {
    const char *text;
    gint32      value;
  } cases[] = {
    { "25-50", 25 },
    { "1,001-5,000", 1001 },
    { "10,001+", 10001 },
    { "1000+", 1000 },
    { "1000 +", 1000 },
    { "500", 500 },
    { "1-5", 1 },
    { "5-25", 5 },
    { "5 - 25", 5 },
    /* German grouping: 1.001 is a thousand and one employees. */
    { "1.001-5.000", 1001 },
    { "25–50", 25 },
    { "25 — 50", 25 },
    { "25 to 50", 25 },
    { "10 001+", 10001 },
  };
  const char *invalid[] = {
    "abc", "50-25", "25-", "-5", "2.5", "25+50", "25-50-100", "many", "10,001++",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint32 value = -1;

      note ("band", cases[i].text);
      g_assert_cmpint (accord_parse_band (cases[i].text, &value, NULL), ==, ACCORD_VALUE_OK);
      g_assert_cmpint (value, ==, cases[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *reason = NULL;
      gint32 value = -1;

      note ("invalid band", invalid[i]);
      g_assert_cmpint (accord_parse_band (invalid[i], &value, &reason), ==, ACCORD_VALUE_INVALID);
      g_assert_nonnull (reason);
      g_assert_cmpstr (reason, !=, "");
    }
}

static void
test_boolean (void)
{
  const char *yes[] = {
    "true", "TRUE", "True", "yes", "Yes", "y", "Y", "on", "ON", "1", "x", "X",
    "checked", "✓", "ja", "Ja", "wahr", "WAHR", " yes ",
  };
  const char *no[] = {
    "false", "FALSE", "no", "No", "n", "N", "off", "0", "unchecked",
    "Unchecked", "nein", "falsch", "FALSCH",
  };
  const char *invalid[] = { "maybe", "2", "yess", "truee", "o", "✗" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      gboolean value = FALSE;

      note ("yes", yes[i]);
      g_assert_cmpint (accord_parse_boolean (yes[i], &value, NULL), ==, ACCORD_VALUE_OK);
      g_assert_true (value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    {
      gboolean value = TRUE;

      note ("no", no[i]);
      g_assert_cmpint (accord_parse_boolean (no[i], &value, NULL), ==, ACCORD_VALUE_OK);
      g_assert_false (value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *reason = NULL;
      gboolean value;

      note ("invalid boolean", invalid[i]);
      g_assert_cmpint (accord_parse_boolean (invalid[i], &value, &reason), ==, ACCORD_VALUE_INVALID);
      g_assert_nonnull (reason);
      g_assert_cmpstr (reason, !=, "");
    }
}

static void
test_tier (void)
{
  static const struct
  {
    const char *text;
    AccordTier  tier;
  } cases[] = {
    { "High", ACCORD_TIER_HIGH },
    { "HOT", ACCORD_TIER_HIGH },
    { "a", ACCORD_TIER_HIGH },
    { "A", ACCORD_TIER_HIGH },
    /* HubSpot's Contact priority: Very High and High both High. */
    { "Very High", ACCORD_TIER_HIGH },
    { "tier_1", ACCORD_TIER_HIGH },
    { "Tier 1", ACCORD_TIER_HIGH },
    { "1", ACCORD_TIER_HIGH },
    { "  hot ", ACCORD_TIER_HIGH },
    { "Moderate", ACCORD_TIER_MODERATE },
    { "medium", ACCORD_TIER_MODERATE },
    { "Warm", ACCORD_TIER_MODERATE },
    { "B", ACCORD_TIER_MODERATE },
    { "tier_2", ACCORD_TIER_MODERATE },
    { "TIER 2", ACCORD_TIER_MODERATE },
    { "2", ACCORD_TIER_MODERATE },
    { "Low", ACCORD_TIER_LOW },
    { "cold", ACCORD_TIER_LOW },
    { "C", ACCORD_TIER_LOW },
    { "tier_3", ACCORD_TIER_LOW },
    { "tier_4", ACCORD_TIER_LOW },
    { "3", ACCORD_TIER_LOW },
    { "4", ACCORD_TIER_LOW },
    { "purple", ACCORD_TIER_UNKNOWN },
    { "5", ACCORD_TIER_UNKNOWN },
    { "tier_5", ACCORD_TIER_UNKNOWN },
    { "tier", ACCORD_TIER_UNKNOWN },
    { "tier_12", ACCORD_TIER_UNKNOWN },
    { "highest", ACCORD_TIER_UNKNOWN },
    { NULL, ACCORD_TIER_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      note ("tier", cases[i].text);
      g_assert_cmpint (accord_parse_tier (cases[i].text), ==, cases[i].tier);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/value-parser/empty", test_empty);
  g_test_add_func ("/core/value-parser/date/iso", test_date_iso);
  g_test_add_func ("/core/value-parser/date/numeric", test_date_numeric);
  g_test_add_func ("/core/value-parser/date/dotted", test_date_dotted);
  g_test_add_func ("/core/value-parser/date/month-name", test_date_month_name);
  g_test_add_func ("/core/value-parser/date/epoch", test_date_epoch);
  g_test_add_func ("/core/value-parser/date/invalid", test_date_invalid);
  g_test_add_func ("/core/value-parser/date/reason", test_date_reason);
  g_test_add_func ("/core/value-parser/date/swap-order", test_date_swap_order);
  g_test_add_func ("/core/value-parser/date/to-time", test_date_to_time);
  g_test_add_func ("/core/value-parser/amount", test_amount);
  g_test_add_func ("/core/value-parser/amount/long", test_amount_long);
  g_test_add_func ("/core/value-parser/amount/invalid", test_amount_invalid);
  g_test_add_func ("/core/value-parser/count", test_count);
  g_test_add_func ("/core/value-parser/band", test_band);
  g_test_add_func ("/core/value-parser/boolean", test_boolean);
  g_test_add_func ("/core/value-parser/tier", test_tier);

  return g_test_run ();
}
