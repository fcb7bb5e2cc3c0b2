/*
** cmd_inflation.c — PLACEHOLDER while amur inflation is being written: it refuses to run.
*/
#include "cli.h"

int cmd_inflation(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "inflation: not built yet");
}
