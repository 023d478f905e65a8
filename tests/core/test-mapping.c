/* test-mapping.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "accord-mapping.h"

/* A field and the header index it must resolve to. */
typedef struct
{
  AccordField field;
  int         column;
} Expected;

#define END { ACCORD_N_FIELDS, 0 }

/* The header named @name in headers.json. */
static GStrv
load_header (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mapping", "headers.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), name);
  g_assert_nonnull (array);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (builder, json_array_get_string_element (array, i));

  return g_strv_builder_end (builder);
}

/* Every field listed gets its column; every other field -1. */
static void
assert_columns (AccordMapping      *mapping,
                const char * const *header,
                const Expected     *expected)
{
  int columns[ACCORD_N_FIELDS];
  int wanted[ACCORD_N_FIELDS];

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    wanted[i] = -1;
  for (guint i = 0; expected[i].field != ACCORD_N_FIELDS; i++)
    wanted[expected[i].field] = expected[i].column;

  accord_mapping_resolve (mapping, header, columns);

  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    {
      if (columns[i] != wanted[i])
        g_test_message ("field %s", accord_field_get_name (i));
      g_assert_cmpint (columns[i], ==, wanted[i]);
    }
}

/* Detects @name's header as @preset with @confidence, and checks the
 * preset's columns. */
static void
check_preset (const char     *name,
              AccordPreset    preset,
              double          confidence,
              const Expected *expected)
{
  g_auto(GStrv) header = load_header (name);
  const char * const *names = (const char * const *) header;
  double detected_confidence = -1;
  AccordMapping *mapping;

  g_assert_cmpint (accord_mapping_detect (names, &detected_confidence), ==, preset);
  g_assert_cmpfloat_with_epsilon (detected_confidence, confidence, 1e-9);
  g_assert_cmpfloat (detected_confidence, >=, 0.6);

  mapping = accord_mapping_new_for_preset (preset, names);
  assert_columns (mapping, names, expected);
  g_assert_finalize_object (mapping);
}

static void
test_hubspot_2023 (void)
{
  /* Record ID 1.5 + Contact owner 1.5 + Create Date 1.5 + "Became a…"
   * 1.5 + HubSpot Score 1.5 + Lifecycle Stage 1 + Original Source 1 +
   * Number of Sales Activities 1 + "Associated …" 1 = 11.5, no rival:
   * min (1, 11.5 / 3) × 11.5 / 11.5 = 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_FIRST_NAME, 1 },
    { ACCORD_FIELD_LAST_NAME, 2 },
    { ACCORD_FIELD_EMAIL, 3 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 4 },
    { ACCORD_FIELD_CUSTOMER_DATE, 6 },
    { ACCORD_FIELD_MQL_DATE, 7 },
    { ACCORD_FIELD_SQL_DATE, 8 },
    { ACCORD_FIELD_OPPORTUNITY_DATE, 9 },
    /* "Company Name" beats "Associated Company" (5). */
    { ACCORD_FIELD_COMPANY, 10 },
    { ACCORD_FIELD_OWNER, 11 },
    { ACCORD_FIELD_CREATED, 12 },
    { ACCORD_FIELD_SCORE, 13 },
    { ACCORD_FIELD_INDUSTRY, 14 },
    /* "Last Contacted" (16) beats "Last Activity Date" (15). */
    { ACCORD_FIELD_LAST_TOUCH, 16 },
    { ACCORD_FIELD_TIER, 17 },
    { ACCORD_FIELD_STATUS, 18 },
    { ACCORD_FIELD_STAGE, 19 },
    { ACCORD_FIELD_EMPLOYEES, 20 },
    /* Not the "(Old Hub)" twin (22). */
    { ACCORD_FIELD_TOUCHES, 21 },
    /* Not "Original Source Drill-Down 1" (24). */
    { ACCORD_FIELD_SOURCE, 23 },
    END
  };

  check_preset ("hubspot-contacts-2023", ACCORD_PRESET_HUBSPOT, 1.0, expected);
}

