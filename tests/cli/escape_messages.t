# Outputs outside tables are escaped for the terminal too (issue 20):
# messages, status lines and the readable blocks print the names, ids and
# quotes they carry through the one rule of tables (src/present/table.h:
# control characters as \x1b, \x07, never raw). A database holds a project
# whose id and name carry ESC]0;...BEL (set the window title) and ESC[2J
# (clear the screen), put there with the sqlite3 tool as a database filled
# before amur check refused control characters would hold them (a file of
# $TMP, not $DB: tests/pg/parity.sh leaves it out). Each output that names
# it is shown through cat -v (a raw ESC would print as ^[), and the count
# of raw ESC bytes in all of them together is 0:
# - an error's suggestion (status evil: did you mean ...?);
# - check's message for a parent cycle through stored rows
#   (tests/bad/cycle_hostile: bridge under quiet, stored under the hostile
#   project, stored under bridge);
# - export-iati's "left out" line and its error;
# - the heading of `amur status ID`;
# - the status lines of check, load, export and migrate, naming a folder
#   and files whose names hold the same sequences.
$ D="$TMP/h.db"; H=$(printf 'evil\033]0;pwned\007\033[2J'); B="$TMP/$(printf 'b\033[2J')"
$ amur --db "$D" load tests/bundles/small >/dev/null
$ sqlite3 "$D" "INSERT INTO projects(id, kind, name_en, parent, source) VALUES ('evil' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J', 'bridge', 'Evil' || char(27) || '[2J', 'bridge', 'study'); UPDATE projects SET parent = 'evil' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J' WHERE id = 'quiet'"
$ amur --db "$D" status evil 2>&1 | tee -a "$TMP/all" | cat -v
$ amur --db "$D" check tests/bad/cycle_hostile 2>&1 | tee -a "$TMP/all" | cat -v
$ amur --db "$D" export-iati --project "$H" 2>&1 | tee -a "$TMP/all" | cat -v
$ amur --db "$D" status "$H" --as-of 2021-10-31 2>&1 | tee -a "$TMP/all" | head -1 | cut -d' ' -f1 | cat -v
$ amur --db "$D" status "$H" --as-of 2021-10-31 2>&1 | head -1 | cut -d' ' -f3 | cat -v
$ cp -r tests/bundles/small "$B" && amur check "$B" 2>&1 | tee -a "$TMP/all" | cat -v
$ amur --db "$B.db" load "$B" 2>&1 | tee -a "$TMP/all" | head -1 | cat -v
$ amur --db "$B.db" export "$B.out" 2>&1 | tee -a "$TMP/all" | cat -v
$ amur --db "$B.db" migrate --to "$B.copy" 2>&1 | tee -a "$TMP/all" | head -1 | cat -v
$ echo "raw ESC bytes in all of it: $(tr -cd '\033' <"$TMP/all" | wc -c)"
--- stdout
amur: status: no project 'evil'; did you mean 'evil\x1b]0;pwned\x07\x1b[2J'?
amur: tests/bad/cycle_hostile: 1 problem
tests/bad/cycle_hostile/projects.csv:2: parent: parent cycle through the database: bridge -> quiet (stored) -> evil\x1b]0;pwned\x07\x1b[2J (stored) -> bridge
export-iati: evil\x1b]0;pwned\x07\x1b[2J left out: no stage claim, and IATI needs an activity-status
<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03"amur: export-iati: nothing to export
evil\x1b]0;pwned\x07\x1b[2J
Evil\x1b[2J
$TMP/b\x1b[2J: ok, 21 rows
loaded $TMP/b\x1b[2J into $TMP/b\x1b[2J.db: 21 added, 0 changed
exported $TMP/b\x1b[2J.db to $TMP/b\x1b[2J.out
copied $TMP/b\x1b[2J.db to $TMP/b\x1b[2J.copy: 22 rows in 14 tables; counts and checksums verified on both sides
raw ESC bytes in all of it: 0
--- stderr
--- status
0
