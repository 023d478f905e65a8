/* test-decision-log.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "accord-decision-log.h"
#include "accord-workspace.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define MINUTE 60
#define HOUR   3600
#define DAY    86400
#define WEEK   (7 * DAY)

typedef struct
{
  AccordLeadStore   *store;
  AccordAgreement   *agreement;
  AccordDecisionLog *log;
  AccordZone        *zone;
  guint              n_changed;
} Fixture;

static void
changed_cb (AccordDecisionLog *log,
            Fixture           *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (berlin);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->log = accord_decision_log_new ();
  fixture->zone = accord_zone_new (berlin);
  fixture->n_changed = 0;
  g_signal_connect (fixture->log, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  g_assert_finalize_object (fixture->log);
  accord_zone_free (fixture->zone);
}

/* A lead with a record id (or none), a tier from the export and an MQL
 * date, that passes the default Quick Test (10–5000 employees). */
static AccordLead *
add_lead (AccordLeadStore *store,
          const char      *record_id,
          AccordTier       tier,
          gint64           mql)
{
  AccordLead *lead = accord_lead_store_append (store);

  lead->record_id = accord_lead_store_add_text (store, record_id);
  lead->employees = 100;
  lead->tier = tier;
  lead->moments[ACCORD_MOMENT_MQL] = mql;
  return lead;
}

/* A High lead outside the profile (1 employee), touched at once: its only
 * flag is "outside profile", raised at its MQL date (DESIGN §3), as long
 * as its 90-day timeframe runs. */
static void
add_outside_lead (AccordLeadStore *store,
                  const char      *record_id,
                  gint64           mql)
{
  AccordLead *lead = add_lead (store, record_id, ACCORD_TIER_HIGH, mql);

  lead->employees = 1;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = mql;
}

static void
decide (AccordDecisionLog *log,
        const char        *record_id,
        AccordFlagKind     flag,
        gint64             raised,
        AccordOutcome      outcome,
        const char        *assignee,
        gint64             decided_at)
{
  AccordDecision decision = {
    record_id, flag, raised, outcome, assignee, NULL, "Ada Chair", decided_at,
  };

  accord_decision_log_add (log, &decision);
}

static void
assert_item (GArray               *queue,
             guint                 index,
             guint                 lead,
             AccordFlagKind        kind,
             gint64                raised,
             const AccordDecision *decision)
{
  const AccordReviewItem *item;

  g_assert_cmpuint (index, <, queue->len);
  item = &g_array_index (queue, AccordReviewItem, index);
  g_assert_cmpuint (item->lead, ==, lead);
  g_assert_cmpstr (accord_flag_kind_get_name (item->flag), ==, accord_flag_kind_get_name (kind));
  g_assert_cmpint (item->raised, ==, raised);
  g_assert_true (item->decision == decision);
}

static void
test_outcome_names (void)
{
  AccordOutcome outcome = ACCORD_N_OUTCOMES;

  g_assert_cmpstr (accord_outcome_get_name (ACCORD_OUTCOME_UNQUALIFIED), ==, "unqualified");
  g_assert_cmpstr (accord_outcome_get_name (ACCORD_OUTCOME_REASSIGN), ==, "reassign");
  g_assert_cmpstr (accord_outcome_get_name (ACCORD_OUTCOME_KEEP), ==, "keep");
  g_assert_cmpstr (accord_outcome_get_name (ACCORD_OUTCOME_DISMISS), ==, "dismiss");

  g_assert_true (accord_outcome_from_name ("Dismiss", &outcome));
  g_assert_cmpint (outcome, ==, ACCORD_OUTCOME_DISMISS);
  g_assert_true (accord_outcome_from_name ("reassign", &outcome));
  g_assert_cmpint (outcome, ==, ACCORD_OUTCOME_REASSIGN);
  g_assert_false (accord_outcome_from_name ("good fit", &outcome));
  g_assert_false (accord_outcome_from_name (NULL, &outcome));
  g_assert_cmpint (outcome, ==, ACCORD_OUTCOME_REASSIGN);
}