static void
test_hubspot_2025 (void)
{
  /* Record ID 1.5 + Contact owner 1.5 + Create Date 1.5 + 'Date entered "'
   * 1.5 + Lifecycle Stage 1 + Original Traffic Source 1 = 8: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_FIRST_NAME, 1 },
    { ACCORD_FIELD_LAST_NAME, 2 },
    { ACCORD_FIELD_EMAIL, 3 },
    { ACCORD_FIELD_OWNER, 5 },
    { ACCORD_FIELD_STAGE, 7 },
    { ACCORD_FIELD_STATUS, 8 },
    { ACCORD_FIELD_CREATED, 9 },
    /* Not "Date entered "Lead (…)"" (10) nor "Date exited" (12). */
    { ACCORD_FIELD_MQL_DATE, 11 },
    { ACCORD_FIELD_SQL_DATE, 13 },
    { ACCORD_FIELD_OPPORTUNITY_DATE, 14 },
    { ACCORD_FIELD_CUSTOMER_DATE, 15 },
    { ACCORD_FIELD_SOURCE, 16 },
    /* "First outreach date" (17) beats "Date of first engagement" (18). */
    { ACCORD_FIELD_FIRST_TOUCH, 17 },
    { ACCORD_FIELD_TOUCHES, 19 },
    { ACCORD_FIELD_LAST_TOUCH, 20 },
    { ACCORD_FIELD_EMPLOYEES, 21 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 22 },
    { ACCORD_FIELD_INDUSTRY, 23 },
    { ACCORD_FIELD_TIER, 24 },
    { ACCORD_FIELD_AUTHORITY, 25 },
    { ACCORD_FIELD_NEED, 26 },
    { ACCORD_FIELD_UNDERSTANDING, 27 },
    { ACCORD_FIELD_FIT, 28 },
    END
  };

  check_preset ("hubspot-contacts-2025", ACCORD_PRESET_HUBSPOT, 1.0, expected);
}

static void
test_hubspot_deals (void)
{
  /* HubSpot: Record ID 1.5 + Deal owner 1.5 + Create Date 1.5 + Deal
   * Stage 1 + Original Traffic Source 1 + "Associated …" 1 + Pipeline 0.5
   * + Deal Name 0.5 + Close Date 0.5 = 9; Salesforce has Close Date 0.5,
   * Zoho Deal Name 0.5: min (1, 9 / 3) × 9 / (9 + 0.5) = 18 / 19. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_STAGE, 2 },
    /* "Amount" (4) beats "Amount in company currency" (5). */
    { ACCORD_FIELD_AMOUNT, 4 },
    { ACCORD_FIELD_CUSTOMER_DATE, 6 },
    { ACCORD_FIELD_CREATED, 7 },
    { ACCORD_FIELD_OWNER, 8 },
    { ACCORD_FIELD_SOURCE, 11 },
    { ACCORD_FIELD_COMPANY, 12 },
    END
  };

  check_preset ("hubspot-deals", ACCORD_PRESET_HUBSPOT, 18.0 / 19.0, expected);
}

