/* test-kpis.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The KPIs of DESIGN §4 on hand-made leads; every expected value is worked
 * out in the comment beside it. Times are wall-clock times in
 * Europe/Berlin (CET = UTC+1 until 31 March 2024, CEST = UTC+2 after).
 */

#include "config.h"

#include <math.h>

#include <glib.h>

#include "accord-agreement.h"
#include "accord-kpi-format.h"
#include "accord-lead-store.h"
#include "accord-metrics.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define EPSILON 1e-9

#define JUNE ACCORD_MONTH_KEY (2024, 6)

typedef struct
{
  const char *name;
  int         employees;
  const char *created;
  const char *mql;
  const char *sql;
  const char *opportunity;
  const char *customer;
  const char *closed;
  const char *first_touch;
  int         touches;    /* -1: missing */
  const char *amount;     /* NULL: missing */
} LeadRow;

typedef struct
{
  GTimeZone       *time_zone;
  AccordZone      *zone;
  AccordLeadStore *store;
  AccordAgreement *agreement;
  AccordKpiValue   values[ACCORD_N_KPIS];
} Fixture;

static void
add_rows (Fixture       *fixture,
          const LeadRow *rows,
          guint          n_rows)
{
  for (guint i = 0; i < n_rows; i++)
    {
      const LeadRow *row = &rows[i];
      AccordLead *lead = accord_lead_store_append (fixture->store);

      lead->record_id = accord_lead_store_add_text (fixture->store, row->name);
      lead->employees = row->employees;
      lead->touches = row->touches;
      lead->moments[ACCORD_MOMENT_CREATED] = accord_test_time (fixture->zone, row->created);
      lead->moments[ACCORD_MOMENT_MQL] = accord_test_time (fixture->zone, row->mql);
      lead->moments[ACCORD_MOMENT_SQL] = accord_test_time (fixture->zone, row->sql);
      lead->moments[ACCORD_MOMENT_OPPORTUNITY] = accord_test_time (fixture->zone, row->opportunity);
      lead->moments[ACCORD_MOMENT_CUSTOMER] = accord_test_time (fixture->zone, row->customer);
      lead->moments[ACCORD_MOMENT_CLOSED] = accord_test_time (fixture->zone, row->closed);
      lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, row->first_touch);
      if (row->amount != NULL)
        lead->amount = g_ascii_strtod (row->amount, NULL);
    }
}

#define JAN2 "2024-01-02 10:00"

/* Lead velocity: qualified leads (10–5000 employees) created in April (5),
 * May (4) and June (6 by "now"; V-J7 has 2 employees, V-J8 comes after
 * "now"). The other leads were created in 2023, January or March.
 *
 * now = 2024-06-20 12:00: June is the running month, its figures count up
 * to now. May is measured to its end.
 *
 * The K-leads, for the other KPIs, were created 2024-01-02 10:00 unless
 * their row says otherwise. */