/* Adding, finding, the history of a lead, removing (undo). */
static void
test_add_find_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *record_id = g_strdup ("1001");
  g_autofree char *assignee = g_strdup ("Ben SDR");
  g_autofree char *note = g_strdup ("Call back after the fair");
  g_autofree char *decided_by = g_strdup ("Ada Chair");
  gint64 raised = accord_test_time (fixture->zone, "2024-10-21 13:00");
  gint64 decided_at = accord_test_time (fixture->zone, "2024-10-23 09:00");
  AccordDecision decision = {
    record_id, ACCORD_FLAG_LATE_FIRST_TOUCH, raised, ACCORD_OUTCOME_REASSIGN,
    assignee, note, decided_by, decided_at,
  };
  const AccordDecision *first, *found;

  g_assert_cmpuint (accord_decision_log_get_n_decisions (fixture->log), ==, 0);
  g_assert_null (accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised));

  /* 0: reassigned. The log keeps copies: the caller's strings change. */
  accord_decision_log_add (fixture->log, &decision);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  record_id[0] = 'X';
  assignee[0] = 'X';
  note[0] = 'X';
  decided_by[0] = 'X';
  first = accord_decision_log_get_decision (fixture->log, 0);
  g_assert_cmpstr (first->record_id, ==, "1001");
  g_assert_cmpint (first->flag, ==, ACCORD_FLAG_LATE_FIRST_TOUCH);
  g_assert_cmpint (first->raised, ==, raised);
  g_assert_cmpint (first->outcome, ==, ACCORD_OUTCOME_REASSIGN);
  g_assert_cmpstr (first->assignee, ==, "Ben SDR");
  g_assert_cmpstr (first->note, ==, "Call back after the fair");
  g_assert_cmpstr (first->decided_by, ==, "Ada Chair");
  g_assert_cmpint (first->decided_at, ==, decided_at);

  /* 1: another lead, kept; the assignee is kept only for a reassignment. */
  decide (fixture->log, "1002", ACCORD_FLAG_LATE_FIRST_TOUCH, raised, ACCORD_OUTCOME_KEEP,
          "Ben SDR", decided_at);
  g_assert_null (accord_decision_log_get_decision (fixture->log, 1)->assignee);
  g_assert_null (accord_decision_log_get_decision (fixture->log, 1)->note);
  /* 2: the same lead, another flag. */
  decide (fixture->log, "1001", ACCORD_FLAG_OUTSIDE_PROFILE, raised - 4 * HOUR,
          ACCORD_OUTCOME_DISMISS, NULL, decided_at);
  /* 3: the first flag decided again, later: this one counts. */
  decide (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised, ACCORD_OUTCOME_UNQUALIFIED,
          NULL, decided_at + HOUR);
  g_assert_cmpuint (fixture->n_changed, ==, 4);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (fixture->log), ==, 4);

  found = accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised);
  g_assert_true (found == accord_decision_log_get_decision (fixture->log, 3));
  g_assert_cmpint (found->outcome, ==, ACCORD_OUTCOME_UNQUALIFIED);
  /* A flag is known by record id, kind and moment: a second off, another
   * kind or another lead is undecided. */
  g_assert_null (accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised + 1));
  g_assert_null (accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_NO_DISPOSITION, raised));
  g_assert_null (accord_decision_log_find (fixture->log, "1003", ACCORD_FLAG_LATE_FIRST_TOUCH, raised));
  g_assert_null (accord_decision_log_find (fixture->log, NULL, ACCORD_FLAG_LATE_FIRST_TOUCH, raised));

  /* The history of 1001: decisions 0, 2 and 3, in the order added. */
  history = accord_decision_log_get_history (fixture->log, "1001");
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_true (g_ptr_array_index (history, 0) == accord_decision_log_get_decision (fixture->log, 0));
  g_assert_true (g_ptr_array_index (history, 1) == accord_decision_log_get_decision (fixture->log, 2));
  g_assert_true (g_ptr_array_index (history, 2) == accord_decision_log_get_decision (fixture->log, 3));
  none = accord_decision_log_get_history (fixture->log, "1003");
  g_assert_cmpuint (none->len, ==, 0);

  /* Undoing the latest makes the earlier decision on that flag count. */
  accord_decision_log_remove (fixture->log, 3);
  g_assert_cmpuint (fixture->n_changed, ==, 5);
  found = accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised);
  g_assert_true (found == accord_decision_log_get_decision (fixture->log, 0));
  g_assert_cmpint (found->outcome, ==, ACCORD_OUTCOME_REASSIGN);

  /* Removing an earlier decision leaves the latest in place. */
  decide (fixture->log, "1002", ACCORD_FLAG_LATE_FIRST_TOUCH, raised, ACCORD_OUTCOME_DISMISS,
          NULL, decided_at + HOUR);
  accord_decision_log_remove (fixture->log, 1);
  g_assert_cmpuint (fixture->n_changed, ==, 7);
  found = accord_decision_log_find (fixture->log, "1002", ACCORD_FLAG_LATE_FIRST_TOUCH, raised);
  g_assert_nonnull (found);
  g_assert_cmpint (found->outcome, ==, ACCORD_OUTCOME_DISMISS);

  /* Left: 0 (1001 late), 2 → 1 (1001 outside), 3 → 2 (1002 late). */
  g_assert_cmpuint (accord_decision_log_get_n_decisions (fixture->log), ==, 3);
  accord_decision_log_remove (fixture->log, 0);
  g_assert_null (accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_LATE_FIRST_TOUCH, raised));
  g_assert_nonnull (accord_decision_log_find (fixture->log, "1001", ACCORD_FLAG_OUTSIDE_PROFILE,
                                              raised - 4 * HOUR));
  g_assert_cmpuint (fixture->n_changed, ==, 8);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