static void
test_hubspot_api (void)
{
  /* hs_ 1.5 + hubspot_owner_id 1.5 + createdate 1.5 + lifecyclestage 1 +
   * hubspotscore 1 = 6.5; "lastmodifieddate" is no Salesforce sign: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_CREATED, 0 },
    { ACCORD_FIELD_EMAIL, 1 },
    { ACCORD_FIELD_FIRST_NAME, 2 },
    { ACCORD_FIELD_RECORD_ID, 3 },
    { ACCORD_FIELD_LAST_NAME, 5 },
    { ACCORD_FIELD_OWNER, 6 },
    { ACCORD_FIELD_STAGE, 7 },
    { ACCORD_FIELD_STATUS, 8 },
    { ACCORD_FIELD_MQL_DATE, 9 },
    { ACCORD_FIELD_SQL_DATE, 10 },
    { ACCORD_FIELD_SOURCE, 11 },
    { ACCORD_FIELD_SCORE, 12 },
    { ACCORD_FIELD_TOUCHES, 13 },
    { ACCORD_FIELD_LAST_TOUCH, 14 },
    { ACCORD_FIELD_FIRST_TOUCH, 15 },
    { ACCORD_FIELD_COMPANY, 16 },
    { ACCORD_FIELD_EMPLOYEES, 17 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 18 },
    { ACCORD_FIELD_INDUSTRY, 19 },
    END
  };

  check_preset ("hubspot-api", ACCORD_PRESET_HUBSPOT, 1.0, expected);
}

static void
test_salesforce_data_loader (void)
{
  /* OwnerId, CreatedDate, LeadSource, IsConverted, SystemModstamp 1.5
   * each + ConvertedDate, LastActivityDate, IsDeleted, NumberOfEmployees,
   * "__c" 1 each = 12.5, no rival: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_FIRST_NAME, 1 },
    { ACCORD_FIELD_LAST_NAME, 2 },
    { ACCORD_FIELD_COMPANY, 3 },
    { ACCORD_FIELD_EMAIL, 4 },
    { ACCORD_FIELD_SOURCE, 5 },
    { ACCORD_FIELD_STATUS, 6 },
    { ACCORD_FIELD_INDUSTRY, 7 },
    { ACCORD_FIELD_TIER, 8 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 9 },
    { ACCORD_FIELD_EMPLOYEES, 10 },
    { ACCORD_FIELD_OWNER, 11 },
    { ACCORD_FIELD_SQL_DATE, 13 },
    { ACCORD_FIELD_CREATED, 14 },
    { ACCORD_FIELD_LAST_TOUCH, 15 },
    /* The first call (16) before the first e-mail (17). */
    { ACCORD_FIELD_FIRST_TOUCH, 16 },
    { ACCORD_FIELD_MQL_DATE, 18 },
    END
  };
  g_auto(GStrv) header = load_header ("salesforce-data-loader");
  g_autoptr(AccordMapping) mapping = NULL;

  check_preset ("salesforce-data-loader", ACCORD_PRESET_SALESFORCE, 1.0, expected);

  /* The mapping keeps the header's own spelling. */
  mapping = accord_mapping_new_for_preset (ACCORD_PRESET_SALESFORCE, (const char * const *) header);
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_OWNER), ==, "OWNERID");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_MQL_DATE), ==, "MQL_DATE__C");
  g_assert_finalize_object (g_steal_pointer (&mapping));
}

