/*
** cmd_slippage.c — PLACEHOLDER while amur slippage is being written: it refuses to run.
*/
#include "cli.h"

int cmd_slippage(cli *c)
{
    return err_set(&c->err, AMUR_EDATA, "slippage: not built yet");
}
