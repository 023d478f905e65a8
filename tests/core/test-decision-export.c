/* test-decision-export.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "accord-decision-export.h"

/* The moments do not matter to the export except to order decisions;
 * small numbers keep that visible. */
#define RAISED 1000

static void
add_lead (AccordLeadStore *store,
          const char      *record_id,
          const char      *owner)
{
  AccordLead *lead = accord_lead_store_append (store);

  lead->record_id = record_id != NULL ? accord_lead_store_add_text (store, record_id) : NULL;
  lead->owner = owner != NULL ? accord_lead_store_intern (store, owner) : NULL;
}

static void
decide (AccordDecisionLog *log,
        const char        *record_id,
        AccordFlagKind     flag,
        AccordOutcome      outcome,
        const char        *assignee,
        gint64             decided_at)
{
  AccordDecision decision = {
    .record_id = record_id,
    .flag = flag,
    .raised = RAISED,
    .outcome = outcome,
    .assignee = assignee,
    .note = "from the test",
    .decided_by = "Chair",
    .decided_at = decided_at,
  };

  accord_decision_log_add (log, &decision);
}

static AccordLeadStore *
make_store (void)
{
  AccordLeadStore *store = accord_lead_store_new ();

  add_lead (store, "101", "Ana Silva");
  add_lead (store, "102", "Ben Okafor");
  add_lead (store, "103", "=HYPERLINK(\"http://x\",\"y\")");
  add_lead (store, "104", "Ana Silva");
  add_lead (store, "105", "Ana Silva");
  add_lead (store, "106", "Ben Okafor");
  add_lead (store, "107", "Ben Okafor");
  /* A long id with leading zeros, and no owner in the export. */
  add_lead (store, "0012345678901234", NULL);
  /* A lead without a record id cannot be matched: never exported. */
  add_lead (store, NULL, "Ana Silva");
  /* The same record id from a second, merged export. */
  add_lead (store, "102", "Someone Else");

  return store;
}

static AccordDecisionLog *
make_log (void)
{
  AccordDecisionLog *log = accord_decision_log_new ();

  /* 101: reassigned to Ben Okafor. */
  decide (log, "101", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_REASSIGN, "Ben Okafor", 1100);
  /* 102: two decisions in the same second; the later in the log wins. */
  decide (log, "102", ACCORD_FLAG_UNDER_WORKED, ACCORD_OUTCOME_KEEP, NULL, 1200);
  decide (log, "102", ACCORD_FLAG_NO_DISPOSITION, ACCORD_OUTCOME_UNQUALIFIED, NULL, 1200);
  /* 103: kept, by an owner whose name is a formula. */
  decide (log, "103", ACCORD_FLAG_UNDER_WORKED, ACCORD_OUTCOME_KEEP, NULL, 1300);
  /* 104: dismissed only, so nothing to export. */
  decide (log, "104", ACCORD_FLAG_OUTSIDE_PROFILE, ACCORD_OUTCOME_DISMISS, NULL, 1400);
  /* 105: kept at 2000, reassigned to "-Bob" at 3000; an unqualified
   * decision added afterwards but made earlier (1500) does not win. */
  decide (log, "105", ACCORD_FLAG_UNDER_WORKED, ACCORD_OUTCOME_KEEP, NULL, 2000);
  decide (log, "105", ACCORD_FLAG_NO_DISPOSITION, ACCORD_OUTCOME_REASSIGN, "-Bob", 3000);
  decide (log, "105", ACCORD_FLAG_OUTSIDE_PROFILE, ACCORD_OUTCOME_UNQUALIFIED, NULL, 1500);
  /* 106: reassigned to Cy, then another flag dismissed: a dismissal
   * changes nothing, so the reassignment stands. */
  decide (log, "106", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_REASSIGN, "Cy", 4000);
  decide (log, "106", ACCORD_FLAG_MISSING_ANUF, ACCORD_OUTCOME_DISMISS, NULL, 5000);
  /* 107 has no decision. */
  decide (log, "0012345678901234", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_UNQUALIFIED, NULL, 1600);
  /* A lead that is not in this import. */
  decide (log, "999", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_REASSIGN, "Ana Silva", 1700);

  return log;
}

