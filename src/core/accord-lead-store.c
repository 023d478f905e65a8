/* accord-lead-store.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-lead-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-lead-store.h"
#include "accord-lead-object.h"

struct _AccordLeadStore
{
  GObject       parent_instance;

  /* Plain structs in one array; their strings live in one chunk, the
   * repetitive ones (owners, sources, industries …) stored once. */
  GArray       *leads;
  GStringChunk *strings;
  gsize         string_bytes;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordLeadStore, accord_lead_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
accord_lead_store_get_item_type (GListModel *model)
{
  return ACCORD_TYPE_LEAD_OBJECT;
}

static guint
accord_lead_store_get_n_items (GListModel *model)
{
  return ACCORD_LEAD_STORE (model)->leads->len;
}

static gpointer
accord_lead_store_get_item (GListModel *model,
                            guint       position)
{
  AccordLeadStore *self = ACCORD_LEAD_STORE (model);

  if (position >= self->leads->len)
    return NULL;

  /* Items are made on demand: a store of a million leads holds no objects. */
  return accord_lead_object_new (self, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_lead_store_get_item_type;
  iface->get_n_items = accord_lead_store_get_n_items;
  iface->get_item = accord_lead_store_get_item;
}

static void
accord_lead_store_finalize (GObject *object)
{
  AccordLeadStore *self = ACCORD_LEAD_STORE (object);

  g_clear_pointer (&self->leads, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (accord_lead_store_parent_class)->finalize (object);
}

static void
accord_lead_store_class_init (AccordLeadStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_lead_store_finalize;
}

static void
accord_lead_store_init (AccordLeadStore *self)
{
  self->leads = g_array_new (FALSE, FALSE, sizeof (AccordLead));
  self->strings = g_string_chunk_new (64 * 1024);
}

/**
 * accord_lead_init:
 * @lead: a lead
 *
 * Sets every field of @lead to "missing".
 */
void
accord_lead_init (AccordLead *lead)
{
  memset (lead, 0, sizeof *lead);
  for (guint i = 0; i < ACCORD_N_MOMENTS; i++)
    lead->moments[i] = ACCORD_TIME_NONE;
  lead->annual_revenue = NAN;
  lead->amount = NAN;
  lead->score = NAN;
  lead->employees = -1;
  lead->touches = -1;
  lead->tier = ACCORD_TIER_UNKNOWN;
}

/**
 * accord_lead_store_new:
 *
 * Returns: (transfer full): an empty store
 */
AccordLeadStore *
accord_lead_store_new (void)
{
  return g_object_new (ACCORD_TYPE_LEAD_STORE, NULL);
}

guint
accord_lead_store_get_n_leads (AccordLeadStore *self)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), 0);

  return self->leads->len;
}

/**
 * accord_lead_store_get_lead:
 *
 * Returns: (transfer none): the lead at @position; valid until the store
 *   changes.
 */
const AccordLead *
accord_lead_store_get_lead (AccordLeadStore *self,
                            guint            position)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), NULL);
  g_return_val_if_fail (position < self->leads->len, NULL);

  return &g_array_index (self->leads, AccordLead, position);
}

/**
 * accord_lead_store_get_leads:
 * @n_leads: (out): how many leads there are
 *
 * Every lead at once, for passes over a million leads that cannot afford a
 * call per lead.
 *
 * Returns: (transfer none) (array length=n_leads) (nullable): the leads,
 *   valid until the store changes
 */
const AccordLead *
accord_lead_store_get_leads (AccordLeadStore *self,
                             guint           *n_leads)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), NULL);

  *n_leads = self->leads->len;
  return self->leads->len > 0 ? (const AccordLead *) self->leads->data : NULL;
}

/**
 * accord_lead_store_append:
 *
 * Adds a lead with every field missing, for an importer to fill. It emits
 * no signal: importers build a store of their own off the main thread and
 * hand it over whole.
 *
 * Returns: (transfer none): the new lead
 */
AccordLead *
accord_lead_store_append (AccordLeadStore *self)
{
  AccordLead *lead;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), NULL);

  g_array_set_size (self->leads, self->leads->len + 1);
  lead = &g_array_index (self->leads, AccordLead, self->leads->len - 1);
  accord_lead_init (lead);

  return lead;
}

/**
 * accord_lead_store_remove_last:
 *
 * Drops the lead added last, for an importer that finds a row unusable
 * after it began to fill it. Its strings stay in the store.
 */
void
accord_lead_store_remove_last (AccordLeadStore *self)
{
  g_return_if_fail (ACCORD_IS_LEAD_STORE (self));
  g_return_if_fail (self->leads->len > 0);

  g_array_set_size (self->leads, self->leads->len - 1);
}

/**
 * accord_lead_store_remove_many:
 * @positions: (array length=n_positions): the leads to drop, ascending
 *
 * Drops leads an importer found unusable once it had read them all, in
 * one pass. Their strings stay in the store; no signal is emitted.
 */
void
accord_lead_store_remove_many (AccordLeadStore *self,
                               const guint     *positions,
                               guint            n_positions)
{
  AccordLead *leads;
  guint kept = 0, next = 0;

  g_return_if_fail (ACCORD_IS_LEAD_STORE (self));

  leads = (AccordLead *) self->leads->data;
  for (guint i = 0; i < self->leads->len; i++)
    {
      if (next < n_positions && positions[next] == i)
        {
          next++;
          continue;
        }
      if (kept != i)
        leads[kept] = leads[i];
      kept++;
    }

  g_array_set_size (self->leads, kept);
}

