/*
** cmd_risks.c — PLACEHOLDER while amur risks is being written: it refuses to run.
*/
#include "cli.h"

int cmd_risks(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "risks: not built yet");
}