static void
test_salesforce_lowercase (void)
{
  /* ownerid, createddate, stagename, leadsource 1.5 each + isclosed,
   * iswon 1 each + closedate 0.5 = 8.5, no rival: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_AMOUNT, 3 },
    { ACCORD_FIELD_CUSTOMER_DATE, 4 },
    { ACCORD_FIELD_STAGE, 5 },
    { ACCORD_FIELD_SOURCE, 9 },
    { ACCORD_FIELD_OWNER, 10 },
    { ACCORD_FIELD_CREATED, 11 },
    END
  };

  check_preset ("salesforce-lowercase-opportunities", ACCORD_PRESET_SALESFORCE, 1.0, expected);
}

static void
test_salesforce_report (void)
{
  /* Salesforce: Lead ID 1.5 + Company / Account 1.5 + Created Date 1 +
   * Converted Date 1 + Last Activity 1 + Lead Owner, Lead Source, No. of
   * Employees 0.5 each = 7.5; Zoho shares the last three: 1.5.
   * min (1, 7.5 / 3) × 7.5 / 9 = 5 / 6. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_FIRST_NAME, 1 },
    { ACCORD_FIELD_LAST_NAME, 2 },
    { ACCORD_FIELD_COMPANY, 4 },
    { ACCORD_FIELD_EMAIL, 5 },
    { ACCORD_FIELD_SOURCE, 6 },
    { ACCORD_FIELD_STATUS, 7 },
    { ACCORD_FIELD_TIER, 8 },
    { ACCORD_FIELD_INDUSTRY, 9 },
    { ACCORD_FIELD_EMPLOYEES, 10 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 11 },
    { ACCORD_FIELD_OWNER, 12 },
    { ACCORD_FIELD_CREATED, 13 },
    { ACCORD_FIELD_SQL_DATE, 14 },
    { ACCORD_FIELD_LAST_TOUCH, 15 },
    END
  };

  check_preset ("salesforce-report", ACCORD_PRESET_SALESFORCE, 5.0 / 6.0, expected);
}

static void
test_pipedrive_deals (void)
{
  /* "Deal - " 2 + "Person - " 1 = 3: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_OWNER, 3 },
    { ACCORD_FIELD_AMOUNT, 4 },
    { ACCORD_FIELD_COMPANY, 8 },
    { ACCORD_FIELD_STAGE, 12 },
    { ACCORD_FIELD_CREATED, 13 },
    { ACCORD_FIELD_LAST_TOUCH, 16 },
    { ACCORD_FIELD_CUSTOMER_DATE, 17 },
    { ACCORD_FIELD_CLOSED_DATE, 18 },
    /* Done activities (22), not the total (21) that counts planned ones. */
    { ACCORD_FIELD_TOUCHES, 22 },
    { ACCORD_FIELD_TIER, 25 },
    /* The full name; "Deal - Contact person" (10) comes after it. */
    { ACCORD_FIELD_LAST_NAME, 26 },
    { ACCORD_FIELD_EMAIL, 27 },
    END
  };

  check_preset ("pipedrive-deals", ACCORD_PRESET_PIPEDRIVE, 1.0, expected);
}

static void
test_pipedrive_leads (void)
{
  /* "Lead - " 2 + "Person - " 1 + "Organization - " 1 = 4: 1. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_OWNER, 2 },
    { ACCORD_FIELD_AMOUNT, 4 },
    /* "Lead - Organization" (5) beats "Organization - Name" (14). */
    { ACCORD_FIELD_COMPANY, 5 },
    { ACCORD_FIELD_CREATED, 7 },
    { ACCORD_FIELD_SOURCE, 9 },
    { ACCORD_FIELD_LAST_NAME, 11 },
    { ACCORD_FIELD_EMAIL, 12 },
    END
  };

  check_preset ("pipedrive-leads", ACCORD_PRESET_PIPEDRIVE, 1.0, expected);
}

static void
test_zoho_leads (void)
{
  /* Zoho: Record Id, Created Time, Modified Time, Last Activity Time,
   * ".id" 1.5 each + Modified By 1 + Lead Owner, Lead Source, No. of
   * Employees, Email Opt Out, Created By, Salutation 0.5 each = 11.5;
   * Salesforce shares the six 0.5 labels: 3.
   * min (1, 11.5 / 3) × 11.5 / 14.5 = 23 / 29. */
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    /* The name (2), not its ".id" twin (1). */
    { ACCORD_FIELD_OWNER, 2 },
    { ACCORD_FIELD_COMPANY, 3 },
    { ACCORD_FIELD_FIRST_NAME, 4 },
    { ACCORD_FIELD_LAST_NAME, 5 },
    { ACCORD_FIELD_EMAIL, 7 },
    { ACCORD_FIELD_SOURCE, 9 },
    { ACCORD_FIELD_STATUS, 10 },
    { ACCORD_FIELD_INDUSTRY, 11 },
    { ACCORD_FIELD_EMPLOYEES, 12 },
    { ACCORD_FIELD_ANNUAL_REVENUE, 13 },
    { ACCORD_FIELD_TIER, 14 },
    { ACCORD_FIELD_CREATED, 19 },
    { ACCORD_FIELD_LAST_TOUCH, 22 },
    END
  };

  check_preset ("zoho-leads", ACCORD_PRESET_ZOHO, 23.0 / 29.0, expected);
}

