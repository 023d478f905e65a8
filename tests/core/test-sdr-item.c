/* test-sdr-item.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "accord-sdr-item.h"
#include "accord-zone.h"

static AccordLead *
add_lead (AccordLeadStore *store,
          AccordZone      *zone,
          const char      *record_id,
          const char      *owner,
          int              employees,
          int              created_day,
          int              created_month)
{
  AccordLead *lead = accord_lead_store_append (store);

  lead->record_id = accord_lead_store_add_text (store, record_id);
  lead->owner = accord_lead_store_intern (store, owner);
  lead->employees = employees;
  /* High: a timeframe of 90 days, so no MQL here times out. */
  lead->tier = ACCORD_TIER_HIGH;
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, created_month, created_day, 9, 0, 0);
  return lead;
}

/* Three SDRs in Europe/Berlin, October 2024; the latest moment, Cleo's
 * lead c3 created 20 October 12:00, is "now" and the moment measured. */
static AccordLeadStore *
create_store (AccordZone *zone)
{
  AccordLeadStore *store = accord_lead_store_new ();
  AccordLead *lead;

  /* Abe: a1 fails the Quick Test (5 employees), an MQL on 6 October. */
  lead = add_lead (store, zone, "a1", "Abe", 5, 5, 10);
  lead->moments[ACCORD_MOMENT_MQL] = accord_zone_from_civil (zone, 2024, 10, 6, 9, 0, 0);

  /* Cleo: c1 an MQL in September and an SQL on 8 October; c2 an MQL on
   * 3 October; c3 created at "now". */
  lead = add_lead (store, zone, "c1", "Cleo", 50, 1, 9);
  lead->moments[ACCORD_MOMENT_MQL] = accord_zone_from_civil (zone, 2024, 9, 10, 10, 0, 0);
  lead->moments[ACCORD_MOMENT_SQL] = accord_zone_from_civil (zone, 2024, 10, 8, 10, 0, 0);
  lead = add_lead (store, zone, "c2", "Cleo", 50, 2, 10);
  lead->moments[ACCORD_MOMENT_MQL] = accord_zone_from_civil (zone, 2024, 10, 3, 9, 0, 0);
  lead = add_lead (store, zone, "c3", "Cleo", 50, 20, 10);
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, 10, 20, 12, 0, 0);

  /* Dee: one lead, never an MQL. */
  add_lead (store, zone, "d1", "Dee", 50, 10, 10);

  return store;
}

static void
set_small_capacity (AccordAgreement *agreement)
{
  /* Bands the few leads above can fall under, in and over. */
  const AccordCapacity capacity = {
    .universe_min = 1,
    .universe_max = 2,
    .active_min = 1,
    .active_max = 2,
    .sqls_per_month = 1,
    .mql_conversion = 0.25,
  };

  accord_agreement_set_capacity (agreement, &capacity);
}

