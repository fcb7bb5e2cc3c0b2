/*
** cmd_contradictions.c — PLACEHOLDER while amur contradictions is being written: it refuses to run.
*/
#include "cli.h"

int cmd_contradictions(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "contradictions: not built yet");
}
