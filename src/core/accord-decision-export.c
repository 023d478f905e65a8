/* accord-decision-export.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-decision-export"

#include "config.h"

#include "accord-csv-writer.h"
#include "accord-decision-export.h"

/* What each outcome becomes in the CRM (the default vocabularies of
 * reference/crm-exports.md §1.3 and §2.4):
 *
 * | outcome     | owner             | HubSpot Lead Status | Salesforce Status      |
 * |-------------|-------------------|---------------------|------------------------|
 * | reassign    | the assignee      | In Progress         | Working - Contacted    |
 * | keep        | the owner, as     | In Progress         | Working - Contacted    |
 * |             | imported          |                     |                        |
 * | unqualified | the owner, as     | Unqualified         | Closed - Not Converted |
 * |             | imported          |                     |                        |
 * | dismiss     | no row: the flag was no real problem, nothing changes      |
 *
 * A good fit, reassigned or kept, is to be worked now; an unqualified lead
 * goes back to marketing, closed without converting. Statuses are the
 * labels the CRMs export, which their importers match; portals and orgs
 * that renamed them edit the column before importing.
 *
 * The owner column holds what Accord knows: the owner as the export wrote
 * it, or the SDR's name from the agreement. HubSpot's export writes
 * "Contact owner" as the owner's name (crm-exports.md §1.2), and the file
 * gives it back in the same form (that its importer matches every name
 * was not verified here). Salesforce's OwnerId takes a user id, and its
 * Data Loader and Bulk API resolve a lookup only through a unique indexed
 * field (Owner.Email, Owner.Username, an external id); a user's name is
 * neither, so the column is honestly named "Owner Name", not OwnerId: the
 * admin maps it to OwnerId after looking the ids up, or to the org's
 * external id field when that holds the name. */
typedef struct
{
  const char *name;
  const char *header[3];
  const char *status[ACCORD_N_OUTCOMES];
} Shape;

static const Shape shapes[ACCORD_N_DECISION_EXPORT_FORMATS] = {
  [ACCORD_DECISION_EXPORT_HUBSPOT] = {
    "hubspot",
    { "Record ID", "Contact owner", "Lead Status" },
    {
      [ACCORD_OUTCOME_UNQUALIFIED] = "Unqualified",
      [ACCORD_OUTCOME_REASSIGN] = "In Progress",
      [ACCORD_OUTCOME_KEEP] = "In Progress",
    },
  },
  [ACCORD_DECISION_EXPORT_SALESFORCE] = {
    "salesforce",
    { "Id", "Owner Name", "Status" },
    {
      [ACCORD_OUTCOME_UNQUALIFIED] = "Closed - Not Converted",
      [ACCORD_OUTCOME_REASSIGN] = "Working - Contacted",
      [ACCORD_OUTCOME_KEEP] = "Working - Contacted",
    },
  },
};

/**
 * accord_decision_export_format_get_name:
 *
 * Returns: "hubspot" or "salesforce", as the command line writes them
 */
const char *
accord_decision_export_format_get_name (AccordDecisionExportFormat format)
{
  g_return_val_if_fail (format < ACCORD_N_DECISION_EXPORT_FORMATS, NULL);

  return shapes[format].name;
}

/**
 * accord_decision_export_format_from_name:
 * @format: (out): the format named @name
 *
 * Returns: %TRUE when @name is "hubspot" or "salesforce"
 */
gboolean
accord_decision_export_format_from_name (const char                 *name,
                                         AccordDecisionExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < ACCORD_N_DECISION_EXPORT_FORMATS; i++)
    {
      if (g_ascii_strcasecmp (name, shapes[i].name) == 0)
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Each lead's latest decision that changes something in the CRM, by
 * record id. A dismissal changes nothing, so it neither makes a row nor
 * undoes what another flag of the same lead decided. Of two decisions made
 * at the same second, the later in the log wins. */
static GHashTable *
find_latest_decisions (AccordDecisionLog *log)
{
  GHashTable *latest = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_decisions = accord_decision_log_get_n_decisions (log);

  for (guint i = 0; i < n_decisions; i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (log, i);
      const AccordDecision *previous;

      if (decision->outcome == ACCORD_OUTCOME_DISMISS)
        continue;

      previous = g_hash_table_lookup (latest, decision->record_id);
      if (previous == NULL || decision->decided_at >= previous->decided_at)
        g_hash_table_insert (latest, (gpointer) decision->record_id, (gpointer) decision);
    }

  return latest;
}

/**
 * accord_decision_export_csv:
 * @store: the imported leads: their record ids and current owners
 * @log: what the committee decided
 * @format: the CRM whose importer reads the file
 * @length: (out) (optional): the length of the CSV in bytes
 *
 * The decisions as a CSV for the CRM to re-import: a header, then one row
 * per lead of @store that has a decision, in the order of @store, with
 * its record id as imported, its owner and its status after its latest
 * decision (the table at the top of this file).
 *
 * The file is UTF-8 without a byte order mark (Salesforce's Data Loader
 * fails on the header when there is one; HubSpot takes UTF-8 as it is),
 * rows end in CRLF, and every cell goes through
 * accord_csv_writer_add_cell(), so that a name beginning with `=`, `+`,
 * `-` or `@` reaches a spreadsheet as text, never as a formula.
 *
 * Safe to call from a worker thread while nothing changes @store or @log.
 *
 * Returns: (transfer full): the CSV
 */
char *
accord_decision_export_csv (AccordLeadStore            *store,
                            AccordDecisionLog          *log,
                            AccordDecisionExportFormat  format,
                            gsize                      *length)
{
  g_autoptr(GHashTable) latest = NULL;
  const Shape *shape;
  const AccordLead *leads;
  guint n_leads;
  GString *out;
  AccordCsvWriter writer;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (log), NULL);
  g_return_val_if_fail (format < ACCORD_N_DECISION_EXPORT_FORMATS, NULL);

  shape = &shapes[format];
  latest = find_latest_decisions (log);
  leads = accord_lead_store_get_leads (store, &n_leads);
  out = g_string_new (NULL);

  accord_csv_writer_init (&writer, out);
  for (guint i = 0; i < G_N_ELEMENTS (shape->header); i++)
    accord_csv_writer_add_cell (&writer, shape->header[i]);
  accord_csv_writer_end_row (&writer);

  for (guint i = 0; i < n_leads; i++)
    {
      const AccordLead *lead = &leads[i];
      const AccordDecision *decision;
      const char *owner;

      if (lead->record_id == NULL)
        continue;
      decision = g_hash_table_lookup (latest, lead->record_id);
      if (decision == NULL)
        continue;

      owner = decision->outcome == ACCORD_OUTCOME_REASSIGN ? decision->assignee : lead->owner;

      accord_csv_writer_add_cell (&writer, lead->record_id);
      accord_csv_writer_add_cell (&writer, owner);
      accord_csv_writer_add_cell (&writer, shape->status[decision->outcome]);
      accord_csv_writer_end_row (&writer);

      /* A record id that two merged exports both hold makes one row. */
      g_hash_table_remove (latest, lead->record_id);
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}