static void
test_detect_nothing (void)
{
  g_auto(GStrv) unrelated = load_header ("unrelated");
  g_auto(GStrv) generic = load_header ("generic-labels");
  double confidence = -1;
  AccordMapping *mapping;

  g_assert_cmpint (accord_mapping_detect ((const char * const *) unrelated, &confidence),
                   ==, ACCORD_PRESET_NONE);
  g_assert_cmpfloat (confidence, ==, 0.0);

  mapping = accord_mapping_new_for_preset (ACCORD_PRESET_NONE, (const char * const *) unrelated);
  g_assert_true (accord_mapping_is_empty (mapping));
  g_assert_finalize_object (mapping);

  /* Not one of HubSpot's names is there either. */
  mapping = accord_mapping_new_for_preset (ACCORD_PRESET_HUBSPOT, (const char * const *) unrelated);
  g_assert_true (accord_mapping_is_empty (mapping));
  g_assert_finalize_object (mapping);

  /* Lead Owner and Lead Source are both Salesforce's and Zoho's (0.5 + 0.5
   * each): a tie, which the earlier preset takes with
   * min (1, 1 / 3) × 1 / 2 = 1 / 6, far from "safe". */
  g_assert_cmpint (accord_mapping_detect ((const char * const *) generic, &confidence),
                   ==, ACCORD_PRESET_SALESFORCE);
  g_assert_cmpfloat_with_epsilon (confidence, 1.0 / 6.0, 1e-9);

  g_assert_cmpint (accord_mapping_detect (NULL, &confidence), ==, ACCORD_PRESET_NONE);
  g_assert_cmpfloat (confidence, ==, 0.0);
}

static void
test_resolve_spelling (void)
{
  /* The BOM kept libcsv from seeing the quotes; NBSP and tab padding;
   * upper case; "Email" twice; an empty name. */
  const char * const header[] = {
    "\xef\xbb\xbf\"Record ID\"",
    "  EMAIL\t",
    "Contact\xc2\xa0owner\xc2\xa0",
    "Email",
    "first name",
    "",
    "\"Date entered \"\"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"\"\"",
    NULL
  };
  static const Expected expected[] = {
    { ACCORD_FIELD_RECORD_ID, 0 },
    { ACCORD_FIELD_FIRST_NAME, 4 },
    /* The first "Email" wins. */
    { ACCORD_FIELD_EMAIL, 1 },
    { ACCORD_FIELD_OWNER, 2 },
    { ACCORD_FIELD_MQL_DATE, 6 },
    END
  };
  g_autoptr(AccordMapping) mapping = accord_mapping_new ();
  AccordMapping *preset;

  accord_mapping_set_column (mapping, ACCORD_FIELD_RECORD_ID, "Record ID");
  accord_mapping_set_column (mapping, ACCORD_FIELD_FIRST_NAME, "First Name");
  accord_mapping_set_column (mapping, ACCORD_FIELD_EMAIL, "email");
  accord_mapping_set_column (mapping, ACCORD_FIELD_OWNER, " contact OWNER");
  accord_mapping_set_column (mapping, ACCORD_FIELD_MQL_DATE,
                             "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"");
  /* A column the header does not have. */
  accord_mapping_set_column (mapping, ACCORD_FIELD_TIER, "Lead Quality");
  assert_columns (mapping, header, expected);

  /* A preset stores the names as a person reads them. */
  preset = accord_mapping_new_for_preset (ACCORD_PRESET_HUBSPOT, header);
  g_assert_cmpstr (accord_mapping_get_column (preset, ACCORD_FIELD_RECORD_ID), ==, "Record ID");
  g_assert_cmpstr (accord_mapping_get_column (preset, ACCORD_FIELD_EMAIL), ==, "EMAIL");
  g_assert_cmpstr (accord_mapping_get_column (preset, ACCORD_FIELD_OWNER), ==, "Contact owner");
  g_assert_cmpstr (accord_mapping_get_column (preset, ACCORD_FIELD_MQL_DATE), ==,
                   "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"");
  assert_columns (preset, header, expected);
  g_assert_finalize_object (preset);
}

static void
test_set_and_override (void)
{
  g_autoptr(AccordMapping) mapping = accord_mapping_new ();
  g_autoptr(AccordMapping) user = accord_mapping_new ();

  g_assert_true (accord_mapping_is_empty (mapping));
  accord_mapping_set_column (mapping, ACCORD_FIELD_OWNER, "Contact owner");
  accord_mapping_set_column (mapping, ACCORD_FIELD_TIER, "Lead Rating");
  accord_mapping_set_column (mapping, ACCORD_FIELD_EMAIL, "Email");
  g_assert_false (accord_mapping_is_empty (mapping));

  accord_mapping_set_column (user, ACCORD_FIELD_OWNER, "SDR");
  accord_mapping_set_column (user, ACCORD_FIELD_CLOSED_DATE, "Disqualified On");
  accord_mapping_override (mapping, user);

  /* The user's fields replace or add; the others stay. */
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_OWNER), ==, "SDR");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_CLOSED_DATE), ==, "Disqualified On");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_TIER), ==, "Lead Rating");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_EMAIL), ==, "Email");
  g_assert_null (accord_mapping_get_column (mapping, ACCORD_FIELD_SCORE));

  accord_mapping_set_column (mapping, ACCORD_FIELD_OWNER, NULL);
  g_assert_null (accord_mapping_get_column (mapping, ACCORD_FIELD_OWNER));

  g_assert_finalize_object (g_steal_pointer (&mapping));
  g_assert_finalize_object (g_steal_pointer (&user));
}

