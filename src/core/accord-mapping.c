/* accord-mapping.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-mapping"

#include "config.h"

#include "accord-mapping.h"
#include "accord-json-reader.h"

#include <string.h>

#include <glib/gi18n.h>

/* A mapping file is a few hundred bytes; anything bigger is the wrong file. */
#define MAX_MAPPING_SIZE (1024 * 1024)

/* Detection: this much signature weight makes a preset certain. */
#define CERTAIN_STRENGTH 3.0

#define MAX_CANDIDATES 12

struct _AccordMapping
{
  GObject  parent_instance;

  char    *columns[ACCORD_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (AccordMapping, accord_mapping, G_TYPE_OBJECT)

G_DEFINE_QUARK (accord-mapping-error-quark, accord_mapping_error)

/* The header names a preset looks for, per field, best first. */
typedef struct
{
  AccordField  field;
  const char  *names[MAX_CANDIDATES];
} PresetField;

/* DESIGN §2: every preset recognises these tier columns. */
#define TIER_NAMES "Lead Quality", "Lead Tier", "Lead Rating", "Rating"

/* HubSpot exports carry property labels, older or newer ones
 * (reference/crm-exports.md §1.2, §1.4); the API and JSON pages carry
 * internal names, listed after the labels. */
static const PresetField hubspot_fields[] = {
  { ACCORD_FIELD_RECORD_ID, { "Record ID", "Contact ID", "VID", "hs_object_id" } },
  { ACCORD_FIELD_FIRST_NAME, { "First Name", "firstname" } },
  { ACCORD_FIELD_LAST_NAME, { "Last Name", "lastname" } },
  { ACCORD_FIELD_EMAIL, { "Email" } },
  /* Deal exports name the company only as an association. */
  { ACCORD_FIELD_COMPANY, { "Company Name", "Company", "Associated Company" } },
  { ACCORD_FIELD_INDUSTRY, { "Industry" } },
  { ACCORD_FIELD_EMPLOYEES, { "Number of Employees", "numemployees" } },
  { ACCORD_FIELD_ANNUAL_REVENUE, { "Annual Revenue", "annualrevenue" } },
  { ACCORD_FIELD_OWNER, { "Contact owner", "Deal owner", "Owner", "HubSpot Owner",
                          "hubspot_owner_id" } },
  { ACCORD_FIELD_SOURCE, { "Original Source", "Original Traffic Source", "Lead Source",
                           "hs_analytics_source" } },
  { ACCORD_FIELD_TIER, { TIER_NAMES, "Contact priority" } },
  { ACCORD_FIELD_SCORE, { "HubSpot Score", "Lead Score", "hubspotscore" } },
  { ACCORD_FIELD_CREATED, { "Create Date", "createdate" } },
  /* Portals since 2025 may export only the "Date entered" columns; their
   * header text includes the double quotes. */
  { ACCORD_FIELD_MQL_DATE, { "Became a Marketing Qualified Lead Date",
                             "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"",
                             "hs_lifecyclestage_marketingqualifiedlead_date",
                             "hs_v2_date_entered_marketingqualifiedlead" } },
  { ACCORD_FIELD_SQL_DATE, { "Became a Sales Qualified Lead Date",
                             "Date entered \"Sales Qualified Lead (Lifecycle Stage Pipeline)\"",
                             "hs_lifecyclestage_salesqualifiedlead_date",
                             "hs_v2_date_entered_salesqualifiedlead" } },
  { ACCORD_FIELD_OPPORTUNITY_DATE, { "Became an Opportunity Date",
                                     "Date entered \"Opportunity (Lifecycle Stage Pipeline)\"",
                                     "hs_lifecyclestage_opportunity_date",
                                     "hs_v2_date_entered_opportunity" } },
  /* On contacts "Close Date" is when the contact became a customer; on
   * deals the stage decides between won and lost (DESIGN §2). */
  { ACCORD_FIELD_CUSTOMER_DATE, { "Became a Customer Date",
                                  "Date entered \"Customer (Lifecycle Stage Pipeline)\"",
                                  "Close Date",
                                  "hs_lifecyclestage_customer_date",
                                  "hs_v2_date_entered_customer",
                                  "closedate" } },
  { ACCORD_FIELD_FIRST_TOUCH, { "First outreach date", "Date of first engagement",
                                "hs_first_outreach_date", "hs_sa_first_engagement_date" } },
  { ACCORD_FIELD_LAST_TOUCH, { "Last Contacted", "Last Activity Date",
                               "notes_last_contacted", "notes_last_updated" } },
  { ACCORD_FIELD_TOUCHES, { "Number of Sales Activities", "Number of times contacted",
                            "num_notes", "num_contacted_notes" } },
  /* No closed date: the "Other" lifecycle stage is not reliably a
   * disqualification (portals relabel it "Other / Personal"), and a wrong
   * closed date would take leads out of the MQL pool (DESIGN §2). */
  { ACCORD_FIELD_AMOUNT, { "Amount", "Amount in company currency",
                           "amount_in_home_currency" } },
  { ACCORD_FIELD_STAGE, { "Deal Stage", "Lifecycle Stage", "dealstage", "lifecyclestage" } },
  { ACCORD_FIELD_STATUS, { "Lead Status", "hs_lead_status" } },
};

/* Salesforce: API names (Data Loader, Bulk API, JSON; any case) and
 * report labels (reference/crm-exports.md §2). */
static const PresetField salesforce_fields[] = {
  { ACCORD_FIELD_RECORD_ID, { "Id", "Lead ID", "Opportunity ID", "Contact ID" } },
  { ACCORD_FIELD_FIRST_NAME, { "FirstName", "First Name" } },
  { ACCORD_FIELD_LAST_NAME, { "LastName", "Last Name" } },
  { ACCORD_FIELD_EMAIL, { "Email" } },
  { ACCORD_FIELD_COMPANY, { "Company", "Company / Account", "Account.Name", "Account Name",
                            "Account" } },
  { ACCORD_FIELD_INDUSTRY, { "Industry" } },
  { ACCORD_FIELD_EMPLOYEES, { "NumberOfEmployees", "No. of Employees", "Employees" } },
  { ACCORD_FIELD_ANNUAL_REVENUE, { "AnnualRevenue", "Annual Revenue" } },
  /* A name before the bare user id. */
  { ACCORD_FIELD_OWNER, { "Owner.Name", "Owner Name", "Lead Owner", "Opportunity Owner",
                          "Contact Owner", "Owner", "OwnerId" } },
  { ACCORD_FIELD_SOURCE, { "LeadSource", "Lead Source" } },
  { ACCORD_FIELD_TIER, { TIER_NAMES } },
  { ACCORD_FIELD_SCORE, { "Lead Score" } },
  { ACCORD_FIELD_CREATED, { "CreatedDate", "Created Date" } },
  { ACCORD_FIELD_MQL_DATE, { "MQL_Date__c", "MQL Date" } },
  /* A converted lead is one sales accepted, so its conversion is the
   * SQL moment, unless the org keeps its own SQL date. */
  { ACCORD_FIELD_SQL_DATE, { "SQL_Date__c", "SQL Date", "ConvertedDate", "Converted Date" } },
  { ACCORD_FIELD_CUSTOMER_DATE, { "CloseDate", "Close Date" } },
  { ACCORD_FIELD_FIRST_TOUCH, { "FirstCallDateTime", "FirstEmailDateTime" } },
  { ACCORD_FIELD_LAST_TOUCH, { "LastActivityDate", "Last Activity" } },
  { ACCORD_FIELD_AMOUNT, { "Amount" } },
  { ACCORD_FIELD_STAGE, { "StageName", "Stage" } },
  { ACCORD_FIELD_STATUS, { "Status", "Lead Status" } },
};

/* Pipedrive: "<Entity> - <label>" (reference/crm-exports.md §3); custom
 * fields appear with the entity prefix too. */
static const PresetField pipedrive_fields[] = {
  { ACCORD_FIELD_RECORD_ID, { "Deal - ID", "Lead - ID", "Person - ID" } },
  { ACCORD_FIELD_FIRST_NAME, { "Person - First name" } },
  /* Exports usually have only the person's full name; it goes into the
   * last name, which every CRM requires and which alone still reads as
   * the lead's name. */
  { ACCORD_FIELD_LAST_NAME, { "Person - Last name", "Person - Name", "Deal - Contact person",
                              "Lead - Contact person" } },
  { ACCORD_FIELD_EMAIL, { "Person - Email", "Person - Email - Work" } },
  { ACCORD_FIELD_COMPANY, { "Deal - Organization", "Lead - Organization",
                            "Organization - Name", "Person - Organization" } },
  { ACCORD_FIELD_INDUSTRY, { "Organization - Industry", "Industry" } },
  { ACCORD_FIELD_EMPLOYEES, { "Organization - Number of employees" } },
  { ACCORD_FIELD_ANNUAL_REVENUE, { "Organization - Annual revenue" } },
  { ACCORD_FIELD_OWNER, { "Deal - Owner", "Lead - Owner", "Person - Owner" } },
  { ACCORD_FIELD_SOURCE, { "Deal - Source", "Lead - Source" } },
  { ACCORD_FIELD_TIER, { TIER_NAMES,
                         "Deal - Lead Quality", "Deal - Lead Tier", "Deal - Lead Rating",
                         "Lead - Lead Quality", "Lead - Lead Tier", "Lead - Lead Rating" } },
  { ACCORD_FIELD_SCORE, { "Lead Score", "Deal - Lead Score", "Lead - Lead Score" } },
  { ACCORD_FIELD_CREATED, { "Deal - Deal created", "Deal - Deal created on",
                            "Lead - Lead created" } },
  { ACCORD_FIELD_CUSTOMER_DATE, { "Deal - Won time" } },
  { ACCORD_FIELD_CLOSED_DATE, { "Deal - Lost time" } },
  { ACCORD_FIELD_LAST_TOUCH, { "Deal - Last activity date", "Lead - Last activity date",
                               "Person - Last activity date" } },
  /* Done activities are touches made; the total also counts planned ones. */
  { ACCORD_FIELD_TOUCHES, { "Deal - Done activities", "Deal - Total activities" } },
  { ACCORD_FIELD_AMOUNT, { "Deal - Value", "Lead - Value" } },
  /* open, won or lost: what DESIGN §2 reads as the stage. */
  { ACCORD_FIELD_STAGE, { "Deal - Status" } },
};

/* Zoho CRM labels (reference/crm-exports.md §4). Lookups come as a pair,
 * "Lead Owner.id" and "Lead Owner": the name, not the id, is wanted, and
 * matching whole names keeps the ".id" twin out. */
static const PresetField zoho_fields[] = {
  { ACCORD_FIELD_RECORD_ID, { "Record Id" } },
  { ACCORD_FIELD_FIRST_NAME, { "First Name" } },
  { ACCORD_FIELD_LAST_NAME, { "Last Name" } },
  { ACCORD_FIELD_EMAIL, { "Email" } },
  { ACCORD_FIELD_COMPANY, { "Company", "Account Name" } },
  { ACCORD_FIELD_INDUSTRY, { "Industry" } },
  { ACCORD_FIELD_EMPLOYEES, { "No. of Employees" } },
  { ACCORD_FIELD_ANNUAL_REVENUE, { "Annual Revenue" } },
  { ACCORD_FIELD_OWNER, { "Lead Owner", "Contact Owner", "Deal Owner" } },
  { ACCORD_FIELD_SOURCE, { "Lead Source" } },
  { ACCORD_FIELD_TIER, { TIER_NAMES } },
  { ACCORD_FIELD_SCORE, { "Lead Score", "Score" } },
  { ACCORD_FIELD_CREATED, { "Created Time" } },
  { ACCORD_FIELD_CUSTOMER_DATE, { "Closing Date" } },
  { ACCORD_FIELD_LAST_TOUCH, { "Last Activity Time" } },
  { ACCORD_FIELD_AMOUNT, { "Amount" } },
  { ACCORD_FIELD_STAGE, { "Stage" } },
  { ACCORD_FIELD_STATUS, { "Lead Status" } },
};

/* The ANUF criteria (DESIGN §1) are custom columns in every CRM. */
static const PresetField anuf_fields[] = {
  { ACCORD_FIELD_AUTHORITY, { "Authority", "Authority__c", "Deal - Authority",
                              "Lead - Authority" } },
  { ACCORD_FIELD_NEED, { "Need", "Need__c", "Deal - Need", "Lead - Need" } },
  { ACCORD_FIELD_UNDERSTANDING, { "Understanding", "Understanding__c",
                                  "Deal - Understanding", "Lead - Understanding" } },
  { ACCORD_FIELD_FIT, { "Fit", "Fit__c", "Deal - Fit", "Lead - Fit" } },
};

static const struct
{
  const PresetField *fields;
  guint              n_fields;
} preset_tables[ACCORD_N_PRESETS] = {
  [ACCORD_PRESET_HUBSPOT] = { hubspot_fields, G_N_ELEMENTS (hubspot_fields) },
  [ACCORD_PRESET_SALESFORCE] = { salesforce_fields, G_N_ELEMENTS (salesforce_fields) },
  [ACCORD_PRESET_PIPEDRIVE] = { pipedrive_fields, G_N_ELEMENTS (pipedrive_fields) },
  [ACCORD_PRESET_ZOHO] = { zoho_fields, G_N_ELEMENTS (zoho_fields) },
};

typedef enum
{
  MATCH_NAME,         /* the whole name, any case */
  MATCH_NAME_CASE,    /* the whole name, this case */
  MATCH_PREFIX,       /* the name starts so, any case */
  MATCH_PREFIX_CASE,
  MATCH_SUFFIX,       /* the name ends so, any case */
  MATCH_SUFFIX_CASE,
} MatchKind;

/* A header name that points to one CRM. Weights: 1.5 for a name only
 * that CRM writes, 1 for one it most likely wrote, 0.5 for a label two
 * CRMs share (each of them gets it). Case matters where CRMs differ only
 * in case: HubSpot's "Record ID" and "Contact owner" against Zoho's
 * "Record Id" and "Contact Owner". Names every CRM writes ("Email",
 * "Lead Status"), or that two CRMs spell alike in different exports
 * (HubSpot's internal "lastmodifieddate", Salesforce's LastModifiedDate),
 * do not count. */
typedef struct
{
  AccordPreset  preset;
  MatchKind     kind;
  const char   *text;
  double        weight;
} Signature;

static const Signature signatures[] = {
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME_CASE, "Record ID", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME_CASE, "Contact owner", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME_CASE, "Deal owner", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Create Date", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_PREFIX, "Became a", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_PREFIX, "Date entered \"", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "HubSpot Score", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Lifecycle Stage", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Original Source", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Original Traffic Source", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Number of Sales Activities", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Deal Stage", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_PREFIX, "Associated ", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Contact ID", 0.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Pipeline", 0.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Deal Name", 0.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "Close Date", 0.5 },
  /* Internal names, from the API. */
  { ACCORD_PRESET_HUBSPOT, MATCH_PREFIX_CASE, "hs_", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "hubspot_owner_id", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "createdate", 1.5 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "lifecyclestage", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "hubspotscore", 1 },
  { ACCORD_PRESET_HUBSPOT, MATCH_NAME, "dealstage", 1 },

  /* API names. */
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "OwnerId", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "CreatedDate", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "LeadSource", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "IsConverted", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "StageName", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "SystemModstamp", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "ConvertedDate", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "LastActivityDate", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "IsDeleted", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "IsWon", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "IsClosed", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "NumberOfEmployees", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Owner.Name", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_SUFFIX, "__c", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "CloseDate", 0.5 },
  /* Report labels. */
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Lead ID", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Opportunity ID", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Opportunity Name", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Opportunity Owner", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Company / Account", 1.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Created Date", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Converted Date", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Last Activity", 1 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Lead Owner", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Lead Source", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "No. of Employees", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Account Name", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Close Date", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Stage", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Email Opt Out", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Created By", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME, "Salutation", 0.5 },
  { ACCORD_PRESET_SALESFORCE, MATCH_NAME_CASE, "Contact Owner", 0.5 },

  { ACCORD_PRESET_PIPEDRIVE, MATCH_PREFIX, "Deal - ", 2 },
  { ACCORD_PRESET_PIPEDRIVE, MATCH_PREFIX, "Lead - ", 2 },
  { ACCORD_PRESET_PIPEDRIVE, MATCH_PREFIX, "Person - ", 1 },
  { ACCORD_PRESET_PIPEDRIVE, MATCH_PREFIX, "Organization - ", 1 },

  { ACCORD_PRESET_ZOHO, MATCH_NAME_CASE, "Record Id", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Created Time", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Modified Time", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Last Activity Time", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_SUFFIX_CASE, ".id", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Closing Date", 1.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Modified By", 1 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Skype ID", 1 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Secondary Email", 1 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME_CASE, "Deal Owner", 1 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME_CASE, "Contact Owner", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Lead Owner", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Lead Source", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "No. of Employees", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Account Name", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Stage", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Deal Name", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Email Opt Out", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Created By", 0.5 },
  { ACCORD_PRESET_ZOHO, MATCH_NAME, "Salutation", 0.5 },
};

/* A header as matching sees it: each name as a person reads it, and the
 * key it is compared by. */
typedef struct
{
  GPtrArray *names;
  GPtrArray *keys;
} Header;

static void
accord_mapping_finalize (GObject *object)
{
  AccordMapping *self = ACCORD_MAPPING (object);

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    g_clear_pointer (&self->columns[i], g_free);

  G_OBJECT_CLASS (accord_mapping_parent_class)->finalize (object);
}

static void
accord_mapping_class_init (AccordMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_mapping_finalize;
}

static void
accord_mapping_init (AccordMapping *self)
{
}

/* Trims, and folds every run of white space (NBSP included) into one
 * space; drops byte order marks, which libcsv leaves on the first name. */
static char *
squeeze_spaces (const char *text)
{
  GString *squeezed = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xfeff)
        continue;