static const LeadRow kpi_rows[] = {
  { "V-A1", 100, "2024-04-02 10:00" },
  { "V-A2", 100, "2024-04-03 10:00" },
  { "V-A3", 100, "2024-04-04 10:00" },
  { "V-A4", 100, "2024-04-05 10:00" },
  { "V-A5", 100, "2024-04-06 10:00" },
  { "V-M1", 100, "2024-05-02 10:00" },
  { "V-M2", 100, "2024-05-03 10:00" },
  { "V-M3", 100, "2024-05-04 10:00" },
  { "V-M4", 100, "2024-05-05 10:00" },
  { "V-J1", 100, "2024-06-01 00:00" },  /* the first minute of June */
  { "V-J2", 100, "2024-06-02 10:00" },
  { "V-J3", 100, "2024-06-03 10:00" },
  { "V-J4", 100, "2024-06-04 10:00" },
  { "V-J5", 100, "2024-06-05 10:00" },
  { "V-J6", 100, "2024-06-06 10:00" },
  { "V-J7", 2, "2024-06-07 10:00" },
  { "V-J8", 100, "2024-06-25 10:00" },

  /* Created 2024-03-17 10:00 CET = 09:00 UTC, customer 2024-06-15 11:00
   * CEST = 09:00 UTC: a cycle of exactly 90 days. SQL 2.5 days after MQL. */
  { "K1", 100, "2024-03-17 10:00", "2024-06-03 10:00", "2024-06-05 22:00", "2024-06-08 10:00",
    "2024-06-15 11:00", NULL, NULL, 3, "1000" },
  /* No touch counted, but a first touch before now: contacted. */
  { "K2", 100, JAN2, "2024-06-04 10:00", NULL, NULL, NULL, NULL, "2024-06-04 15:00", 0 },
  /* Zero touches, no first touch: not contacted. */
  { "K3", 100, JAN2, "2024-06-05 10:00", NULL, NULL, NULL, NULL, NULL, 0 },
  /* First touch after now: not contacted yet. */
  { "K4", 100, JAN2, "2024-06-06 10:00", NULL, NULL, NULL, NULL, "2024-06-21 09:00", -1 },
  /* MQL after now. */
  { "K5", 100, JAN2, "2024-06-25 10:00", NULL, NULL, NULL, NULL, NULL, 1 },
  /* MQL in May, SQL in June 10 days later; an open opportunity. */
  { "K6", 100, JAN2, "2024-05-25 10:00", "2024-06-04 10:00", "2024-06-10 10:00",
    NULL, NULL, NULL, 9, NULL },
  { "K7", 100, JAN2, "2024-06-11 10:00", "2024-06-14 10:00", NULL, NULL, NULL, NULL, 4, "250" },
  /* An SQL without MQL date and without touch count. */
  { "K8", 100, JAN2, NULL, "2024-06-12 10:00", NULL, NULL, NULL, NULL, -1, "50" },
  /* MQL date after the SQL date: no time MQL → SQL. */
  { "K9", 100, JAN2, "2024-06-18 10:00", "2024-06-16 10:00", NULL, NULL, NULL, NULL, -1 },
  /* Everything after now. */
  { "K10", 100, JAN2, "2024-06-21 10:00", "2024-06-22 10:00", NULL, NULL, NULL, NULL, 7, "10000" },
  { "K11", 100, JAN2, NULL, NULL, "2024-06-21 10:00", NULL, NULL, NULL, -1 },
  /* May: MQL, SQL a day later, an opportunity still open. */
  { "K12", 100, JAN2, "2024-05-10 10:00", "2024-05-11 10:00", "2024-05-20 10:00",
    NULL, NULL, "2024-05-11 09:00", 2, "400" },
  /* SQL in May, 23 days after an April MQL. */
  { "K13", 100, JAN2, "2024-04-20 10:00", "2024-05-13 10:00", NULL, NULL, NULL, NULL, 8 },
  /* Lost: closed a month after its opportunity. */
  { "K14", 100, JAN2, NULL, NULL, "2024-03-01 10:00", NULL, "2024-04-01 10:00", NULL, -1 },
  /* An opportunity won only after now: open at now. */
  { "K15", 100, JAN2, NULL, NULL, "2024-02-01 10:00", "2024-06-25 10:00", NULL, NULL, -1, "7000" },
  /* Won 2023-09-10 after 40 days (both CEST). */
  { "K16", 100, "2023-08-01 10:00", NULL, NULL, NULL, "2023-09-10 10:00", NULL, NULL, -1, "3000" },
  /* Won 2023-06-20 after 10 days: in May's twelve months, not June's. */
  { "K17", 100, "2023-06-10 10:00", NULL, NULL, NULL, "2023-06-20 10:00", NULL, NULL, -1, "5000" },
  /* Won 2024-02-10 after 40 days (both CET), no amount. */
  { "K18", 100, "2024-01-01 10:00", NULL, NULL, NULL, "2024-02-10 10:00", NULL, NULL, -1 },
  /* Closed without an opportunity: not a lost deal. */
  { "K19", 100, JAN2, NULL, NULL, NULL, NULL, "2024-05-01 10:00", NULL, -1 },
  /* Closed before its opportunity date: not lost after an opportunity. */
  { "K20", 100, JAN2, NULL, NULL, "2024-03-10 10:00", NULL, "2024-03-05 10:00", NULL, -1 },
  /* A customer of 2023-05 (before both twelve-month windows), closed in
   * 2024: a won deal that ended, not a lost one. */
  { "K21", 100, "2023-04-01 10:00", NULL, NULL, "2023-05-01 10:00", "2023-05-15 10:00",
    "2024-03-01 10:00", NULL, -1, "900" },
};