static void
test_list (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (berlin);
  g_autoptr(AccordSession) session = accord_session_new (berlin);
  g_autoptr(AccordLeadStore) store = create_store (zone);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(AccordSdrItem) abe = NULL;
  g_autoptr(AccordSdrItem) cleo = NULL;
  g_autoptr(AccordSdrItem) dee = NULL;
  const AccordBulletSpec *chart;
  g_autofree char *owner = NULL;
  guint universe, active, sqls, managed, n_out;
  double conversion;
  int band;
  gboolean out;

  accord_session_add_leads (session, store);
  set_small_capacity (accord_session_get_agreement (session));
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));

  list = accord_sdr_item_list_new (session, ACCORD_MONTH_KEY (2024, 10));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == ACCORD_TYPE_SDR_ITEM);
  /* Sorted by name. */
  abe = g_list_model_get_item (G_LIST_MODEL (list), 0);
  cleo = g_list_model_get_item (G_LIST_MODEL (list), 1);
  dee = g_list_model_get_item (G_LIST_MODEL (list), 2);

  /* Abe at 20 October 12:00: a1 fails the Quick Test, universe 0 (under
   * 1–2); it is in the pool (MQL 6 October, exit 90 days on): active 1
   * (in 1–2), managed 1; no SQL (under the target of 1); conversion
   * 0 / 1 = 0 (under 25 %). Three out of band. */
  g_object_get (abe,
                "owner", &owner,
                "universe", &universe,
                "active-mqls", &active,
                "sqls", &sqls,
                "mqls-managed", &managed,
                "mql-conversion", &conversion,
                "out-of-band", &out,
                "n-out-of-band", &n_out,
                NULL);
  g_assert_cmpstr (owner, ==, "Abe");
  g_assert_cmpuint (universe, ==, 0);
  g_assert_cmpuint (active, ==, 1);
  g_assert_cmpuint (sqls, ==, 0);
  g_assert_cmpuint (managed, ==, 1);
  g_assert_cmpfloat (conversion, ==, 0);
  g_assert_true (out);
  g_assert_cmpuint (n_out, ==, 3);
  g_object_get (abe, "universe-band", &band, NULL);
  g_assert_cmpint (band, ==, ACCORD_BAND_UNDER);
  g_object_get (abe, "active-band", &band, NULL);
  g_assert_cmpint (band, ==, ACCORD_BAND_IN);
  g_object_get (abe, "sqls-band", &band, NULL);
  g_assert_cmpint (band, ==, ACCORD_BAND_UNDER);
  g_object_get (abe, "conversion-band", &band, NULL);
  g_assert_cmpint (band, ==, ACCORD_BAND_UNDER);

  /* Cleo: universe c2 and c3 (c1 is an SQL by then) = 2, in 1–2;
   * active c2 only (c1 left the pool at its SQL) = 1; managed c1 (exit
   * 8 October, in the month) and c2 = 2; SQLs c1 = 1, the target;
   * conversion 1 / 2 = 50 %. All in band. */
  g_assert_cmpstr (accord_sdr_item_get_owner (cleo), ==, "Cleo");
  g_assert_cmpuint (accord_sdr_item_get_figures (cleo)->universe, ==, 2);
  g_assert_cmpuint (accord_sdr_item_get_figures (cleo)->active_mqls, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (cleo)->mqls_managed, ==, 2);
  g_assert_cmpuint (accord_sdr_item_get_figures (cleo)->sqls, ==, 1);
  g_assert_cmpfloat (accord_sdr_item_get_figures (cleo)->mql_conversion, ==, 0.5);
  g_assert_cmpint (accord_sdr_item_get_band (cleo, ACCORD_SDR_MEASURE_UNIVERSE), ==, ACCORD_BAND_IN);
  g_assert_cmpint (accord_sdr_item_get_band (cleo, ACCORD_SDR_MEASURE_SQLS), ==, ACCORD_BAND_IN);
  g_assert_cmpint (accord_sdr_item_get_band (cleo, ACCORD_SDR_MEASURE_CONVERSION), ==, ACCORD_BAND_IN);
  g_assert_cmpuint (accord_sdr_item_get_n_out_of_band (cleo), ==, 0);
  g_assert_false (accord_sdr_item_get_out_of_band (cleo));
  g_assert_true (accord_sdr_item_get_figures (cleo)->owner == accord_sdr_item_get_owner (cleo));

  /* Dee: universe 1 (in 1–2); no MQL: active 0 (under 1–2), nothing managed,
   * so no conversion (NAN, in band as the core counts it); SQLs 0 under. */
  g_assert_cmpuint (accord_sdr_item_get_figures (dee)->universe, ==, 1);
  g_assert_cmpuint (accord_sdr_item_get_figures (dee)->active_mqls, ==, 0);
  g_assert_true (isnan (accord_sdr_item_get_figures (dee)->mql_conversion));
  g_assert_cmpint (accord_sdr_item_get_band (dee, ACCORD_SDR_MEASURE_CONVERSION), ==, ACCORD_BAND_IN);
  g_assert_cmpuint (accord_sdr_item_get_n_out_of_band (dee), ==, 2);

  /* Abe and Dee have figures out of band, Cleo none. */
  g_assert_cmpuint (accord_sdr_item_count_out_of_band (G_LIST_MODEL (list)), ==, 2);

  /* The charts: bands from the capacity, one scale down each column.
   * Universe: the band's top, 2, and Cleo's 2 → 2. */
  chart = accord_sdr_item_get_chart (abe, ACCORD_SDR_MEASURE_UNIVERSE);
  g_assert_cmpstr (chart->label, ==, "Universe");
  g_assert_cmpfloat (chart->value, ==, 0);
  g_assert_cmpfloat (chart->band_min, ==, 1);
  g_assert_cmpfloat (chart->band_max, ==, 2);
  g_assert_true (isnan (chart->target));
  g_assert_cmpint (chart->band, ==, ACCORD_BAND_UNDER);
  g_assert_cmpfloat (chart->scale_max, ==, 2);
  g_assert_cmpfloat (accord_sdr_item_get_chart (dee, ACCORD_SDR_MEASURE_UNIVERSE)->scale_max, ==, 2);
  /* Active MQLs: the band's top, 2, is the largest. */
  g_assert_cmpfloat (accord_sdr_item_get_chart (cleo, ACCORD_SDR_MEASURE_ACTIVE_MQLS)->scale_max, ==, 2);
  /* SQLs: at least 1, open above: 1 × 1.25 → 1.5; "1 of 1" for Cleo. */
  chart = accord_sdr_item_get_chart (cleo, ACCORD_SDR_MEASURE_SQLS);
  g_assert_cmpfloat (chart->band_min, ==, 1);
  g_assert_true (isinf (chart->band_max));
  g_assert_cmpfloat (chart->target, ==, 1);
  g_assert_cmpfloat (chart->scale_max, ==, 1.5);
  g_assert_cmpstr (chart->value_text, ==, "1 of 1");
  /* Conversion: Cleo's 50 % beats 25 % × 1.25: 0.5. */
  chart = accord_sdr_item_get_chart (dee, ACCORD_SDR_MEASURE_CONVERSION);
  g_assert_cmpint (chart->format, ==, ACCORD_BULLET_FORMAT_PERCENT);
  g_assert_true (isnan (chart->value));
  g_assert_cmpfloat (chart->target, ==, 0.25);
  g_assert_cmpfloat (chart->scale_max, ==, 0.5);

  {
    g_autoptr(AccordBulletSpec) boxed = NULL;

    g_object_get (cleo, "conversion-chart", &boxed, NULL);
    g_assert_nonnull (boxed);
    g_assert_cmpfloat (boxed->value, ==, 0.5);
  }

  g_clear_object (&abe);
  g_clear_object (&cleo);
  g_clear_object (&dee);
  g_assert_finalize_object (g_steal_pointer (&list));
  g_assert_finalize_object (g_steal_pointer (&session));
}

static void
test_empty (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (berlin);
  g_autoptr(AccordSession) session = accord_session_new (berlin);
  g_autoptr(AccordLeadStore) store = create_store (zone);
  g_autoptr(GListStore) list = NULL;

  /* No leads, no month: no SDRs. */
  list = accord_sdr_item_list_new (session, accord_session_get_month (session));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (accord_sdr_item_count_out_of_band (G_LIST_MODEL (list)), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&list));

  /* A month before any lead: every owner is listed, all at 0. */
  accord_session_add_leads (session, store);
  list = accord_sdr_item_list_new (session, ACCORD_MONTH_KEY (2024, 8));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  {
    g_autoptr(AccordSdrItem) item = g_list_model_get_item (G_LIST_MODEL (list), 1);

    g_assert_cmpuint (accord_sdr_item_get_figures (item)->universe, ==, 0);
    g_assert_cmpint (accord_sdr_item_get_figures (item)->month, ==, ACCORD_MONTH_KEY (2024, 8));
  }
  g_assert_finalize_object (g_steal_pointer (&list));
  g_assert_finalize_object (g_steal_pointer (&session));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/sdr-item/list", test_list);
  g_test_add_func ("/core/sdr-item/empty", test_empty);

  return g_test_run ();
}