static void
assert_same_mapping (AccordMapping *a,
                     AccordMapping *b)
{
  for (guint i = 0; i < ACCORD_N_FIELDS; i++)
    g_assert_cmpstr (accord_mapping_get_column (a, i), ==, accord_mapping_get_column (b, i));
}

static void
test_json_round_trip (void)
{
  g_auto(GStrv) header = load_header ("hubspot-contacts-2025");
  g_autoptr(AccordMapping) mapping = accord_mapping_new_for_preset (ACCORD_PRESET_HUBSPOT,
                                                                    (const char * const *) header);
  g_autoptr(AccordMapping) copy = NULL;
  g_autoptr(AccordMapping) loaded = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  JsonObject *object;

  node = accord_mapping_to_json_node (mapping);
  object = json_node_get_object (node);
  /* Only mapped fields: the 24 the 2025 header gives (test_hubspot_2025). */
  g_assert_cmpuint (json_object_get_size (object), ==, 24);
  g_assert_cmpstr (json_object_get_string_member (object, "owner"), ==, "Contact owner");
  g_assert_false (json_object_has_member (object, "score"));

  copy = accord_mapping_new_from_json_node (node, &error);
  g_assert_no_error (error);
  assert_same_mapping (mapping, copy);

  dir = g_dir_make_tmp ("accord-mapping-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "mapping.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (accord_mapping_save_to_file (mapping, file, &error));
  g_assert_no_error (error);
  /* Saving again replaces the file. */
  g_assert_true (accord_mapping_save_to_file (mapping, file, &error));
  g_assert_no_error (error);

  loaded = accord_mapping_new_from_file (file, &error);
  g_assert_no_error (error);
  assert_same_mapping (mapping, loaded);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&mapping));
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&loaded));
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mapping", name, NULL);

  return g_file_new_for_path (path);
}

static void
test_file_user (void)
{
  g_autoptr(GFile) file = fixture_file ("user.json");
  g_autoptr(GError) error = NULL;
  AccordMapping *mapping = accord_mapping_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_OWNER), ==, "SDR");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_TIER), ==, "Lead Grade");
  g_assert_cmpstr (accord_mapping_get_column (mapping, ACCORD_FIELD_CLOSED_DATE), ==, "Disqualified On");
  /* "mql_date": null maps nothing. */
  g_assert_null (accord_mapping_get_column (mapping, ACCORD_FIELD_MQL_DATE));
  g_assert_finalize_object (mapping);
}

