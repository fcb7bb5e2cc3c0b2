/*
** cmd_regions.c — PLACEHOLDER while amur regions is being written: it refuses to run.
*/
#include "cli.h"

int cmd_regions(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "regions: not built yet");
}