      if (g_unichar_isspace (c))
        {
          pending_space = squeezed->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (squeezed, ' ');
      pending_space = FALSE;
      g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

/* A header name as a person reads it. A name that still has its CSV
 * quotes (a BOM before the opening quote keeps libcsv from seeing it)
 * loses them, doubled quotes inside becoming one. */
static char *
clean_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *squeezed = squeeze_spaces (valid);
  gsize len = strlen (squeezed);
  g_autofree char *inner = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *unquoted = NULL;

  if (len < 2 || squeezed[0] != '"' || squeezed[len - 1] != '"')
    return g_steal_pointer (&squeezed);

  inner = g_strndup (squeezed + 1, len - 2);
  parts = g_strsplit (inner, "\"\"", -1);
  unquoted = g_strjoinv ("\"", parts);

  return squeeze_spaces (unquoted);
}

/* Names compare case-folded and in compatibility form. */
static char *
key_of_clean (const char *clean)
{
  g_autofree char *folded = g_utf8_casefold (clean, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

static char *
key_of (const char *name)
{
  g_autofree char *clean = clean_name (name);

  return key_of_clean (clean);
}

static void
header_init (Header             *header,
             const char * const *names)
{
  header->names = g_ptr_array_new_with_free_func (g_free);
  header->keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      char *clean = clean_name (names[i]);

      g_ptr_array_add (header->names, clean);
      g_ptr_array_add (header->keys, key_of_clean (clean));
    }
}

static void
header_clear (Header *header)
{
  g_clear_pointer (&header->names, g_ptr_array_unref);
  g_clear_pointer (&header->keys, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

/* The first column whose name matches @name: a header that repeats a
 * name is read by position (reference/crm-exports.md §5). */
static int
find_column (const Header *header,
             const char   *name)
{
  g_autofree char *key = key_of (name);

  for (guint i = 0; i < header->keys->len; i++)
    {
      if (strcmp (g_ptr_array_index (header->keys, i), key) == 0)
        return i;
    }

  return -1;
}

static gboolean
signature_matches (const Signature *signature,
                   const Header    *header)
{
  gsize text_len = strlen (signature->text);

  if (signature->kind == MATCH_NAME)
    return find_column (header, signature->text) >= 0;

  for (guint i = 0; i < header->names->len; i++)
    {
      const char *name = g_ptr_array_index (header->names, i);
      gsize name_len = strlen (name);
      const char *tail = name_len >= text_len ? name + name_len - text_len : NULL;

      switch (signature->kind)
        {
        case MATCH_NAME_CASE:
          if (strcmp (name, signature->text) == 0)
            return TRUE;
          break;

        case MATCH_PREFIX:
          if (g_ascii_strncasecmp (name, signature->text, text_len) == 0)
            return TRUE;
          break;

        case MATCH_PREFIX_CASE:
          if (strncmp (name, signature->text, text_len) == 0)
            return TRUE;
          break;

        case MATCH_SUFFIX:
          if (tail != NULL && g_ascii_strcasecmp (tail, signature->text) == 0)
            return TRUE;
          break;

        case MATCH_SUFFIX_CASE:
          if (tail != NULL && strcmp (tail, signature->text) == 0)
            return TRUE;
          break;

        case MATCH_NAME:
        default:
          g_assert_not_reached ();
        }
    }

  return FALSE;
}

/**
 * accord_mapping_new:
 *
 * Creates a mapping that maps no field.
 *
 * Returns: (transfer full): a new, empty mapping
 */
AccordMapping *
accord_mapping_new (void)
{
  return g_object_new (ACCORD_TYPE_MAPPING, NULL);
}

static void
apply_preset_fields (AccordMapping     *self,
                     const Header      *header,
                     const PresetField *fields,
                     guint              n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const PresetField *entry = &fields[i];

      if (self->columns[entry->field] != NULL)
        continue;

      for (guint j = 0; j < MAX_CANDIDATES && entry->names[j] != NULL; j++)
        {
          int column = find_column (header, entry->names[j]);

          if (column >= 0)
            {
              self->columns[entry->field] = g_strdup (g_ptr_array_index (header->names, column));
              break;
            }
        }
    }
}

/**
 * accord_mapping_new_for_preset:
 * @preset: the CRM the export comes from
 * @header: (array zero-terminated=1) (nullable): the export's header row
 *
 * Builds @preset's mapping against the actual header: each field gets the
 * first of the preset's candidate names that the header has, spelt as in
 * the header (without padding, quotes or byte order mark). Fields without
 * a candidate in the header stay unmapped; %ACCORD_PRESET_NONE maps
 * nothing.
 *
 * Returns: (transfer full): a new mapping
 */
AccordMapping *
accord_mapping_new_for_preset (AccordPreset        preset,
                               const char * const *header)
{
  AccordMapping *self;
  g_auto(Header) names = { NULL, NULL };

  g_return_val_if_fail (preset < ACCORD_N_PRESETS, NULL);

  self = accord_mapping_new ();
  if (preset == ACCORD_PRESET_NONE)
    return self;

  header_init (&names, header);
  apply_preset_fields (self, &names, preset_tables[preset].fields,
                       preset_tables[preset].n_fields);
  apply_preset_fields (self, &names, anuf_fields, G_N_ELEMENTS (anuf_fields));

  return self;
}

/**
 * accord_mapping_new_from_json_node:
 * @node: a JSON object from field names to column names
 * @error: return location for an error in %ACCORD_MAPPING_ERROR
 *
 * Reads DESIGN §2's form, `{ "record_id": "Record ID", … }`. A null
 * column leaves the field unmapped.
 *
 * Returns: (transfer full) (nullable): the mapping, or %NULL on error
 */
AccordMapping *
accord_mapping_new_from_json_node (JsonNode  *node,
                                   GError   **error)
{
  g_autoptr(AccordMapping) self = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_PARSE,
                           _("a column mapping must be a JSON object"));
      return NULL;
    }

  self = accord_mapping_new ();

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      AccordField field;
      const char *column;

      if (!accord_field_from_name (name, &field))
        {
          g_set_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_UNKNOWN_FIELD,
                       _("unknown field “%s”"), name);
          return NULL;
        }

