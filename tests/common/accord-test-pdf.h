/* accord-test-pdf.h: PDFs read back with poppler's pdfinfo and pdftotext
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   accord_test_find_poppler    (void);
gboolean   accord_test_have_poppler    (void);
char      *accord_test_run_tool        (const char * const *argv);
char      *accord_test_pdf_info        (const char         *path,
                                        const char         *field);
char     **accord_test_pdf_page_sizes  (const char         *path);
char     **accord_test_pdf_pages       (const char         *path,
                                        const char         *mode);

G_END_DECLS