/* An empty store and the default agreement. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->time_zone);
  fixture->zone = accord_zone_new (fixture->time_zone);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
}

/* The leads of kpi_rows. */
static void
fixture_set_up_kpis (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up (fixture, data);
  add_rows (fixture, kpi_rows, G_N_ELEMENTS (kpi_rows));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->time_zone);
}

static void
compute (Fixture    *fixture,
         const char *now)
{
  accord_metrics_kpis (fixture->store, fixture->agreement, fixture->time_zone, JUNE,
                       accord_test_time (fixture->zone, now), fixture->values);
  for (guint k = 0; k < ACCORD_N_KPIS; k++)
    g_assert_cmpint (fixture->values[k].kpi, ==, k);
}

static void
assert_kpi (const AccordKpiValue *value,
            double                expected,
            double                expected_previous)
{
  g_test_message ("KPI %s", accord_kpi_get_name (value->kpi));
  g_assert_true (value->available);
  g_assert_cmpfloat_with_epsilon (value->value, expected, EPSILON);
  g_assert_cmpfloat_with_epsilon (value->previous, expected_previous, EPSILON);
}

static void
assert_unavailable (const AccordKpiValue *value)
{
  g_test_message ("KPI %s", accord_kpi_get_name (value->kpi));
  g_assert_false (value->available);
  g_assert_true (isnan (value->value));
  g_assert_true (isnan (value->previous));
}

static void
test_lead_velocity (Fixture       *fixture,
                    gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June QLs by now: V-J1–V-J6 = 6; May: 4; April: 5.
   * June: (6 − 4) / 4 = 0.5. May: (4 − 5) / 5 = −0.2. */
  assert_kpi (&fixture->values[ACCORD_KPI_LEAD_VELOCITY], 0.5, -0.2);
  g_assert_true (isnan (fixture->values[ACCORD_KPI_LEAD_VELOCITY].goal));
}

static void
test_contact_rate (Fixture       *fixture,
                   gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June MQLs by now: K1 K2 K3 K4 K7 K9 = 6 (K5 and K10 come later).
   * Contacted: K1 (3 touches), K2 (first touch 06-04), K7 (4 touches) = 3;
   * not K3 (0, no first touch), K4 (first touch after now), K9.
   * 3 / 6 = 0.5. May: K6 (9 touches) and K12 (2) of 2 MQLs = 1. */
  assert_kpi (&fixture->values[ACCORD_KPI_CONTACT_RATE], 0.5, 1.0);
}

static void
test_conversation_rate (Fixture       *fixture,
                        gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* No export field carries conversations. */
  assert_unavailable (&fixture->values[ACCORD_KPI_CONVERSATION_RATE]);
}

static void
test_touches_to_sql (Fixture       *fixture,
                     gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June SQLs by now: K1 (3), K6 (9), K7 (4), K8 and K9 (no count).
   * Median of 3, 4, 9 = 4. May: K12 (2), K13 (8): (2 + 8) / 2 = 5. */
  assert_kpi (&fixture->values[ACCORD_KPI_TOUCHES_TO_SQL], 4, 5);
}

static void
test_sql_value (Fixture       *fixture,
                gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June SQLs: K1 1000 + K6 (none) + K7 250 + K8 50 + K9 (none) = 1300;
   * K10's 10000 comes after now. May: K12 400 + K13 (none) = 400. */
  assert_kpi (&fixture->values[ACCORD_KPI_SQL_VALUE], 1300, 400);
}

static void
test_time_mql_to_sql (Fixture       *fixture,
                      gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June: K1 06-03 10:00 → 06-05 22:00 = 2.5 days; K6 05-25 → 06-04 = 10;
   * K7 06-11 → 06-14 = 3; K8 has no MQL date, K9's is after its SQL.
   * Median of 2.5, 3, 10 = 3. May: K12 1 day, K13 04-20 → 05-13 = 23
   * days: (1 + 23) / 2 = 12. */
  assert_kpi (&fixture->values[ACCORD_KPI_TIME_MQL_TO_SQL], 3, 12);
}

