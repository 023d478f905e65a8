/* test-locale.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers, money, days and months as the user's locale writes them: in
 * C.UTF-8 (as every other test runs), in en_US.UTF-8 and in de_DE.UTF-8
 * with the German catalogue of the build (ACCORD_LOCALEDIR). The named
 * locales are skipped where they are not generated
 * (tools/install-deps --tests generates both).
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <glib.h>
#include <glib/gi18n.h>

#include "accord-bullet-painter.h"
#include "accord-kpi-format.h"
#include "accord-money.h"
#include "accord-trend-painter.h"
#include "accord-zone.h"

#define OCTOBER_2024 ACCORD_MONTH_KEY (2024, 10)

typedef struct
{
  const char *money;        /* accord_money_format (1234567.4) */
  const char *count;        /* a count of leads, 12345 */
  const char *percent;      /* a rate of 0.059 */
  const char *sql_value;    /* the KPI "value of SQLs", 12500 */
  const char *velocity;     /* the KPI "sales velocity", 1234.5 a day */
  const char *slope;        /* the average deal value's trend, +1500 a quarter */
  const char *day;          /* 25 October 2024 */
  const char *month;        /* October 2024 */
} Expected;

/* Switches every category, and gettext with it, to @locale; FALSE when
 * the system has no such locale. */
static gboolean
use_locale (const char *locale)
{
  if (setlocale (LC_ALL, locale) == NULL)
    return FALSE;
  /* gettext reads LANGUAGE before the locale: a user's setting must not
   * choose the catalogue here. */
  g_unsetenv ("LANGUAGE");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

static void
assert_text (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
check_locale (const Expected *expected)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (berlin);
  gint64 noon = accord_zone_from_civil (zone, 2024, 10, 25, 12, 0, 0);

  assert_text (accord_money_format (1234567.4), expected->money);
  assert_text (accord_money_format (NAN), "—");
  assert_text (accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, 12345), expected->count);
  assert_text (accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, 0.059), expected->percent);
  assert_text (accord_bullet_format_number (ACCORD_BULLET_FORMAT_MONEY, 1234567.4), expected->money);
  g_assert_cmpint (accord_bullet_format_for_figure (ACCORD_FIGURE_REVENUE), ==, ACCORD_BULLET_FORMAT_MONEY);
  g_assert_cmpint (accord_bullet_format_for_figure (ACCORD_FIGURE_SQLS_CREATED), ==, ACCORD_BULLET_FORMAT_COUNT);
  assert_text (accord_kpi_format_value (ACCORD_KPI_SQL_VALUE, 12500), expected->sql_value);
  assert_text (accord_kpi_format_value (ACCORD_KPI_SALES_VELOCITY, 1234.5), expected->velocity);
  assert_text (accord_trend_format_slope (ACCORD_BULLET_FORMAT_MONEY, 1500.2), expected->slope);
  assert_text (accord_zone_format_day (zone, noon), expected->day);
  assert_text (accord_month_key_format_name (OCTOBER_2024), expected->month);
}

static void
test_c (void)
{
  /* C.UTF-8 groups no digits; the English texts as every other test
   * expects them. */
  const Expected expected = {
    "1234567", "12345", "5.9%", "12500", "1234 a day", "+1500 a quarter",
    "25 October 2024", "October 2024",
  };

  g_assert_true (use_locale ("C.UTF-8"));
  check_locale (&expected);
}

static void
test_en_us (void)
{
  /* strfmon rounds 1234.5 to even, as printf does. */
  const Expected expected = {
    "1,234,567", "12,345", "5.9%", "12,500", "1,234 a day", "+1,500 a quarter",
    "25 October 2024", "October 2024",
  };

  if (!use_locale ("en_US.UTF-8"))
    {
      g_test_skip ("en_US.UTF-8 is not generated (localedef -i en_US -f UTF-8 en_US.UTF-8)");
      return;
    }
  check_locale (&expected);
}

static void
test_de (void)
{
  /* German groups with a dot, writes a decimal comma and a no-break space before
   * the percent sign (DIN 5008), a full stop after the day's number, and
   * the months' German names. */
  const Expected expected = {
    "1.234.567", "12.345", "5,9\xc2\xa0%", "12.500", "1.234 pro Tag", "+1.500 pro Quartal",
    "25. Oktober 2024", "Oktober 2024",
  };

  if (!use_locale ("de_DE.UTF-8"))
    {
      g_test_skip ("de_DE.UTF-8 is not generated (localedef -i de_DE -f UTF-8 de_DE.UTF-8)");
      return;
    }
  check_locale (&expected);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);

  /* The catalogues the build compiled from po/. */
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/core/locale/c", test_c);
  g_test_add_func ("/core/locale/en-us", test_en_us);
  g_test_add_func ("/core/locale/de", test_de);

  return g_test_run ();
}