      if (JSON_NODE_HOLDS_NULL (value))
        {
          accord_mapping_set_column (self, field, NULL);
          continue;
        }

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        {
          g_set_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_INVALID,
                       _("the column of “%s” must be a string"), name);
          return NULL;
        }

      column = json_node_get_string (value);
      if (column[0] == '\0')
        {
          g_set_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_INVALID,
                       _("the column of “%s” is empty"), name);
          return NULL;
        }

      accord_mapping_set_column (self, field, column);
    }

  return g_steal_pointer (&self);
}

/**
 * accord_mapping_new_from_file:
 * @file: a JSON file in DESIGN §2's form
 * @error: return location for an error
 *
 * Reads a saved mapping. Errors name the file: %G_IO_ERROR when it cannot
 * be read, %ACCORD_MAPPING_ERROR when its content is no mapping.
 *
 * Returns: (transfer full) (nullable): the mapping, or %NULL on error
 */
AccordMapping *
accord_mapping_new_from_file (GFile   *file,
                              GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  AccordMapping *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  if (g_file_info_get_size (info) > MAX_MAPPING_SIZE)
    {
      g_set_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_PARSE,
                   _("%s: too large to be a column mapping"), name);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  root = accord_json_reader_parse (data, length, name, &local_error);
  if (root == NULL)
    {
      g_set_error_literal (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_PARSE,
                           local_error->message);
      return NULL;
    }

  self = accord_mapping_new_from_json_node (root, &local_error);
  if (self == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  return self;
}

/**
 * accord_mapping_to_json_node:
 * @self: a mapping
 *
 * Writes DESIGN §2's form: an object with the mapped fields only, in the
 * order of #AccordField.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
accord_mapping_to_json_node (AccordMapping *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (ACCORD_IS_MAPPING (self), NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    {
      if (self->columns[i] == NULL)
        continue;
      json_builder_set_member_name (builder, accord_field_get_name (i));
      json_builder_add_string_value (builder, self->columns[i]);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * accord_mapping_save_to_file:
 * @self: a mapping
 * @file: where to write it
 * @error: return location for a #GIOError
 *
 * Writes the mapping as JSON, replacing @file in one step so that a
 * failed write leaves the old file whole.
 *
 * Returns: %TRUE on success
 */
gboolean
accord_mapping_save_to_file (AccordMapping  *self,
                             GFile          *file,
                             GError        **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (ACCORD_IS_MAPPING (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  root = accord_mapping_to_json_node (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  text = g_strconcat (json, "\n", NULL);

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  return TRUE;
}

/**
 * accord_mapping_get_column:
 * @self: a mapping
 * @field: an Accord field
 *
 * Returns: (nullable): the name of @field's column, or %NULL when the
 *   field is not mapped
 */
const char *
accord_mapping_get_column (AccordMapping *self,
                           AccordField    field)
{
  g_return_val_if_fail (ACCORD_IS_MAPPING (self), NULL);
  g_return_val_if_fail (field < ACCORD_N_FIELDS, NULL);

  return self->columns[field];
}

/**
 * accord_mapping_set_column:
 * @self: a mapping
 * @field: an Accord field
 * @column: (nullable): the column's name, or %NULL to unmap the field
 *
 * Maps @field to the column named @column.
 */
void
accord_mapping_set_column (AccordMapping *self,
                           AccordField    field,
                           const char    *column)
{
  g_return_if_fail (ACCORD_IS_MAPPING (self));
  g_return_if_fail (field < ACCORD_N_FIELDS);

  g_free (self->columns[field]);
  self->columns[field] = g_strdup (column);
}

/**
 * accord_mapping_is_empty:
 * @self: a mapping
 *
 * Returns: %TRUE when no field is mapped
 */
gboolean
accord_mapping_is_empty (AccordMapping *self)
{
  g_return_val_if_fail (ACCORD_IS_MAPPING (self), TRUE);

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    {
      if (self->columns[i] != NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * accord_mapping_override:
 * @self: a mapping, usually a preset's
 * @user: the user's corrections
 *
 * Every field that @user maps takes @user's column; the others keep
 * @self's.
 */
void
accord_mapping_override (AccordMapping *self,
                         AccordMapping *user)
{
  g_return_if_fail (ACCORD_IS_MAPPING (self));
  g_return_if_fail (ACCORD_IS_MAPPING (user));

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    {
      if (user->columns[i] != NULL)
        accord_mapping_set_column (self, i, user->columns[i]);
    }
}

/**
 * accord_mapping_resolve:
 * @self: a mapping
 * @header: (array zero-terminated=1) (nullable): a header row
 * @columns: (out caller-allocates) (array fixed-size=ACCORD_N_FIELDS): the
 *   index of each field's column
 *
 * Finds each mapped column in @header: names match trimmed (spaces, tabs,
 * NBSP), without quotes or byte order mark, and in any case; where the
 * header repeats a name, the first occurrence wins. A field that is not
 * mapped, or whose column is missing, gets -1.
 */
void
accord_mapping_resolve (AccordMapping      *self,
                        const char * const *header,
                        int                *columns)
{
  g_auto(Header) names = { NULL, NULL };

  g_return_if_fail (ACCORD_IS_MAPPING (self));
  g_return_if_fail (columns != NULL);

  header_init (&names, header);

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    columns[i] = self->columns[i] != NULL ? find_column (&names, self->columns[i]) : -1;
}

/**
 * accord_mapping_detect:
 * @header: (array zero-terminated=1) (nullable): a header row
 * @confidence: (out) (optional): how sure the guess is, from 0 to 1
 *
 * Guesses which CRM wrote @header from the names only that CRM writes.
 * A preset's strength is the weight of its signature names present;
 * the confidence is min (1, strength / 3), scaled down by the share of
 * the runner-up: strength / (strength + runner-up's strength). At 0.6
 * or above the preset is safe to use without asking.
 *
 * Returns: the best preset, or %ACCORD_PRESET_NONE (confidence 0) when
 *   no name points to any CRM
 */
AccordPreset
accord_mapping_detect (const char * const *header,
                       double             *confidence)
{
  g_auto(Header) names = { NULL, NULL };
  double strength[ACCORD_N_PRESETS] = { 0 };
  AccordPreset best = ACCORD_PRESET_NONE;
  double runner_up = 0;

  header_init (&names, header);

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      if (signature_matches (&signatures[i], &names))
        strength[signatures[i].preset] += signatures[i].weight;
    }

  /* On a tie the earlier preset wins; the confidence is then at most 0.5. */
  for (guint p = ACCORD_PRESET_NONE + 1; p < ACCORD_N_PRESETS; p++)
    {
      if (strength[p] > strength[best])
        best = p;
    }

  for (guint p = ACCORD_PRESET_NONE + 1; p < ACCORD_N_PRESETS; p++)
    {
      if (p != best)
        runner_up = MAX (runner_up, strength[p]);
    }

  if (confidence != NULL)
    {
      if (best == ACCORD_PRESET_NONE)
        *confidence = 0;
      else
        *confidence = MIN (1.0, strength[best] / CERTAIN_STRENGTH)
                      * strength[best] / (strength[best] + runner_up);
    }

  return best;
}
