/*
** fuzz_csv.c — libFuzzer target for the CSV reader (src/ingest/csv.c).
**
** Reads the input as one CSV file from memory until the end or the first
** error, and checks what the reader promises: a row has 1..CSV_MAX_COLS-1
** fields, each NUL-terminated at its length and at most CSV_MAX_FIELD
** bytes, line numbers never go backwards, and after an error the reader
** stays failed. Sanitizers catch the rest.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/core/text.h"
#include "../src/ingest/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    amur_err err = {0, ""};
    csv_row row;
    csv *c = csv_open_mem("fuzz.csv", (const char *)data, size, &err);
    long last_line = 0;
    int got;

    if (!c)
        abort(); /* only on out of memory */
    while ((got = csv_next(c, &row, &err)) == 1) {
        if (row.ncols == 0 || row.ncols >= CSV_MAX_COLS)
            abort();
        if (row.line < last_line || row.line < 1 || row.line > csv_line(c))
            abort();
        last_line = row.line;
        for (size_t i = 0; i < row.ncols; i++) {
            if (row.lens[i] > CSV_MAX_FIELD || row.cols[i][row.lens[i]] != 0)
                abort();
            /* what the bundle reader does with every field */
            (void)text_utf8_invalid(row.cols[i], row.lens[i]);
        }
    }
    if (got < 0) {
        if (err.code == 0 || err.msg[0] == 0)
            abort(); /* an error must say what is wrong */
        if (csv_next(c, &row, &err) != -1)
            abort(); /* and the reader stays unusable */
    } else if (csv_next(c, &row, &err) != 0) {
        abort(); /* the end stays the end */
    }
    csv_close(c);
    return 0;
}