static void
test_mql_rates (Fixture       *fixture,
                gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June by now: 6 MQLs (see contact rate), 5 SQLs (K1 K6 K7 K8 K9),
   * 2 opportunities (K1 06-08, K6 06-10; K11 after now), 1 customer (K1).
   * May: 2 MQLs (K6, K12), 2 SQLs (K12, K13), 1 opportunity (K12), no
   * customer. */
  assert_kpi (&fixture->values[ACCORD_KPI_MQL_TO_SQL], 5.0 / 6, 2.0 / 2);
  assert_kpi (&fixture->values[ACCORD_KPI_MQL_TO_OPPORTUNITY], 2.0 / 6, 1.0 / 2);
  assert_kpi (&fixture->values[ACCORD_KPI_MQL_TO_CUSTOMER], 1.0 / 6, 0.0);

  /* MQL:SQL has a goal: June's SQL goal over its MQL goal, 32 / 125. */
  g_assert_cmpfloat_with_epsilon (fixture->values[ACCORD_KPI_MQL_TO_SQL].goal, 32.0 / 125, EPSILON);
  g_assert_true (isnan (fixture->values[ACCORD_KPI_MQL_TO_OPPORTUNITY].goal));
  g_assert_true (isnan (fixture->values[ACCORD_KPI_MQL_TO_CUSTOMER].goal));
}

static void
test_sales_velocity (Fixture       *fixture,
                     gconstpointer  data)
{
  compute (fixture, "2024-06-20 12:00");

  /* June, at now, over 2023-07-01 … now:
   * open opportunities: K6, K12, K15 (won only 06-25) = 3; not K1 (won),
   *   K11 (after now), K14 and K20 (closed).
   * won: K1 (1000, 90 d), K16 (3000, 40 d), K18 (no amount, 40 d) = 3;
   *   K17 (2023-06-20) is before the twelve months.
   * lost after an opportunity: K14 = 1 (K19 had no opportunity, K20's
   *   came after its closing, K21 was a customer).
   * average deal (1000 + 3000) / 2 = 2000; win rate 3 / 4 = 0.75;
   * average cycle (90 + 40 + 40) / 3 = 170 / 3 days.
   * 3 × 2000 × 0.75 / (170 / 3) = 13500 / 170 = 79.41176… per day.
   *
   * May, at its end, over 2023-06-01 … 05-31:
   * open: K12 (05-20), K15 = 2 (K6's opportunity is in June).
   * won: K16 (3000, 40 d), K17 (5000, 10 d), K18 (40 d) = 3; lost: K14.
   * average deal 4000; win rate 0.75; cycle (40 + 10 + 40) / 3 = 30 days.
   * 2 × 4000 × 0.75 / 30 = 200 per day. */
  assert_kpi (&fixture->values[ACCORD_KPI_SALES_VELOCITY], 13500.0 / 170, 200);
}

static void
test_month_end (Fixture       *fixture,
                gconstpointer  data)
{
  /* Without "now" June is measured to its end, and what came after
   * 06-20 counts too.
   * Lead velocity: June QLs V-J1–V-J6 and V-J8 = 7: (7 − 4) / 4 = 0.75.
   * Contact rate: June MQLs K1 K2 K3 K4 K5 K7 K9 K10 = 8; contacted K1,
   * K2, K4 (first touch 06-21), K5 (1 touch), K7, K10 (7) = 6: 0.75. */
  compute (fixture, NULL);

  assert_kpi (&fixture->values[ACCORD_KPI_LEAD_VELOCITY], 0.75, -0.2);
  assert_kpi (&fixture->values[ACCORD_KPI_CONTACT_RATE], 0.75, 1.0);
}

