/*
** sql_text.c — appending to the text of a statement (backend.h,
** store_sql_cat()), the one builder of both backends' SQL.
*/
#include <stdio.h>
#include <string.h>

#include "backend.h"

void store_sql_cat(char *buf, size_t n, const char *s)
{
    size_t len = strlen(buf);
    if (len < n)
        snprintf(buf + len, n - len, "%s", s);
}

void store_sql_col(char *buf, size_t n, const char *prefix, const char *name)
{
    store_sql_cat(buf, n, prefix);
    store_sql_cat(buf, n, "\"");
    store_sql_cat(buf, n, name);
    store_sql_cat(buf, n, "\"");
}