/* Written as a list of objects, moments in UTC; read back the same. */
static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) offset_node = NULL;
  g_autoptr(AccordDecisionLog) read = NULL;
  g_autoptr(AccordDecisionLog) offset_read = NULL;
  g_autoptr(GError) error = NULL;
  AccordDecision reassigned = {
    "1001", ACCORD_FLAG_MISSING_ANUF, accord_test_time (fixture->zone, "2024-10-23 09:00"), ACCORD_OUTCOME_REASSIGN,
    "Ben SDR", "Has budget; “Need” confirmed by phone", "Ada Chair", accord_test_time (fixture->zone, "2024-10-24 16:30"),
  };
  JsonArray *array;
  JsonObject *object;

  accord_decision_log_add (fixture->log, &reassigned);
  /* Winter time: 2024-12-02 09:15 CET. */
  decide (fixture->log, "1002", ACCORD_FLAG_NO_DISPOSITION, accord_test_time (fixture->zone, "2024-12-02 09:15"),
          ACCORD_OUTCOME_UNQUALIFIED, NULL, accord_test_time (fixture->zone, "2024-12-02 10:00"));

  node = accord_decision_log_to_json_node (fixture->log);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);

  object = json_array_get_object_element (array, 0);
  g_assert_cmpuint (json_object_get_size (object), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (object, "record_id"), ==, "1001");
  g_assert_cmpstr (json_object_get_string_member (object, "flag"), ==, "missing_anuf");
  /* 09:00 CEST is 07:00 UTC; 16:30 CEST is 14:30 UTC. */
  g_assert_cmpstr (json_object_get_string_member (object, "raised"), ==, "2024-10-23T07:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "outcome"), ==, "reassign");
  g_assert_cmpstr (json_object_get_string_member (object, "assignee"), ==, "Ben SDR");
  g_assert_cmpstr (json_object_get_string_member (object, "note"), ==,
                   "Has budget; “Need” confirmed by phone");
  g_assert_cmpstr (json_object_get_string_member (object, "decided_by"), ==, "Ada Chair");
  g_assert_cmpstr (json_object_get_string_member (object, "decided_at"), ==, "2024-10-24T14:30:00Z");

  object = json_array_get_object_element (array, 1);
  /* 09:15 CET is 08:15 UTC. */
  g_assert_cmpstr (json_object_get_string_member (object, "raised"), ==, "2024-12-02T08:15:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "outcome"), ==, "unqualified");
  g_assert_true (json_object_get_null_member (object, "assignee"));
  g_assert_true (json_object_get_null_member (object, "note"));

  read = accord_decision_log_new_from_json_node (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accord_decision_log_get_n_decisions (read), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const AccordDecision *a = accord_decision_log_get_decision (fixture->log, i);
      const AccordDecision *b = accord_decision_log_get_decision (read, i);

      g_assert_cmpstr (a->record_id, ==, b->record_id);
      g_assert_cmpint (a->flag, ==, b->flag);
      g_assert_cmpint (a->raised, ==, b->raised);
      g_assert_cmpint (a->outcome, ==, b->outcome);
      g_assert_cmpstr (a->assignee, ==, b->assignee);
      g_assert_cmpstr (a->note, ==, b->note);
      g_assert_cmpstr (a->decided_by, ==, b->decided_by);
      g_assert_cmpint (a->decided_at, ==, b->decided_at);
    }
  g_assert_nonnull (accord_decision_log_find (read, "1002", ACCORD_FLAG_NO_DISPOSITION,
                                              accord_test_time (fixture->zone, "2024-12-02 09:15")));

  /* A moment written with another offset, and members that may be left
   * out (assignee and note), read as well: 09:00+02:00 is 09:00 CEST. */
  offset_node = parse ("[ { \"record_id\": \"7\", \"flag\": \"outside_profile\","
                       "    \"raised\": \"2024-10-23T09:00:00+02:00\", \"outcome\": \"keep\","
                       "    \"decided_by\": \"\", \"decided_at\": \"2024-10-23T08:00:00Z\" } ]");
  offset_read = accord_decision_log_new_from_json_node (offset_node, &error);
  g_assert_no_error (error);
  g_assert_cmpint (accord_decision_log_get_decision (offset_read, 0)->raised, ==,
                   accord_test_time (fixture->zone, "2024-10-23 09:00"));
  g_assert_cmpint (accord_decision_log_get_decision (offset_read, 0)->decided_at, ==,
                   accord_test_time (fixture->zone, "2024-10-23 10:00"));
  g_assert_null (accord_decision_log_get_decision (offset_read, 0)->note);
  g_assert_cmpstr (accord_decision_log_get_decision (offset_read, 0)->decided_by, ==, "");

  /* Reading emits nothing on the log read into. */
  g_assert_cmpuint (fixture->n_changed, ==, 2);
}

/* A valid entry, with one member replaced by @member: @value (or left out
 * when @value is NULL). */
static char *
make_entry (const char *member,
            const char *value)
{
  static const char * const members[][2] = {
    { "record_id", "\"1001\"" },
    { "flag", "\"late_first_touch\"" },
    { "raised", "\"2024-10-23T07:00:00Z\"" },
    { "outcome", "\"reassign\"" },
    { "assignee", "\"Ben SDR\"" },
    { "note", "null" },
    { "decided_by", "\"Ada Chair\"" },
    { "decided_at", "\"2024-10-24T14:30:00Z\"" },
  };
  GString *entry = g_string_new ("{");

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      const char *text = g_strcmp0 (members[i][0], member) == 0 ? value : members[i][1];

      if (text == NULL)
        continue;
      if (entry->len > 1)
        g_string_append_c (entry, ',');
      g_string_append_printf (entry, "\"%s\":%s", members[i][0], text);
    }
  g_string_append_c (entry, '}');

  return g_string_free (entry, FALSE);
}

