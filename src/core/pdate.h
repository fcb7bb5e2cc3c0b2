/*
** pdate.h — partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and periods.
**
** A partial date stands for every day it names: 2021 is the whole of
** 2021. So one date is before another only when it ends before the other
** begins; 2021 and 2021-10 overlap. Sorting orders by first day and, on a
** tie, coarser first. A period is a date or two joined by '/'.
** Days are counted from 1970-01-01 (proleptic Gregorian), so a delay in
** days is a subtraction.
*/
#ifndef AMUR_PDATE_H
#define AMUR_PDATE_H

typedef struct pdate {
    int y; /* 1000..9999; 0 means "no date" */
    int m; /* 1..12, or 0 when only the year is known */
    int d; /* 1..31, or 0 when the day is not known */
} pdate;

typedef struct period {
    pdate from, to; /* equal for a single date */
} period;

#define PDATE_BUF 11 /* "YYYY-MM-DD" and its NUL */

/* Parses S into OUT. Returns NULL on success, or a message saying what is
** wrong ("month 13 out of range") that stays valid for the program's life. */
const char *pdate_parse(const char *s, pdate *out);
/* Parses a date or "FROM/TO" (TO not before FROM); message as above. */
const char *period_parse(const char *s, period *out);
/* P as it is written: "2015" when it is one date, "2015/2016-06" when two,
** into BUF (at least 2 * PDATE_BUF bytes). */
char *period_format(period p, char *buf);

/* First and last day the date covers, in days since 1970-01-01. */
long pdate_first_day(pdate p);
long pdate_last_day(pdate p);
/* Days since 1970-01-01 of a calendar date (not checked). */
long pdate_days(int y, int m, int d);
/* The calendar date of a day number; the inverse of pdate_days. */
pdate pdate_from_days(long days);

/* -1 if A ends before B begins, 1 if A begins after B ends, 0 if they overlap. */
int pdate_relation(pdate a, pdate b);
/* Total order for sorting: first day, then coarser first. */
int pdate_cmp(pdate a, pdate b);
/* Writes P as text into BUF (empty for "no date"); returns BUF. */
char *pdate_format(pdate p, char buf[PDATE_BUF]);
/* Today's date in UTC. */
pdate pdate_today(void);

#endif
