/* fuzz-agreement.c: the agreement loader on arbitrary bytes, and the
 * agreement it accepts written back and read again
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "accord-agreement.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordAgreement) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  gsize length;

  agreement = accord_agreement_new_from_data ((const char *) data, (gssize) size,
                                              "fuzz.json", NULL);
  if (agreement == NULL)
    return 0;

  /* What was accepted must save, and the saved form must load. */
  written = accord_agreement_to_data (agreement, &length);
  again = accord_agreement_new_from_data (written, (gssize) length, "written.json", &error);
  g_assert_no_error (error);

  return 0;
}