static void
test_invalid (void)
{
  static const struct {
    const char *member;
    const char *value;
    const char *message;
  } cases[] = {
    { "record_id", NULL, "“decisions[1].record_id” must be a lead’s record id" },
    { "record_id", "\"\"", "“decisions[1].record_id” must be a lead’s record id" },
    { "record_id", "1001", "“decisions[1].record_id” must be a lead’s record id" },
    { "flag", NULL, "“decisions[1].flag” must be late_first_touch, under_worked, no_disposition, "
                    "outside_profile or missing_anuf" },
    { "flag", "\"late\"", "“decisions[1].flag” must be late_first_touch, under_worked, "
                          "no_disposition, outside_profile or missing_anuf" },
    { "raised", NULL, "“decisions[1].raised” must be a moment such as “2024-10-23T07:00:00Z”" },
    { "raised", "\"yesterday\"", "“decisions[1].raised” must be a moment such as “2024-10-23T07:00:00Z”" },
    /* Without its zone a moment is ambiguous. */
    { "raised", "\"2024-10-23T07:00:00\"", "“decisions[1].raised” must be a moment such as “2024-10-23T07:00:00Z”" },
    { "raised", "1729666800", "“decisions[1].raised” must be a moment such as “2024-10-23T07:00:00Z”" },
    /* An hour before 0001-01-01T00:00:00Z: UTC cannot write it. */
    { "raised", "\"0001-01-01T00:00:00+01:00\"", "“decisions[1].raised” must be a moment such as “2024-10-23T07:00:00Z”" },
    { "outcome", NULL, "“decisions[1].outcome” must be unqualified, reassign, keep or dismiss" },
    { "outcome", "\"good fit\"", "“decisions[1].outcome” must be unqualified, reassign, keep or dismiss" },
    { "assignee", NULL, "“decisions[1].assignee” must name the SDR the lead is reassigned to" },
    { "assignee", "null", "“decisions[1].assignee” must name the SDR the lead is reassigned to" },
    { "assignee", "\"\"", "“decisions[1].assignee” must name the SDR the lead is reassigned to" },
    { "assignee", "[\"Ben SDR\"]", "“decisions[1].assignee” must name the SDR the lead is reassigned to" },
    { "note", "42", "“decisions[1].note” must be a text or null" },
    { "decided_by", NULL, "“decisions[1].decided_by” must name who decided" },
    { "decided_by", "null", "“decisions[1].decided_by” must name who decided" },
    { "decided_by", "true", "“decisions[1].decided_by” must name who decided" },
    { "decided_at", NULL, "“decisions[1].decided_at” must be a moment such as “2024-10-23T07:00:00Z”" },
    { "decided_at", "\"2024-13-01T00:00:00Z\"", "“decisions[1].decided_at” must be a moment such as “2024-10-23T07:00:00Z”" },
  };
  static const struct {
    const char *json;
    const char *message;
  } shapes[] = {
    { "{}", "“decisions” must be a list" },
    { "\"decisions\"", "“decisions” must be a list" },
    { "[ 1 ]", "“decisions[0]” must be an object" },
    { "[ [] ]", "“decisions[0]” must be an object" },
    /* A kept lead carries no assignee. */
    { "[ { \"record_id\": \"1\", \"flag\": \"under_worked\", \"raised\": \"2024-10-23T07:00:00Z\","
      "    \"outcome\": \"keep\", \"assignee\": \"Ben SDR\", \"decided_by\": \"Ada\","
      "    \"decided_at\": \"2024-10-23T07:00:00Z\" } ]",
      "“decisions[0].assignee” must be null unless the lead is reassigned" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *valid = make_entry (NULL, NULL);
      g_autofree char *entry = make_entry (cases[i].member, cases[i].value);
      g_autofree char *json = g_strdup_printf ("[%s,%s]", valid, entry);
      g_autoptr(JsonNode) node = parse (json);
      g_autoptr(GError) error = NULL;
      g_autoptr(AccordDecisionLog) log = accord_decision_log_new_from_json_node (node, &error);

      g_test_message ("%s", json);
      g_assert_null (log);
      g_assert_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(JsonNode) node = parse (shapes[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(AccordDecisionLog) log = accord_decision_log_new_from_json_node (node, &error);

      g_test_message ("%s", shapes[i].json);
      g_assert_null (log);
      g_assert_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, shapes[i].message);
    }

  /* The entry the cases start from is itself valid, so each case fails
   * for its member alone. */
  {
    g_autofree char *valid = make_entry (NULL, NULL);
    g_autofree char *json = g_strdup_printf ("[%s]", valid);
    g_autoptr(JsonNode) node = parse (json);
    g_autoptr(GError) error = NULL;
    g_autoptr(AccordDecisionLog) log = accord_decision_log_new_from_json_node (node, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (accord_decision_log_get_n_decisions (log), ==, 1);
  }
}

/* DESIGN §3: the queue holds the flags raised in (D − window, D], decided
 * or not, and the earlier ones still undecided. D is Wednesday 2024-10-23
 * 12:00 CEST; the window a week, from 2024-10-16 12:00 (excluded). */
static void
test_queue_window (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) everything = NULL;
  g_autoptr(GArray) undecided = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  gint64 start = accord_test_time (fixture->zone, "2024-10-16 12:00");
  gint64 month_ago = accord_test_time (fixture->zone, "2024-09-23 12:00");
  gint64 decided_at = accord_test_time (fixture->zone, "2024-10-23 11:00");

  g_assert_cmpint (as_of - start, ==, WEEK);

  /* Outside-profile flags, raised at the MQL dates. */
  add_outside_lead (fixture->store, "r0", start);          /* decided, exactly D − week: out */
  add_outside_lead (fixture->store, "r1", start + 1);      /* decided, a second later: in */
  add_outside_lead (fixture->store, "r2", as_of);          /* decided, at D: in */
  add_outside_lead (fixture->store, "r3", start);          /* undecided, D − week: in, as earlier */
  add_outside_lead (fixture->store, "r4", as_of + 1);      /* an MQL only after D: no flag */
  add_outside_lead (fixture->store, "r5", month_ago);      /* undecided, a month old: in */
  add_outside_lead (fixture->store, "r6", month_ago);      /* decided, a month old: out */

  decide (fixture->log, "r0", ACCORD_FLAG_OUTSIDE_PROFILE, start, ACCORD_OUTCOME_UNQUALIFIED, NULL, decided_at);
  decide (fixture->log, "r1", ACCORD_FLAG_OUTSIDE_PROFILE, start + 1, ACCORD_OUTCOME_KEEP, NULL, decided_at);
  decide (fixture->log, "r2", ACCORD_FLAG_OUTSIDE_PROFILE, as_of, ACCORD_OUTCOME_DISMISS, NULL, decided_at);
  decide (fixture->log, "r6", ACCORD_FLAG_OUTSIDE_PROFILE, month_ago, ACCORD_OUTCOME_UNQUALIFIED, NULL, decided_at);
  /* A decision on r4's flag before it exists changes nothing. */
  decide (fixture->log, "r4", ACCORD_FLAG_OUTSIDE_PROFILE, as_of + 1, ACCORD_OUTCOME_DISMISS, NULL, decided_at);

  /* The most overdue first: r5 (09-23), r3 (10-16 12:00:00), r1
   * (12:00:01), r2 (10-23 12:00). */
  queue = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (queue->len, ==, 4);
  assert_item (queue, 0, 5, ACCORD_FLAG_OUTSIDE_PROFILE, month_ago, NULL);
  assert_item (queue, 1, 3, ACCORD_FLAG_OUTSIDE_PROFILE, start, NULL);
  assert_item (queue, 2, 1, ACCORD_FLAG_OUTSIDE_PROFILE, start + 1,
               accord_decision_log_get_decision (fixture->log, 1));
  assert_item (queue, 3, 2, ACCORD_FLAG_OUTSIDE_PROFILE, as_of,
               accord_decision_log_get_decision (fixture->log, 2));

  /* Without decisions, every flag raised by D: r0, r3 (same moment, by
   * lead), r1, r2, and r5, r6 first. */
  everything = accord_review_queue (fixture->store, fixture->agreement, NULL, as_of, WEEK);
  g_assert_cmpuint (everything->len, ==, 6);
  assert_item (everything, 0, 5, ACCORD_FLAG_OUTSIDE_PROFILE, month_ago, NULL);
  assert_item (everything, 1, 6, ACCORD_FLAG_OUTSIDE_PROFILE, month_ago, NULL);
  assert_item (everything, 2, 0, ACCORD_FLAG_OUTSIDE_PROFILE, start, NULL);
  assert_item (everything, 3, 3, ACCORD_FLAG_OUTSIDE_PROFILE, start, NULL);

  /* Without a window, only what is undecided: r5 and r3. */
  undecided = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, 0);
  g_assert_cmpuint (undecided->len, ==, 2);
  assert_item (undecided, 0, 5, ACCORD_FLAG_OUTSIDE_PROFILE, month_ago, NULL);
  assert_item (undecided, 1, 3, ACCORD_FLAG_OUTSIDE_PROFILE, start, NULL);
}

/* A lead decided for one flag and flagged again, for another reason or
 * anew, is back in the queue undecided, with its history. */
static void
test_queue_flagged_again (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GPtrArray) history0 = NULL;
  g_autoptr(GPtrArray) history1 = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  AccordLead *lead;

  /* 0: Low (48 h, 3 touches, 30 days), MQL 2024-09-20 10:00 CEST,
   * touched on 09-23 10:00 (72 h): late, raised at 09-22 10:00; the
   * committee kept it. Touched once in all, neither SQL nor closed: at
   * the end of its timeframe, 2024-10-20 10:00 (30 × 24 h, no clock
   * change), under-worked and no disposition, inside the window. */
  lead = add_lead (fixture->store, "r0", ACCORD_TIER_LOW, accord_test_time (fixture->zone, "2024-09-20 10:00"));
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-09-23 10:00");
  lead->touches = 1;
  decide (fixture->log, "r0", ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-09-22 10:00"),
          ACCORD_OUTCOME_KEEP, NULL, accord_test_time (fixture->zone, "2024-09-25 09:00"));

  /* 1: judged outside the profile at its MQL date 2024-09-02 09:00; this
   * week's export has it an MQL again on 2024-10-01 09:00 (outside the
   * window): the same kind of flag, raised at another moment. */
  decide (fixture->log, "r1", ACCORD_FLAG_OUTSIDE_PROFILE, accord_test_time (fixture->zone, "2024-09-02 09:00"),
          ACCORD_OUTCOME_UNQUALIFIED, NULL, accord_test_time (fixture->zone, "2024-09-04 09:00"));
  add_outside_lead (fixture->store, "r1", accord_test_time (fixture->zone, "2024-10-01 09:00"));

  /* The late touch of 0 is decided and out of the window: gone. Left, by
   * moment: 1's new flag (10-01), then 0's two (10-20), by kind. */
  queue = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (queue->len, ==, 3);
  assert_item (queue, 0, 1, ACCORD_FLAG_OUTSIDE_PROFILE, accord_test_time (fixture->zone, "2024-10-01 09:00"), NULL);
  assert_item (queue, 1, 0, ACCORD_FLAG_UNDER_WORKED, accord_test_time (fixture->zone, "2024-10-20 10:00"), NULL);
  assert_item (queue, 2, 0, ACCORD_FLAG_NO_DISPOSITION, accord_test_time (fixture->zone, "2024-10-20 10:00"), NULL);

  /* Their histories show what was decided before. */
  history0 = accord_decision_log_get_history (fixture->log, "r0");
  g_assert_cmpuint (history0->len, ==, 1);
  g_assert_cmpint (((const AccordDecision *) g_ptr_array_index (history0, 0))->outcome, ==,
                   ACCORD_OUTCOME_KEEP);
  history1 = accord_decision_log_get_history (fixture->log, "r1");
  g_assert_cmpuint (history1->len, ==, 1);
  g_assert_cmpint (((const AccordDecision *) g_ptr_array_index (history1, 0))->outcome, ==,
                   ACCORD_OUTCOME_UNQUALIFIED);
}

