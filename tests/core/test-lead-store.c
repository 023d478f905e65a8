/* test-lead-store.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "accord-lead-object.h"
#include "accord-lead-store.h"

/* Records items-changed as text, the way GTK's list model tests do. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *changes)
{
  if (changes->len > 0)
    g_string_append (changes, ", ");
  g_string_append_printf (changes, "%u-%u+%u", position, removed, added);
}

static AccordLead *
add_lead (AccordLeadStore *store,
          const char      *record_id,
          const char      *owner,
          gint64           created)
{
  AccordLead *lead = accord_lead_store_append (store);

  lead->record_id = accord_lead_store_add_text (store, record_id);
  lead->owner = accord_lead_store_intern (store, owner);
  lead->moments[ACCORD_MOMENT_CREATED] = created;
  return lead;
}

static void
test_empty_lead (void)
{
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  AccordLead *lead = accord_lead_store_append (store);

  g_assert_null (lead->record_id);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_MQL], ==, ACCORD_TIME_NONE);
  g_assert_true (isnan (lead->amount));
  g_assert_cmpint (lead->employees, ==, -1);
  g_assert_cmpint (lead->touches, ==, -1);
  g_assert_cmpint (lead->tier, ==, ACCORD_TIER_UNKNOWN);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 1);

  accord_lead_store_remove_last (store);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 0);
  g_assert_cmpint (accord_lead_store_get_latest (store), ==, ACCORD_TIME_NONE);
}

static void
test_strings (void)
{
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  char owner[] = "Ana Silva";
  const char *first = accord_lead_store_intern (store, owner);
  const char *second = accord_lead_store_intern (store, "Ana Silva");
  const char *text = accord_lead_store_add_text (store, "51234567890123456");

  /* Interned values are stored once, and are copies. */
  g_assert_true (first == second);
  g_assert_true (first != owner);
  g_assert_cmpstr (first, ==, "Ana Silva");
  g_assert_cmpstr (text, ==, "51234567890123456");
  g_assert_null (accord_lead_store_intern (store, NULL));
  g_assert_null (accord_lead_store_add_text (store, NULL));
}

static void
test_list_model (void)
{
  g_autoptr(AccordLeadStore) store = accord_lead_store_new ();
  g_autoptr(AccordLeadObject) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *owner = NULL;
  AccordLead *lead;

  add_lead (store, "1", "Ana Silva", 100);
  lead = add_lead (store, "2", "Ben Okafor", 300);
  lead->first_name = accord_lead_store_add_text (store, "Zoë");
  lead->last_name = accord_lead_store_add_text (store, "Müller");
  lead->moments[ACCORD_MOMENT_SQL] = 500;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == ACCORD_TYPE_LEAD_OBJECT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (store), 2));

  item = g_list_model_get_item (G_LIST_MODEL (store), 1);
  g_assert_cmpuint (accord_lead_object_get_position (item), ==, 1);
  g_assert_true (accord_lead_object_get_store (item) == store);
  g_assert_cmpstr (accord_lead_object_get_record_id (item), ==, "2");
  g_object_get (item, "name", &name, "owner", &owner, NULL);
  g_assert_cmpstr (name, ==, "Zoë Müller");
  g_assert_cmpstr (owner, ==, "Ben Okafor");

  /* The latest moment of any lead: the SQL at 500. */
  g_assert_cmpint (accord_lead_store_get_latest (store), ==, 500);

  g_assert_finalize_object (g_steal_pointer (&item));
}

static void
test_merge (void)
{
  g_autoptr(AccordLeadStore) contacts = accord_lead_store_new ();
  g_autoptr(AccordLeadStore) deals = accord_lead_store_new ();
  g_autoptr(GString) changes = g_string_new (NULL);
  const AccordLead *merged;
  AccordLead *lead;

  lead = add_lead (contacts, "1", "Ana Silva", 100);
  lead->amount = 10;
  add_lead (contacts, "2", "Ben Okafor", 200);
  lead = add_lead (contacts, NULL, "Chloé Martin", 250);
  lead->email = accord_lead_store_add_text (contacts, "c@example.com");

  /* Record 2 again, with what the contacts lacked and a different owner. */
  lead = add_lead (deals, "2", "Grace Liu", 999);
  lead->amount = 5000;
  lead->moments[ACCORD_MOMENT_CUSTOMER] = 700;
  lead->anuf_known = ACCORD_ANUF_NEED;
  lead->anuf = ACCORD_ANUF_NEED;
  /* A new record, and one without a record id: both added. */
  add_lead (deals, "3", "Grace Liu", 300);
  add_lead (deals, NULL, "Hiro Tanaka", 400);

  g_signal_connect (contacts, "items-changed", G_CALLBACK (items_changed_cb), changes);
  accord_lead_store_merge (contacts, deals);

  /* The three existing leads may have changed; two were added. */
  g_assert_cmpstr (changes->str, ==, "0-3+3, 3-0+2");
  g_assert_cmpuint (accord_lead_store_get_n_leads (contacts), ==, 5);

  merged = accord_lead_store_get_lead (contacts, 1);
  g_assert_cmpstr (merged->record_id, ==, "2");
  /* What the contacts had stays; what they lacked comes from the deals. */
  g_assert_cmpstr (merged->owner, ==, "Ben Okafor");
  g_assert_cmpint (merged->moments[ACCORD_MOMENT_CREATED], ==, 200);
  g_assert_cmpint (merged->moments[ACCORD_MOMENT_CUSTOMER], ==, 700);
  g_assert_cmpfloat (merged->amount, ==, 5000);
  g_assert_cmpint (merged->anuf_known, ==, ACCORD_ANUF_NEED);
  g_assert_cmpint (merged->anuf, ==, ACCORD_ANUF_NEED);

  g_assert_cmpfloat (accord_lead_store_get_lead (contacts, 0)->amount, ==, 10);
  g_assert_cmpstr (accord_lead_store_get_lead (contacts, 3)->record_id, ==, "3");
  g_assert_null (accord_lead_store_get_lead (contacts, 4)->record_id);
  g_assert_cmpstr (accord_lead_store_get_lead (contacts, 4)->owner, ==, "Hiro Tanaka");

  /* Strings now belong to the merged store: the deals can go. */
  g_assert_finalize_object (g_steal_pointer (&deals));
  g_assert_cmpstr (accord_lead_store_get_lead (contacts, 3)->owner, ==, "Grace Liu");
  g_signal_handlers_disconnect_by_func (contacts, items_changed_cb, changes);
  g_assert_finalize_object (g_steal_pointer (&contacts));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/lead-store/empty-lead", test_empty_lead);
  g_test_add_func ("/core/lead-store/strings", test_strings);
  g_test_add_func ("/core/lead-store/list-model", test_list_model);
  g_test_add_func ("/core/lead-store/merge", test_merge);

  return g_test_run ();
}
