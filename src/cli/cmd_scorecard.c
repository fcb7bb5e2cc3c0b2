/*
** cmd_scorecard.c — PLACEHOLDER while amur scorecard is being written: it refuses to run.
*/
#include "cli.h"

int cmd_scorecard(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "scorecard: not built yet");
}