/* A lead without a record id cannot be decided, but is listed. */
static void
test_queue_no_record_id (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GArray) queue = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  gint64 old = accord_test_time (fixture->zone, "2024-10-01 09:00");
  gint64 recent = accord_test_time (fixture->zone, "2024-10-22 09:00");

  add_outside_lead (fixture->store, NULL, old);
  add_outside_lead (fixture->store, NULL, recent);
  /* An empty record id is none. */
  add_outside_lead (fixture->store, "", recent);

  queue = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (queue->len, ==, 3);
  assert_item (queue, 0, 0, ACCORD_FLAG_OUTSIDE_PROFILE, old, NULL);
  assert_item (queue, 1, 1, ACCORD_FLAG_OUTSIDE_PROFILE, recent, NULL);
  assert_item (queue, 2, 2, ACCORD_FLAG_OUTSIDE_PROFILE, recent, NULL);
}

/* The most overdue first, whatever the order of the leads: by the moment
 * raised, then lead, then kind. */
static void
test_queue_order (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) queue = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  AccordLead *lead;

  /* 0: High, MQL 10-22 08:00, never touched: late at 12:00 (4 h). */
  add_lead (fixture->store, "a", ACCORD_TIER_HIGH, accord_test_time (fixture->zone, "2024-10-22 08:00"));
  /* 1: High, outside the profile, MQL 10-21 10:00, touched at 15:00: outside
   * profile at 10:00, late at 14:00. */
  lead = add_lead (fixture->store, "b", ACCORD_TIER_HIGH, accord_test_time (fixture->zone, "2024-10-21 10:00"));
  lead->employees = 6000;
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-10-21 15:00");
  /* 2: Moderate (24 h), MQL 10-20 09:00, touched at once, SQL on 10-21
   * 11:00 with Need missing: missing ANUF at the SQL date. */
  lead = add_lead (fixture->store, "c", ACCORD_TIER_MODERATE, accord_test_time (fixture->zone, "2024-10-20 09:00"));
  lead->moments[ACCORD_MOMENT_FIRST_TOUCH] = accord_test_time (fixture->zone, "2024-10-20 09:00");
  lead->moments[ACCORD_MOMENT_SQL] = accord_test_time (fixture->zone, "2024-10-21 11:00");
  lead->anuf_known = ACCORD_ANUF_ALL;
  lead->anuf = ACCORD_ANUF_ALL & ~ACCORD_ANUF_NEED;

  queue = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (queue->len, ==, 4);
  assert_item (queue, 0, 1, ACCORD_FLAG_OUTSIDE_PROFILE, accord_test_time (fixture->zone, "2024-10-21 10:00"), NULL);
  assert_item (queue, 1, 2, ACCORD_FLAG_MISSING_ANUF, accord_test_time (fixture->zone, "2024-10-21 11:00"), NULL);
  assert_item (queue, 2, 1, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-10-21 14:00"), NULL);
  assert_item (queue, 3, 0, ACCORD_FLAG_LATE_FIRST_TOUCH, accord_test_time (fixture->zone, "2024-10-22 12:00"), NULL);
}

