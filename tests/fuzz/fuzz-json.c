/* fuzz-json.c: the JSON importer (flat arrays, HubSpot pages, Salesforce
 * records, value parsing) on arbitrary bytes
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-importer.h"
#include "fuzz-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = fuzz_file_write ("export.json", data, size);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("UTC");

  /* A fixed zone keeps runs repeatable; the preview keeps raw fields too. */
  accord_importer_set_time_zone (importer, zone);
  accord_importer_set_preview_rows (importer, 5);
  accord_importer_run (importer, NULL, NULL);

  return 0;
}
