/*
** cmd_carryover.c — PLACEHOLDER while amur carryover is being written: it refuses to run.
*/
#include "cli.h"

int cmd_carryover(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "carryover: not built yet");
}