/* Next week's export has the same leads in another order, and more:
 * decisions still match, by record id. */
static void
test_queue_reimport (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AccordLeadStore) next = accord_lead_store_new ();
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) next_queue = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(AccordDecisionLog) saved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  gint64 next_as_of = as_of + WEEK;
  gint64 a_mql = accord_test_time (fixture->zone, "2024-10-21 09:00");
  gint64 b_mql = accord_test_time (fixture->zone, "2024-10-22 09:00");
  gint64 c_mql = accord_test_time (fixture->zone, "2024-10-10 09:00");
  gint64 x_mql = accord_test_time (fixture->zone, "2024-10-28 09:00");
  gint64 decided_at = accord_test_time (fixture->zone, "2024-10-23 11:00");
  const AccordDecision *a_decision, *c_decision;

  /* This week: a (in the window), b (in the window), c (older). */
  add_outside_lead (fixture->store, "a", a_mql);
  add_outside_lead (fixture->store, "b", b_mql);
  add_outside_lead (fixture->store, "c", c_mql);
  decide (fixture->log, "a", ACCORD_FLAG_OUTSIDE_PROFILE, a_mql, ACCORD_OUTCOME_REASSIGN,
          "Ben SDR", decided_at);
  decide (fixture->log, "c", ACCORD_FLAG_OUTSIDE_PROFILE, c_mql, ACCORD_OUTCOME_UNQUALIFIED,
          NULL, decided_at);

  queue = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (queue->len, ==, 2);
  assert_item (queue, 0, 0, ACCORD_FLAG_OUTSIDE_PROFILE, a_mql,
               accord_decision_log_get_decision (fixture->log, 0));
  assert_item (queue, 1, 1, ACCORD_FLAG_OUTSIDE_PROFILE, b_mql, NULL);

  /* The decisions go through the workspace's JSON. */
  node = accord_decision_log_to_json_node (fixture->log);
  saved = accord_decision_log_new_from_json_node (node, &error);
  g_assert_no_error (error);

  /* Next week, D is a week later: the clocks went back on 10-27, so
   * 10-23 12:00 CEST (10:00 UTC) + 7 × 24 h is 10-30 11:00 CET, the window
   * from 10-23 12:00 CEST (excluded). The export lists c, x, a, b, y. a's
   * flag is now out of the window and decided: gone; b still undecided;
   * c decided: gone; x new in the window; y has no MQL date. */
  g_assert_cmpint (next_as_of, ==, accord_test_time (fixture->zone, "2024-10-30 11:00"));
  add_outside_lead (next, "c", c_mql);
  add_outside_lead (next, "x", x_mql);
  add_outside_lead (next, "a", a_mql);
  add_outside_lead (next, "b", b_mql);
  add_outside_lead (next, "y", ACCORD_TIME_NONE);

  next_queue = accord_review_queue (next, fixture->agreement, saved, next_as_of, WEEK);
  g_assert_cmpuint (next_queue->len, ==, 2);
  assert_item (next_queue, 0, 3, ACCORD_FLAG_OUTSIDE_PROFILE, b_mql, NULL);
  assert_item (next_queue, 1, 1, ACCORD_FLAG_OUTSIDE_PROFILE, x_mql, NULL);

  /* With a longer window the decided ones show, with their decisions,
   * found at their new places: a at 2, c at 0. */
  g_clear_pointer (&next_queue, g_array_unref);
  next_queue = accord_review_queue (next, fixture->agreement, saved, next_as_of, 30 * DAY);
  g_assert_cmpuint (next_queue->len, ==, 4);
  c_decision = accord_decision_log_get_decision (saved, 1);
  a_decision = accord_decision_log_get_decision (saved, 0);
  g_assert_cmpstr (a_decision->assignee, ==, "Ben SDR");
  assert_item (next_queue, 0, 0, ACCORD_FLAG_OUTSIDE_PROFILE, c_mql, c_decision);
  assert_item (next_queue, 1, 2, ACCORD_FLAG_OUTSIDE_PROFILE, a_mql, a_decision);
  assert_item (next_queue, 2, 3, ACCORD_FLAG_OUTSIDE_PROFILE, b_mql, NULL);
  assert_item (next_queue, 3, 1, ACCORD_FLAG_OUTSIDE_PROFILE, x_mql, NULL);
}