/* An export with created, MQL and SQL dates only. */
static void
test_unavailable (Fixture       *fixture,
                  gconstpointer  data)
{
  static const LeadRow sparse_rows[] = {
    { "S1", 100, "2024-06-03 10:00", "2024-06-05 10:00", "2024-06-07 10:00", .touches = -1 },
    { "S2", 100, "2024-06-04 10:00", "2024-06-06 10:00", .touches = -1 },
  };
  AccordKpiValue *values = fixture->values;

  add_rows (fixture, sparse_rows, G_N_ELEMENTS (sparse_rows));
  compute (fixture, NULL);

  /* No touches, amounts, opportunities or customers anywhere. */
  assert_unavailable (&values[ACCORD_KPI_CONTACT_RATE]);
  assert_unavailable (&values[ACCORD_KPI_CONVERSATION_RATE]);
  assert_unavailable (&values[ACCORD_KPI_TOUCHES_TO_SQL]);
  assert_unavailable (&values[ACCORD_KPI_SQL_VALUE]);
  assert_unavailable (&values[ACCORD_KPI_MQL_TO_OPPORTUNITY]);
  assert_unavailable (&values[ACCORD_KPI_MQL_TO_CUSTOMER]);
  assert_unavailable (&values[ACCORD_KPI_SALES_VELOCITY]);

  /* Lead velocity is available, but May had no QL to compare with: June
   * (2 − 0) / 0 and May (0 − 0) / 0 are not numbers. */
  g_assert_true (values[ACCORD_KPI_LEAD_VELOCITY].available);
  g_assert_true (isnan (values[ACCORD_KPI_LEAD_VELOCITY].value));
  g_assert_true (isnan (values[ACCORD_KPI_LEAD_VELOCITY].previous));

  /* MQL:SQL 1 / 2; May had no MQL: NAN. Time MQL → SQL: S1, 2 days. */
  g_assert_true (values[ACCORD_KPI_MQL_TO_SQL].available);
  g_assert_cmpfloat_with_epsilon (values[ACCORD_KPI_MQL_TO_SQL].value, 0.5, EPSILON);
  g_assert_true (isnan (values[ACCORD_KPI_MQL_TO_SQL].previous));
  g_assert_true (values[ACCORD_KPI_TIME_MQL_TO_SQL].available);
  g_assert_cmpfloat_with_epsilon (values[ACCORD_KPI_TIME_MQL_TO_SQL].value, 2, EPSILON);
  g_assert_true (isnan (values[ACCORD_KPI_TIME_MQL_TO_SQL].previous));
}

static void
test_no_priced_customers (Fixture       *fixture,
                          gconstpointer  data)
{
  static const LeadRow unpriced_rows[] = {
    /* A customer, but without an amount: no average deal value. */
    { "P1", 100, "2024-05-01 10:00", NULL, NULL, "2024-05-10 10:00", "2024-06-10 10:00",
      .touches = -1 },
    /* An amount on an SQL, so amounts exist in the export. */
    { "P2", 100, "2024-05-01 10:00", NULL, "2024-06-05 10:00", .touches = -1, .amount = "300" },
  };

  add_rows (fixture, unpriced_rows, G_N_ELEMENTS (unpriced_rows));
  compute (fixture, NULL);

  assert_unavailable (&fixture->values[ACCORD_KPI_SALES_VELOCITY]);
  /* The SQL value is there: June 300, May 0. */
  assert_kpi (&fixture->values[ACCORD_KPI_SQL_VALUE], 300, 0);
}