/* Loading @name fails with @domain/@code and a message that is the file's
 * name, ": ", then @message. */
static void
assert_file_error (const char *name,
                   GQuark      domain,
                   int         code,
                   const char *message)
{
  g_autoptr(GFile) file = fixture_file (name);
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *expected = g_strconcat (parse_name, ": ", message, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (accord_mapping_new_from_file (file, &error));
  g_assert_error (error, domain, code);
  g_assert_true (g_str_has_prefix (error->message, expected));
}

static void
test_file_errors (void)
{
  assert_file_error ("unknown-field.json", ACCORD_MAPPING_ERROR,
                     ACCORD_MAPPING_ERROR_UNKNOWN_FIELD, "unknown field “foo”");
  assert_file_error ("non-string.json", ACCORD_MAPPING_ERROR,
                     ACCORD_MAPPING_ERROR_INVALID, "the column of “owner” must be a string");
  assert_file_error ("not-object.json", ACCORD_MAPPING_ERROR,
                     ACCORD_MAPPING_ERROR_PARSE, "a column mapping must be a JSON object");
  /* Line 3 lacks the colon after "owner", whose closing quote is the
   * 9th character. */
  assert_file_error ("syntax-error.json", ACCORD_MAPPING_ERROR,
                     ACCORD_MAPPING_ERROR_PARSE, "line 3, column 9: ");
  assert_file_error ("missing.json", G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "");
}

static void
test_node_errors (void)
{
  g_autoptr(JsonNode) array = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  json_node_take_array (array, json_array_new ());
  g_assert_null (accord_mapping_new_from_json_node (array, &error));
  g_assert_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_PARSE);
  g_clear_error (&error);

  g_assert_null (accord_mapping_new_from_json_node (NULL, &error));
  g_assert_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_PARSE);
  g_clear_error (&error);

  node = json_from_string ("{ \"owner\": \"\" }", &error);
  g_assert_no_error (error);
  g_assert_null (accord_mapping_new_from_json_node (node, &error));
  g_assert_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the column of “owner” is empty");
  g_clear_error (&error);
  g_clear_pointer (&node, json_node_unref);

  node = json_from_string ("{ \"stage\": [ \"Deal Stage\" ] }", &error);
  g_assert_no_error (error);
  g_assert_null (accord_mapping_new_from_json_node (node, &error));
  g_assert_error (error, ACCORD_MAPPING_ERROR, ACCORD_MAPPING_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the column of “stage” must be a string");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/mapping/preset/hubspot-2023", test_hubspot_2023);
  g_test_add_func ("/core/mapping/preset/hubspot-2025", test_hubspot_2025);
  g_test_add_func ("/core/mapping/preset/hubspot-deals", test_hubspot_deals);
  g_test_add_func ("/core/mapping/preset/hubspot-api", test_hubspot_api);
  g_test_add_func ("/core/mapping/preset/salesforce-data-loader", test_salesforce_data_loader);
  g_test_add_func ("/core/mapping/preset/salesforce-lowercase", test_salesforce_lowercase);
  g_test_add_func ("/core/mapping/preset/salesforce-report", test_salesforce_report);
  g_test_add_func ("/core/mapping/preset/pipedrive-deals", test_pipedrive_deals);
  g_test_add_func ("/core/mapping/preset/pipedrive-leads", test_pipedrive_leads);
  g_test_add_func ("/core/mapping/preset/zoho-leads", test_zoho_leads);
  g_test_add_func ("/core/mapping/detect-nothing", test_detect_nothing);
  g_test_add_func ("/core/mapping/resolve-spelling", test_resolve_spelling);
  g_test_add_func ("/core/mapping/set-and-override", test_set_and_override);
  g_test_add_func ("/core/mapping/json-round-trip", test_json_round_trip);
  g_test_add_func ("/core/mapping/file-user", test_file_user);
  g_test_add_func ("/core/mapping/file-errors", test_file_errors);
  g_test_add_func ("/core/mapping/node-errors", test_node_errors);

  return g_test_run ();
}