/* With working hours, the queue's flags are raised when the working-time
 * clock says, and decisions match those moments. Monday to Friday 09:00
 * to 17:00 in Berlin. */
static void
test_queue_working_hours (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GArray) calendar = NULL;
  g_autoptr(GArray) working = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  AccordBusinessHours hours = { ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60, NULL, 0 };
  gint64 as_of = accord_test_time (fixture->zone, "2024-10-23 12:00");
  /* High (4 h), MQL on Friday 2024-10-18 at 16:00 CEST, never touched:
   * one working hour on Friday, three on Monday from 09:00, so due on
   * Monday 10-21 at 12:00; on the calendar at Friday 20:00. */
  gint64 working_due = accord_test_time (fixture->zone, "2024-10-21 12:00");
  gint64 calendar_due = accord_test_time (fixture->zone, "2024-10-18 20:00");

  g_assert_true (accord_agreement_set_business_hours (fixture->agreement, &hours));
  add_lead (fixture->store, "r0", ACCORD_TIER_HIGH, accord_test_time (fixture->zone, "2024-10-18 16:00"));
  decide (fixture->log, "r0", ACCORD_FLAG_LATE_FIRST_TOUCH, working_due, ACCORD_OUTCOME_KEEP,
          NULL, accord_test_time (fixture->zone, "2024-10-23 11:00"));

  working = accord_review_queue_in_zone (fixture->store, fixture->agreement, berlin,
                                         fixture->log, as_of, WEEK);
  g_assert_cmpuint (working->len, ==, 1);
  assert_item (working, 0, 0, ACCORD_FLAG_LATE_FIRST_TOUCH, working_due,
               accord_decision_log_get_decision (fixture->log, 0));

  /* Without the zone hours count on the calendar: another moment, which
   * the decision does not match. */
  calendar = accord_review_queue (fixture->store, fixture->agreement, fixture->log, as_of, WEEK);
  g_assert_cmpuint (calendar->len, ==, 1);
  assert_item (calendar, 0, 0, ACCORD_FLAG_LATE_FIRST_TOUCH, calendar_due, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/core/decision-log/outcome-names", test_outcome_names);
  ADD ("/core/decision-log/add-find-remove", test_add_find_remove);
  ADD ("/core/decision-log/json", test_json);
  g_test_add_func ("/core/decision-log/invalid", test_invalid);
  ADD ("/core/decision-log/queue-window", test_queue_window);
  ADD ("/core/decision-log/queue-flagged-again", test_queue_flagged_again);
  ADD ("/core/decision-log/queue-no-record-id", test_queue_no_record_id);
  ADD ("/core/decision-log/queue-order", test_queue_order);
  ADD ("/core/decision-log/queue-reimport", test_queue_reimport);
  ADD ("/core/decision-log/queue-working-hours", test_queue_working_hours);

#undef ADD

  return g_test_run ();
}