static void
assert_text (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

/* Tests run in the C locale: no thousands separators. */
static void
test_format_value (void)
{
  g_assert_cmpstr (accord_kpi_get_title (ACCORD_KPI_MQL_TO_SQL), ==, "MQL:SQL");

  /* Rates and growth as percentages: 0.5 → 50%, 0.059 → 5.9%, −0.2 → −20%
   * with a minus sign. */
  assert_text (accord_kpi_format_value (ACCORD_KPI_CONTACT_RATE, 0.5), "50%");
  assert_text (accord_kpi_format_value (ACCORD_KPI_MQL_TO_SQL, 0.059), "5.9%");
  assert_text (accord_kpi_format_value (ACCORD_KPI_LEAD_VELOCITY, -0.2), "−20%");
  /* Medians: 3 touches, 1 touch, 2.5 touches; 4.5 days, 1 day. */
  assert_text (accord_kpi_format_value (ACCORD_KPI_TOUCHES_TO_SQL, 3), "3 touches");
  assert_text (accord_kpi_format_value (ACCORD_KPI_TOUCHES_TO_SQL, 1), "1 touch");
  assert_text (accord_kpi_format_value (ACCORD_KPI_TOUCHES_TO_SQL, 2.5), "2.5 touches");
  assert_text (accord_kpi_format_value (ACCORD_KPI_TIME_MQL_TO_SQL, 4.5), "4.5 days");
  assert_text (accord_kpi_format_value (ACCORD_KPI_TIME_MQL_TO_SQL, 1), "1 day");
  /* A touches column of 1e20 is past any integer's range, yet a count. */
  assert_text (accord_kpi_format_value (ACCORD_KPI_TOUCHES_TO_SQL, 1e20),
               "100000000000000000000 touches");
  /* Money: whole amounts; sales velocity per day. */
  assert_text (accord_kpi_format_value (ACCORD_KPI_SQL_VALUE, 12500.4), "12500");
  assert_text (accord_kpi_format_value (ACCORD_KPI_SALES_VELOCITY, 1234.5), "1234 a day");
  assert_text (accord_kpi_format_value (ACCORD_KPI_CONTACT_RATE, NAN), "—");
}

static void
test_shown (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  static const AccordKpi with_velocity[] = {
    ACCORD_KPI_SALES_VELOCITY, ACCORD_KPI_CONTACT_RATE, ACCORD_KPI_MQL_TO_SQL,
    ACCORD_KPI_SQL_VALUE, ACCORD_KPI_TIME_MQL_TO_SQL,
  };
  AccordKpi shown[ACCORD_N_KPIS];

  /* The default five (DESIGN §1), then sales velocity. */
  g_assert_cmpuint (accord_kpi_get_shown (agreement, shown), ==, 6);
  g_assert_cmpint (shown[0], ==, ACCORD_KPI_LEAD_VELOCITY);
  g_assert_cmpint (shown[1], ==, ACCORD_KPI_CONTACT_RATE);
  g_assert_cmpint (shown[2], ==, ACCORD_KPI_MQL_TO_SQL);
  g_assert_cmpint (shown[3], ==, ACCORD_KPI_TIME_MQL_TO_SQL);
  g_assert_cmpint (shown[4], ==, ACCORD_KPI_SQL_VALUE);
  g_assert_cmpint (shown[5], ==, ACCORD_KPI_SALES_VELOCITY);

  /* Chosen, it keeps its place and is not repeated. */
  accord_agreement_set_kpis (agreement, with_velocity, G_N_ELEMENTS (with_velocity));
  g_assert_cmpuint (accord_kpi_get_shown (agreement, shown), ==, 5);
  g_assert_cmpint (shown[0], ==, ACCORD_KPI_SALES_VELOCITY);
  g_assert_cmpint (shown[4], ==, ACCORD_KPI_TIME_MQL_TO_SQL);
}

static void
test_format_effort (void)
{
  AccordAssetEffort webinars = { "Webinars", 12, 20, 0.6 };
  AccordAssetEffort ads = { "Ads", 25, 12.5, 2 };
  AccordAssetEffort podcast = { "Podcast", 1, 1, 1 };

  /* 12 leads in 20 hours; 25 in 12.5; 1 in 1. */
  assert_text (accord_kpi_format_effort (&webinars), "0.60 leads an hour from 20 hours of effort");
  assert_text (accord_kpi_format_effort (&ads), "2.00 leads an hour from 12.5 hours of effort");
  assert_text (accord_kpi_format_effort (&podcast), "1.00 lead an hour from 1 hour of effort");
}

static void
test_format_change (void)
{
  AccordKpiValue value = { ACCORD_KPI_CONTACT_RATE, TRUE, 0.5, 0.469, NAN };

  /* 50% − 46.9% = +3.1 points. */
  assert_text (accord_kpi_format_change (&value), "↑ +3.1 points");
  /* 50% − 51% = −1 point. */
  value.previous = 0.51;
  assert_text (accord_kpi_format_change (&value), "↓ −1 point");
  value.previous = 0.5;
  assert_text (accord_kpi_format_change (&value), "→ no change");
  value.previous = NAN;
  g_assert_null (accord_kpi_format_change (&value));

  /* 4 days after 6: −2 days. */
  value = (AccordKpiValue) { ACCORD_KPI_TIME_MQL_TO_SQL, TRUE, 4, 6, NAN };
  assert_text (accord_kpi_format_change (&value), "↓ −2 days");
  /* 3.5 touches after 3: +0.5 touches. */
  value = (AccordKpiValue) { ACCORD_KPI_TOUCHES_TO_SQL, TRUE, 3.5, 3, NAN };
  assert_text (accord_kpi_format_change (&value), "↑ +0.5 touches");
  /* Money relative to the month before: 336 after 300 is +12%; after
   * nothing, the amount itself. */
  value = (AccordKpiValue) { ACCORD_KPI_SQL_VALUE, TRUE, 336, 300, NAN };
  assert_text (accord_kpi_format_change (&value), "↑ +12%");
  value.previous = 0;
  assert_text (accord_kpi_format_change (&value), "↑ +336");

  value = (AccordKpiValue) { ACCORD_KPI_CONVERSATION_RATE, FALSE, NAN, NAN, NAN };
  g_assert_null (accord_kpi_format_change (&value));
}

static void
test_trend (void)
{
  /* Goal 25%: 40% after 30% is better news although it moves away from
   * the goal; 20% after 30% is worse. */
  AccordKpiValue value = { ACCORD_KPI_MQL_TO_SQL, TRUE, 0.4, 0.3, 0.25 };

  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_BETTER);
  value.value = 0.2;
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_WORSE);
  /* Without a goal it is the same. */
  value.goal = NAN;
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_WORSE);
  /* No change, or no month before: neutral. */
  value.previous = 0.2;
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_NEUTRAL);
  value.previous = NAN;
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_NEUTRAL);

  /* Fewer days from MQL to SQL, and fewer touches, are better. */
  value = (AccordKpiValue) { ACCORD_KPI_TIME_MQL_TO_SQL, TRUE, 3, 5, NAN };
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_BETTER);
  value = (AccordKpiValue) { ACCORD_KPI_TOUCHES_TO_SQL, TRUE, 3.5, 3, NAN };
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_WORSE);
  /* A KPI the data cannot measure never moves. */
  value = (AccordKpiValue) { ACCORD_KPI_CONVERSATION_RATE, FALSE, NAN, NAN, NAN };
  g_assert_cmpint (accord_kpi_get_trend (&value), ==, ACCORD_KPI_TREND_NEUTRAL);
}