static void
test_hubspot (void)
{
  g_autoptr(AccordLeadStore) store = make_store ();
  g_autoptr(AccordDecisionLog) log = make_log ();
  g_autofree char *csv = NULL;
  gsize length = 0;

  /* Rows in the order of the store: 101 goes to its assignee; 102 keeps
   * its owner and is unqualified (the second decision of the same
   * second) and appears once; 103's owner is quoted with an apostrophe;
   * 104 (dismissed) and 107 (undecided) are missing; 105 goes to "-Bob",
   * neutralised; 106 to Cy; the long id is written as it was imported,
   * with an empty owner; 999 is not in the store. No byte order mark. */
  csv = accord_decision_export_csv (store, log, ACCORD_DECISION_EXPORT_HUBSPOT, &length);
  g_assert_cmpstr (csv, ==,
                   "Record ID,Contact owner,Lead Status\r\n"
                   "101,Ben Okafor,In Progress\r\n"
                   "102,Ben Okafor,Unqualified\r\n"
                   "103,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",In Progress\r\n"
                   "105,\"'-Bob\",In Progress\r\n"
                   "106,Cy,In Progress\r\n"
                   "0012345678901234,,Unqualified\r\n");
  g_assert_cmpuint (length, ==, strlen (csv));

  g_assert_finalize_object (g_steal_pointer (&log));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_salesforce (void)
{
  g_autoptr(AccordLeadStore) store = make_store ();
  g_autoptr(AccordDecisionLog) log = make_log ();
  g_autofree char *csv = NULL;

  /* The same rows in Salesforce's words: a good fit is being worked, an
   * unqualified lead is closed without converting. */
  csv = accord_decision_export_csv (store, log, ACCORD_DECISION_EXPORT_SALESFORCE, NULL);
  g_assert_cmpstr (csv, ==,
                   "Id,Owner Name,Status\r\n"
                   "101,Ben Okafor,Working - Contacted\r\n"
                   "102,Ben Okafor,Closed - Not Converted\r\n"
                   "103,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Working - Contacted\r\n"
                   "105,\"'-Bob\",Working - Contacted\r\n"
                   "106,Cy,Working - Contacted\r\n"
                   "0012345678901234,,Closed - Not Converted\r\n");

  g_assert_finalize_object (g_steal_pointer (&log));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_nothing_decided (void)
{
  g_autoptr(AccordLeadStore) store = make_store ();
  g_autoptr(AccordDecisionLog) log = accord_decision_log_new ();
  g_autofree char *csv = NULL;
  gsize length = 0;

  /* Only dismissals: the header alone. */
  decide (log, "101", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_DISMISS, NULL, 1000);
  csv = accord_decision_export_csv (store, log, ACCORD_DECISION_EXPORT_HUBSPOT, &length);
  g_assert_cmpstr (csv, ==, "Record ID,Contact owner,Lead Status\r\n");
  /* 9 + 1 + 13 + 1 + 11 + 2 bytes. */
  g_assert_cmpuint (length, ==, 37);

  g_assert_finalize_object (g_steal_pointer (&log));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_latest_after_undo (void)
{
  g_autoptr(AccordLeadStore) store = make_store ();
  g_autoptr(AccordDecisionLog) log = accord_decision_log_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Unqualified, then reassigned; undoing the reassignment brings the
   * earlier decision back. */
  decide (log, "101", ACCORD_FLAG_LATE_FIRST_TOUCH, ACCORD_OUTCOME_UNQUALIFIED, NULL, 1000);
  decide (log, "101", ACCORD_FLAG_UNDER_WORKED, ACCORD_OUTCOME_REASSIGN, "Cy", 2000);
  before = accord_decision_export_csv (store, log, ACCORD_DECISION_EXPORT_SALESFORCE, NULL);
  g_assert_cmpstr (before, ==, "Id,Owner Name,Status\r\n101,Cy,Working - Contacted\r\n");

  accord_decision_log_remove (log, 1);
  after = accord_decision_export_csv (store, log, ACCORD_DECISION_EXPORT_SALESFORCE, NULL);
  g_assert_cmpstr (after, ==, "Id,Owner Name,Status\r\n101,Ana Silva,Closed - Not Converted\r\n");

  g_assert_finalize_object (g_steal_pointer (&log));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_format_names (void)
{
  AccordDecisionExportFormat format = ACCORD_N_DECISION_EXPORT_FORMATS;

  g_assert_cmpstr (accord_decision_export_format_get_name (ACCORD_DECISION_EXPORT_HUBSPOT), ==, "hubspot");
  g_assert_cmpstr (accord_decision_export_format_get_name (ACCORD_DECISION_EXPORT_SALESFORCE), ==, "salesforce");

  g_assert_true (accord_decision_export_format_from_name ("salesforce", &format));
  g_assert_cmpint (format, ==, ACCORD_DECISION_EXPORT_SALESFORCE);
  g_assert_true (accord_decision_export_format_from_name ("HubSpot", &format));
  g_assert_cmpint (format, ==, ACCORD_DECISION_EXPORT_HUBSPOT);
  g_assert_false (accord_decision_export_format_from_name ("pipedrive", &format));
  g_assert_false (accord_decision_export_format_from_name ("", &format));
  g_assert_false (accord_decision_export_format_from_name (NULL, &format));
  g_assert_cmpint (format, ==, ACCORD_DECISION_EXPORT_HUBSPOT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/decision-export/hubspot", test_hubspot);
  g_test_add_func ("/core/decision-export/salesforce", test_salesforce);
  g_test_add_func ("/core/decision-export/nothing-decided", test_nothing_decided);
  g_test_add_func ("/core/decision-export/latest-after-undo", test_latest_after_undo);
  g_test_add_func ("/core/decision-export/format-names", test_format_names);

  return g_test_run ();
}
