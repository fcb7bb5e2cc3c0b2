/*
** cmd_report.c — PLACEHOLDER while amur report is being written: it refuses to run.
*/
#include "cli.h"

int cmd_report(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "report: not built yet");
}