static void
test_describe (void)
{
  AccordKpiValue value = { ACCORD_KPI_MQL_TO_SQL, TRUE, 0.3, 0.25, 0.25 };

  assert_text (accord_kpi_describe (&value),
               "MQL:SQL: 30%, goal 25%, ↑ +5 points on the month before");
  value = (AccordKpiValue) { ACCORD_KPI_CONVERSATION_RATE, FALSE, NAN, NAN, NAN };
  assert_text (accord_kpi_describe (&value), "Conversation rate: not in the export");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) \
  g_test_add ("/core/kpis/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("lead-velocity", fixture_set_up_kpis, test_lead_velocity);
  ADD ("contact-rate", fixture_set_up_kpis, test_contact_rate);
  ADD ("conversation-rate", fixture_set_up_kpis, test_conversation_rate);
  ADD ("touches-to-sql", fixture_set_up_kpis, test_touches_to_sql);
  ADD ("sql-value", fixture_set_up_kpis, test_sql_value);
  ADD ("time-mql-to-sql", fixture_set_up_kpis, test_time_mql_to_sql);
  ADD ("mql-rates", fixture_set_up_kpis, test_mql_rates);
  ADD ("sales-velocity", fixture_set_up_kpis, test_sales_velocity);
  ADD ("month-end", fixture_set_up_kpis, test_month_end);
  ADD ("unavailable", fixture_set_up, test_unavailable);
  ADD ("no-priced-customers", fixture_set_up, test_no_priced_customers);

#undef ADD

  g_test_add_func ("/core/kpis/format/value", test_format_value);
  g_test_add_func ("/core/kpis/format/change", test_format_change);
  g_test_add_func ("/core/kpis/format/effort", test_format_effort);
  g_test_add_func ("/core/kpis/shown", test_shown);
  g_test_add_func ("/core/kpis/format/trend", test_trend);
  g_test_add_func ("/core/kpis/format/describe", test_describe);

  return g_test_run ();
}
