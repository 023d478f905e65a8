/* test-session.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-session.h"
#include "accord-zone.h"

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           GString    *notified)
{
  g_string_append_printf (notified, "%s%s", notified->len > 0 ? " " : "", pspec->name);
}

static AccordLeadStore *
two_leads (AccordZone *zone)
{
  AccordLeadStore *store = accord_lead_store_new ();
  AccordLead *lead;

  lead = accord_lead_store_append (store);
  lead->record_id = accord_lead_store_add_text (store, "1");
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, 9, 2, 10, 0, 0);
  lead = accord_lead_store_append (store);
  lead->record_id = accord_lead_store_add_text (store, "2");
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, 10, 7, 9, 30, 0);

  return store;
}

static void
test_leads (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (berlin);
  g_autoptr(AccordSession) session = accord_session_new (berlin);
  g_autoptr(AccordLeadStore) leads = two_leads (zone);
  g_autoptr(GString) notified = g_string_new (NULL);
  guint changed = 0;
  int first, last;

  g_assert_true (accord_session_is_empty (session));
  g_assert_cmpint (accord_session_get_month (session), ==, -1);
  g_assert_cmpint (accord_session_get_now (session), ==, ACCORD_TIME_NONE);
  g_assert_false (accord_session_get_month_range (session, &first, &last));

  g_signal_connect (session, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (session, "notify", G_CALLBACK (notify_cb), notified);
  accord_session_add_leads (session, leads);

  /* One recomputation; "now" is the latest moment and the month looked
   * at is its month. */
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (notified->str, ==, "store now month empty");
  /* The first leads are taken as they are, not copied. */
  g_assert_true (accord_session_get_store (session) == leads);
  g_assert_false (accord_session_is_empty (session));
  g_assert_cmpint (accord_session_get_now (session), ==,
                   accord_zone_from_civil (zone, 2024, 10, 7, 9, 30, 0));
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));
  g_assert_true (accord_session_get_month_range (session, &first, &last));
  g_assert_cmpint (first, ==, ACCORD_MONTH_KEY (2024, 9));
  g_assert_cmpint (last, ==, ACCORD_MONTH_KEY (2024, 10));

  /* Months outside the data are clamped to it. */
  accord_session_set_month (session, ACCORD_MONTH_KEY (2023, 1));
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 9));
  accord_session_set_month (session, ACCORD_MONTH_KEY (2030, 1));
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));

  /* A change to the agreement recomputes everything. */
  accord_agreement_set_default_goal (accord_session_get_agreement (session),
                                     ACCORD_FIGURE_LEADS_SOURCED, 10);
  g_assert_cmpuint (changed, ==, 2);

  accord_session_clear_leads (session);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (accord_session_is_empty (session));
  g_assert_cmpint (accord_session_get_month (session), ==, -1);

  g_signal_handlers_disconnect_by_data (session, notified);
  g_signal_handlers_disconnect_by_data (session, &changed);
  g_assert_finalize_object (g_steal_pointer (&session));
}

static void
test_time_zone (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(AccordSession) session = accord_session_new (berlin);
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();
  g_autoptr(AccordAgreement) old_agreement = g_object_ref (accord_session_get_agreement (session));
  guint changed = 0;

  g_assert_true (accord_session_get_time_zone (session) == berlin);

  /* A workspace's own zone wins over the system's. */
  accord_workspace_set_time_zone (workspace, tokyo);
  accord_session_set_workspace (session, workspace);
  g_assert_true (accord_session_get_time_zone (session) == tokyo);
  g_assert_true (accord_session_get_agreement (session) == accord_workspace_get_agreement (workspace));

  /* The old agreement no longer reaches the session. */
  g_signal_connect (session, "changed", G_CALLBACK (count_cb), &changed);
  accord_agreement_set_default_goal (old_agreement, ACCORD_FIGURE_LEADS_SOURCED, 1);
  g_assert_cmpuint (changed, ==, 0);
  accord_agreement_set_default_goal (accord_session_get_agreement (session),
                                     ACCORD_FIGURE_LEADS_SOURCED, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_signal_handlers_disconnect_by_data (session, &changed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/session/leads", test_leads);
  g_test_add_func ("/core/session/time-zone", test_time_zone);

  return g_test_run ();
}