/**
 * accord_lead_store_intern:
 * @text: (nullable): a value that repeats across leads (owner, source …)
 *
 * Returns: (transfer none) (nullable): the store's single copy of @text
 */
const char *
accord_lead_store_intern (AccordLeadStore *self,
                          const char      *text)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), NULL);

  if (text == NULL)
    return NULL;

  return g_string_chunk_insert_const (self->strings, text);
}

/**
 * accord_lead_store_add_text:
 * @text: (nullable): a value of one lead (name, e-mail, record id …)
 *
 * Returns: (transfer none) (nullable): the store's copy of @text
 */
const char *
accord_lead_store_add_text (AccordLeadStore *self,
                            const char      *text)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), NULL);

  if (text == NULL)
    return NULL;

  self->string_bytes += strlen (text) + 1;
  return g_string_chunk_insert (self->strings, text);
}

static const char *
merge_text (AccordLeadStore *self,
            const char      *mine,
            const char      *theirs,
            gboolean         repetitive)
{
  if (mine != NULL || theirs == NULL)
    return mine;

  return repetitive ? accord_lead_store_intern (self, theirs)
                    : accord_lead_store_add_text (self, theirs);
}

/* Fills what @lead lacks from @other: a second export (deals, say) adds to
 * the leads of the first, it never overwrites them. */
static void
merge_lead (AccordLeadStore  *self,
            AccordLead       *lead,
            const AccordLead *other)
{
  lead->record_id = merge_text (self, lead->record_id, other->record_id, FALSE);
  lead->first_name = merge_text (self, lead->first_name, other->first_name, FALSE);
  lead->last_name = merge_text (self, lead->last_name, other->last_name, FALSE);
  lead->email = merge_text (self, lead->email, other->email, FALSE);
  lead->company = merge_text (self, lead->company, other->company, TRUE);
  lead->industry = merge_text (self, lead->industry, other->industry, TRUE);
  lead->owner = merge_text (self, lead->owner, other->owner, TRUE);
  lead->source = merge_text (self, lead->source, other->source, TRUE);
  lead->stage = merge_text (self, lead->stage, other->stage, TRUE);
  lead->status = merge_text (self, lead->status, other->status, TRUE);

  for (guint i = 0; i < ACCORD_N_MOMENTS; i++)
    if (lead->moments[i] == ACCORD_TIME_NONE)
      lead->moments[i] = other->moments[i];

  if (isnan (lead->annual_revenue))
    lead->annual_revenue = other->annual_revenue;
  if (isnan (lead->amount))
    lead->amount = other->amount;
  if (isnan (lead->score))
    lead->score = other->score;
  if (lead->employees < 0)
    lead->employees = other->employees;
  if (lead->touches < 0)
    lead->touches = other->touches;
  if (lead->tier == ACCORD_TIER_UNKNOWN)
    lead->tier = other->tier;

  lead->anuf |= other->anuf & ~lead->anuf_known;
  lead->anuf_known |= other->anuf_known;
}

/**
 * accord_lead_store_merge:
 * @other: the leads of another export
 *
 * Adds the leads of @other. A lead whose record id is already in the store
 * completes that lead instead of adding a second one.
 */
void
accord_lead_store_merge (AccordLeadStore *self,
                         AccordLeadStore *other)
{
  g_autoptr(GHashTable) by_record_id = NULL;
  guint old_len;

  g_return_if_fail (ACCORD_IS_LEAD_STORE (self));
  g_return_if_fail (ACCORD_IS_LEAD_STORE (other));

  old_len = self->leads->len;
  by_record_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < old_len; i++)
    {
      const AccordLead *lead = &g_array_index (self->leads, AccordLead, i);

      if (lead->record_id != NULL)
        g_hash_table_insert (by_record_id, (gpointer) lead->record_id, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < other->leads->len; i++)
    {
      const AccordLead *theirs = &g_array_index (other->leads, AccordLead, i);
      guint found = 0;
      AccordLead *lead;

      if (theirs->record_id != NULL)
        found = GPOINTER_TO_UINT (g_hash_table_lookup (by_record_id, theirs->record_id));

      if (found != 0)
        {
          lead = &g_array_index (self->leads, AccordLead, found - 1);
          merge_lead (self, lead, theirs);
          continue;
        }

      lead = accord_lead_store_append (self);
      merge_lead (self, lead, theirs);
      if (lead->record_id != NULL)
        g_hash_table_insert (by_record_id, (gpointer) lead->record_id,
                             GUINT_TO_POINTER (self->leads->len));
    }

  if (old_len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, old_len);
  if (self->leads->len > old_len)
    g_list_model_items_changed (G_LIST_MODEL (self), old_len, 0, self->leads->len - old_len);
}

/**
 * accord_lead_store_get_latest:
 *
 * Returns: the latest moment of any lead, the default "now" of the
 *   figures (DESIGN §6), or %ACCORD_TIME_NONE for an empty store.
 */
gint64
accord_lead_store_get_latest (AccordLeadStore *self)
{
  gint64 latest = ACCORD_TIME_NONE;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), ACCORD_TIME_NONE);

  for (guint i = 0; i < self->leads->len; i++)
    {
      const AccordLead *lead = &g_array_index (self->leads, AccordLead, i);

      for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
        latest = MAX (latest, lead->moments[m]);
    }

  return latest;
}

/**
 * accord_lead_store_get_memory:
 *
 * Returns: about how many bytes the leads and their strings take.
 */
gsize
accord_lead_store_get_memory (AccordLeadStore *self)
{
  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (self), 0);

  return (gsize) self->leads->len * sizeof (AccordLead) + self->string_bytes;
}
