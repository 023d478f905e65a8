/* accord-money.c: amounts of money as the user's locale writes them
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-money"

#include "config.h"

#include "accord-money.h"

#include <math.h>
#include <monetary.h>

/**
 * accord_money_format:
 * @amount: an amount in the CRM export's currency; NAN: none
 *
 * Formats @amount as a whole amount with the grouping and sign of the
 * user's LC_MONETARY: "12,500" in en_US, "12.500" in de_DE.
 *
 * The amounts are in whatever currency the CRM keeps, which Accord is
 * never told: the locale's currency symbol would put "€" in front of a US
 * company's dollars. So, as a spreadsheet does for a plain number
 * column, strfmon's "!" leaves the symbol out and keeps the rest of the
 * locale's money format.
 *
 * Returns: (transfer full): the amount; "—" for none
 */
char *
accord_money_format (double amount)
{
  char buffer[256];

  if (!isfinite (amount))
    return g_strdup ("—");

  /* Amounts too long for the buffer (beyond any CRM's) keep the number's
   * grouping instead. */
  if (strfmon (buffer, sizeof buffer, "%!.0n", amount) < 0)
    return g_strdup_printf ("%'.0f", amount);

  return g_strdup (buffer);
}
